import { describe, expect, it } from 'vitest';
import { ArticleGuardError, frontMatterProblems } from '../../../src/lib/content/article-guard.ts';
import { acceptedArticle, parseArticle } from '../../../src/lib/content/mdx-pipeline.ts';

const FILE = 'content/articles/x.mdx';
const inspect = (body: string) => parseArticle(FILE, body).inspection;

describe('the article guard on the one parse (parseArticle)', () => {
  it('passes plain Markdown and lists the components and internal links it found, with lines', async () => {
    const found = await inspect('# 标题\n\n见[数据](/data/demo/)和[外站](https://example.org/)。\n\n<Fact dataset="demo" key="funds" />\n\n![图](/images/a.png)\n');
    expect(found.problems).toEqual([]);
    expect(found.components).toEqual([{ name: 'Fact', line: 5, attributes: { dataset: 'demo', key: 'funds' } }]);
    expect(found.links).toEqual([
      { path: '/data/demo/', line: 3, image: false },
      { path: '/images/a.png', line: 7, image: true },
    ]);
  });

  it('refuses the build\'s reading of the article (acceptedArticle), with the Chinese report as the error', () => {
    expect(inspect('{1+1}\n').problems).toMatchObject([{ code: 'ARTICLE-CODE', line: 1 }]);
    const failure = (() => { try { return acceptedArticle(FILE, '正文\n\n{1+1}\n'); } catch (e) { return e; } })();
    expect(failure).toBeInstanceOf(ArticleGuardError);
    expect((failure as Error).message).toContain(`${FILE}:3 [ARTICLE-CODE]`);
  });

  it('checks text a reader sees but that is not body text: alt, link title, attribute values', async () => {
    const found = await inspect('![电话 13812345678](/a.png)\n\n[x](/data/demo/ "电话 13912345678")\n\n<Fact dataset="demo" key="funds\u202e" />\n');
    expect(found.problems.map((p) => [p.code, p.line])).toEqual([
      ['PII-MOBILE', 1],
      ['PII-MOBILE', 3],
      ['TEXT-CONTROL', 5],
    ]);
  });

  it('finds a number split by emphasis as one number', async () => {
    expect((await inspect('电话 138**0013**8000。\n')).problems.map((p) => p.code)).toEqual(['PII-MOBILE']);
  });

  it('checks an image reference against the image policy, a link reference against the link policy', async () => {
    const found = await inspect('![图][a] [链接][b]\n\n[a]: https://example.org/p.png\n[b]: https://example.org/page\n');
    expect(found.problems.map((p) => [p.code, p.line])).toEqual([['ARTICLE-IMAGE', 3]]);
  });

  it('refuses an attribute without a value and a component missing a required attribute', async () => {
    expect((await inspect('<Fact dataset="demo" key />\n')).problems).toMatchObject([{ code: 'ARTICLE-ATTRIBUTE', field: 'Fact.key', value: '（没有值）' }]);
    expect((await inspect('<Chart kind="bar" />\n')).problems).toMatchObject([{ code: 'ARTICLE-ATTRIBUTE', field: 'Chart.dataset' }]);
  });
});

describe('frontMatterProblems(frontmatter, file)', () => {
  it('checks every string and key, naming the field', () => {
    expect(frontMatterProblems({ title: '好', tags: ['甲', '电话13812345678'] }, FILE)).toMatchObject([{ code: 'PII-MOBILE', field: 'tags.1' }]);
    expect(frontMatterProblems({ 'ti\u200btle': 'x' }, FILE)).toMatchObject([{ code: 'TEXT-CONTROL', field: 'ti\u200btle' }]);
  });
  it('refuses a value reached twice (a YAML alias) instead of walking it again', () => {
    const shared = ['x', 'x'];
    expect(frontMatterProblems({ a: shared, b: shared }, FILE)).toEqual([expect.objectContaining({ code: 'YAML-ALIAS', field: 'b' })]);
  });
});
