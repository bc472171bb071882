import { describe, expect, it } from 'vitest';
import { validateArticleSource } from '../../../src/lib/content/validate-articles.ts';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';

const repo = copyFixtureRepo();
const { catalog } = loadCatalog(repo.root);
const good = repo.read('content/articles/demo-article.mdx');
const FILE = 'content/articles/demo-article.mdx';
const check = (source: string, file = FILE, slugs: string[] = []) => validateArticleSource(repo.root, source, file, catalog, slugs);

describe('validateArticleSource(root, source, file, catalog)', () => {
  it('accepts the fixture article', async () => expect(await check(good)).toEqual([]));

  it('reports a missing title at the front matter', async () => {
    const problems = await check(good.replace('title: 示例文章\n', ''));
    expect(problems).toMatchObject([{ code: 'ARTICLE-FRONTMATTER', field: 'title', line: 2 }]);
    expect(problems[0]?.expected).toContain('标题');
  });

  it('reports an impossible date on its line', async () => {
    const problems = await check(good.replace('date: 2025-01-02', 'date: 2025-02-30'));
    expect(problems).toMatchObject([{ code: 'ARTICLE-FRONTMATTER', field: 'date', line: 3, value: '2025-02-30' }]);
    expect(problems[0]?.message).toContain('不存在');
  });

  it('reports a related dataset that does not exist, naming those that do', async () => {
    const problems = await check(good.replace('datasets: [demo]', 'datasets: [demo, nope]'));
    expect(problems).toMatchObject([{ code: 'ARTICLE-FRONTMATTER', field: 'datasets.[2]', value: 'nope', line: 7 }]);
    expect(problems[0]?.expected).toContain('demo');
  });

  it('reports a Fact with an unknown key or dataset on its line', async () => {
    const problems = await check(good.replace('key="funds"', 'key="fund"').concat('\n<Fact dataset="gone" key="x" />\n'));
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['ARTICLE-FACT', 13],
      ['ARTICLE-FACT', 15],
    ]);
    expect(problems[0]?.message).toContain('可用的指标：funds、households');
    expect(problems[1]?.message).toContain('不存在');
  });

  it('reports unknown components, missing attributes and MDX syntax errors, on their lines', async () => {
    expect(await check(`${good}\n<Widget />\n`)).toMatchObject([{ code: 'ARTICLE-COMPONENT', value: '<Widget>', line: 15 }]);
    expect(await check(`${good}\n<Fact dataset="demo" />\n`)).toMatchObject([{ code: 'ARTICLE-ATTRIBUTE', field: 'Fact.key', line: 15 }]);
    expect(await check(`${good}\n<Fact dataset="demo"\n`)).toMatchObject([{ code: 'ARTICLE-MDX', line: 15 }]);
  });

  it('refuses a file without front matter and a file name that is not a slug', async () => {
    expect((await check('正文', 'content/articles/文章.mdx')).map((p) => p.code)).toEqual(['ARTICLE-SLUG', 'ARTICLE-FRONTMATTER']);
  });

  it('reports a Chart with an unknown kind, field or dataset, with what exists', async () => {
    const chart = async (attrs: string) => check(`${good}\n<Chart ${attrs} />\n`);
    expect(await chart('dataset="demo" kind="bar"')).toEqual([]);
    expect((await chart('dataset="demo" kind="pie"'))[0]).toMatchObject({ code: 'ARTICLE-CHART', line: 15 });
    expect((await chart('dataset="demo" kind="bar" x="name"'))[0]?.message).toContain('可用字段：key、metric');
    expect((await chart('dataset="nope" kind="bar"'))[0]?.message).toContain('不存在');
    expect((await chart('dataset="demo" kind="waffle"'))[0]?.message).toContain('需要 key');
  });
});

describe('validateArticleSource: guards against code and personal data', () => {
  const run = (extra: string) => check(`${good}\n${extra}\n`);
  it.each([
    ['<script>alert(1)</script>', 'ARTICLE-SCRIPT'],
    ['<Fact dataset="demo" key="funds" onClick="x()" />', 'ARTICLE-EVENT-HANDLER'],
    ['<img src="x" onerror="alert(1)" />', 'ARTICLE-HTML'],
    ['export const x = 1', 'ARTICLE-CODE'],
    ['数字是 {1 + 1}', 'ARTICLE-CODE'],
    ['联系电话 13812345678', 'PII-MOBILE'],
    ['身份证 11010519491231002X', 'PII-ID-CARD'],
    ['卡号 4111 1111 1111 1111', 'PII-BANK-CARD'],
  ])('%s → %s, on its line', async (extra, code) => {
    const problems = await run(extra);
    expect(problems.map((p) => p.code)).toContain(code);
    expect(problems.find((p) => p.code === code)?.line).toBe(15);
  });
});

describe('validateArticleSource: internal links', () => {
  const linkProblems = async (md: string) => (await check(`${good}\n${md}\n`, FILE, ['demo-article'])).filter((p) => p.code === 'ARTICLE-LINK');
  it.each([
    ['[好](/articles/demo-article/)', 0],
    ['[好](/data/demo/#row-funds)', 0],
    ['[好](/data/demo/1.0.0/demo.excel.csv)', 0],
    ['[好](https://example.org/x)', 0],
    ['[坏](/articles/nope/)', 1],
    ['[坏](/data/nope/)', 1],
    ['[坏](/data/demo/#row-nope)', 1],
    ['[坏](/data/demo/9.9.9/demo.csv)', 1],
    ['[坏](/nowhere/)', 1],
    ['![图](/img/missing.png)', 1],
  ])('%s → %i problem(s), on its line', async (md, n) => {
    const problems = await linkProblems(md);
    expect(problems).toHaveLength(n);
    if (n) expect(problems[0]).toMatchObject({ line: 15, value: /\((.*)\)/.exec(md)![1] });
  });
});
