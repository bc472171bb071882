import { describe, expect, it } from 'vitest';
import { validateArticleSource } from '../../../src/lib/content/validate-articles.ts';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';

const repo = copyFixtureRepo();
const { catalog } = loadCatalog(repo.root);
const good = repo.read('content/articles/demo-article.mdx');
const FILE = 'content/articles/demo-article.mdx';
const check = (source: string, file = FILE) => validateArticleSource(source, file, catalog);

describe('validateArticleSource(source, file, catalog)', () => {
  it('accepts the fixture article', () => expect(check(good)).toEqual([]));

  it('reports a missing title at the front matter', () => {
    const problems = check(good.replace('title: 示例文章\n', ''));
    expect(problems).toMatchObject([{ code: 'ARTICLE-FRONTMATTER', field: 'title', line: 2 }]);
    expect(problems[0]?.expected).toContain('标题');
  });

  it('reports an impossible date on its line', () => {
    const problems = check(good.replace('date: 2025-01-02', 'date: 2025-02-30'));
    expect(problems).toMatchObject([{ code: 'ARTICLE-FRONTMATTER', field: 'date', line: 3, value: '2025-02-30' }]);
    expect(problems[0]?.message).toContain('不存在');
  });

  it('reports a related dataset that does not exist, naming those that do', () => {
    const problems = check(good.replace('datasets: [demo]', 'datasets: [demo, nope]'));
    expect(problems).toMatchObject([{ code: 'ARTICLE-FRONTMATTER', field: 'datasets.[2]', value: 'nope', line: 7 }]);
    expect(problems[0]?.expected).toContain('demo');
  });

  it('reports a Fact with an unknown key or dataset on its line', () => {
    const problems = check(good.replace('key="funds"', 'key="fund"').concat('\n<Fact dataset="gone" key="x" />\n'));
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['ARTICLE-FACT', 13],
      ['ARTICLE-FACT', 15],
    ]);
    expect(problems[0]?.message).toContain('可用的指标：funds、households');
    expect(problems[1]?.message).toContain('不存在');
  });

  it('reports unknown components, missing attributes and MDX syntax errors', () => {
    expect(check(`${good}\n<Widget />\n`)).toMatchObject([{ code: 'ARTICLE-COMPONENT', value: 'Widget' }]);
    expect(check(`${good}\n<Fact dataset="demo" />\n`)).toMatchObject([{ code: 'ARTICLE-ATTRIBUTE', field: 'Fact.key' }]);
    expect(check(`${good}\n<Fact dataset="demo"\n`)).toMatchObject([{ code: 'ARTICLE-MDX' }]);
  });

  it('refuses a file without front matter and a file name that is not a slug', () => {
    expect(check('正文', 'content/articles/文章.mdx').map((p) => p.code)).toEqual(['ARTICLE-SLUG', 'ARTICLE-FRONTMATTER']);
  });

  it('reports a Chart with an unknown kind, field or dataset, with what exists', () => {
    const chart = (attrs: string) => check(`${good}\n<Chart ${attrs} />\n`);
    expect(chart('dataset="demo" kind="bar"')).toEqual([]);
    expect(chart('dataset="demo" kind="pie"')[0]).toMatchObject({ code: 'ARTICLE-CHART', line: 15 });
    expect(chart('dataset="demo" kind="bar" x="name"')[0]?.message).toContain('可用字段：key、metric');
    expect(chart('dataset="nope" kind="bar"')[0]?.message).toContain('不存在');
    expect(chart('dataset="demo" kind="waffle"')[0]?.message).toContain('需要 key');
  });
});

describe('validateArticleSource: guards against code and personal data', () => {
  const repo2 = copyFixtureRepo();
  const { catalog: c2 } = loadCatalog(repo2.root);
  const source = repo2.read('content/articles/demo-article.mdx');
  const run = (extra: string) => validateArticleSource(`${source}\n${extra}\n`, FILE, c2);
  it.each([
    ['<script>alert(1)</script>', 'ARTICLE-SCRIPT'],
    ['<Fact dataset="demo" key="funds" onClick="x()" />', 'ARTICLE-EVENT-HANDLER'],
    ['<img src="x" onerror="alert(1)" />', 'ARTICLE-EVENT-HANDLER'],
    ['export const x = 1', 'ARTICLE-CODE'],
    ['数字是 {1 + 1}', 'ARTICLE-CODE'],
    ['联系电话 13812345678', 'PII-MOBILE'],
    ['身份证 11010519491231002X', 'PII-ID-CARD'],
    ['卡号 4111 1111 1111 1111', 'PII-BANK-CARD'],
  ])('%s → %s, on its line', (extra, code) => {
    const problems = run(extra);
    expect(problems.map((p) => p.code)).toContain(code);
    expect(problems.find((p) => p.code === code)?.line).toBe(15);
  });
});

describe('validateArticleSource: internal links', () => {
  const repo3 = copyFixtureRepo();
  const { catalog: c3 } = loadCatalog(repo3.root);
  const source = repo3.read('content/articles/demo-article.mdx');
  const linkProblems = (md: string) => validateArticleSource(`${source}\n${md}\n`, FILE, c3, ['demo-article']).filter((p) => p.code === 'ARTICLE-LINK');
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
  ])('%s → %i problem(s), on its line', (md, n) => {
    const problems = linkProblems(md);
    expect(problems).toHaveLength(n);
    if (n) expect(problems[0]).toMatchObject({ line: 15, value: /\((.*)\)/.exec(md)![1] });
  });
});
