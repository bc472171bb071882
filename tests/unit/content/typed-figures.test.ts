import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { figureForms, normalizeFigureText, TRADITIONAL_FIGURE_CHARS, typedFigureProblems } from '../../../src/lib/content/typed-figures.ts';
import { validateArticleSource } from '../../../src/lib/content/validate-articles.ts';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { QUALIFIERS } from '../../../src/lib/format/qualifiers.ts';
import { UNITS } from '../../../src/lib/format/units.ts';
import { traditionalMap } from '../../../src/lib/search/t2s.ts';

// The repository's own data: 31支 and 46支 (service teams, 2024) disagree; the 2021 hardship
// figures, the 近年来 totals, 2127人次 / 1092人 and the rest stations are marked too.
const { catalog } = loadCatalog(process.cwd());
const FILE = 'content/articles/typed.mdx';
const article = (body: string, title = '测试文章', summary = '测试用。') =>
  `---\ntitle: ${title}\ndate: 2025-01-02\nsummary: ${summary}\nkind: news\ntags: [测试]\ndatasets: []\ndraft: false\n---\n\n${body}\n`;
const typed = async (body: string, title?: string, summary?: string) =>
  (validateArticleSource(process.cwd(), article(body, title, summary), FILE, catalog)).filter((p) => p.code === 'ARTICLE-TYPED-FIGURE');
const blocks = (text: string) => typedFigureProblems([{ text, line: 1 }], catalog, FILE);

describe('typedFigureProblems: a disputed figure typed by hand is refused', () => {
  it('names the figure, its line, and the <Fact> to use', async () => {
    const [problem, ...rest] = await typed('第一段。\n\n省总工会说2024年组建了46支服务队。');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'ARTICLE-TYPED-FIGURE', file: FILE, line: 13, value: '46支', expected: '<Fact dataset="model-worker-outreach" key="service-teams-gdftu" />' });
    expect(problem!.message).toContain('2024年组建的劳模工匠服务队');
  });

  it('passes the same figure written with <Fact>: the mark comes with it', async () => {
    expect(await typed('省总工会说2024年组建了<Fact dataset="model-worker-outreach" key="service-teams-gdftu" />服务队。')).toEqual([]);
  });

  it.each([
    ['full-width digits', '组建了４６支服务队', '46支'],
    ['spaces between digits', '组建了4 6 支服务队', '46支'],
    ['a line break inside', '组建了46\n支服务队', '46支'],
    ['a zero-width space inside', '组建了4\u200b6支服务队', '46支'],
    ['digits split by emphasis', '组建了**4**6支服务队', '46支'],
    ['Chinese numerals', '组建了四十六支服务队', '四十六支'],
    ['a year glued on by a space', '2024 46支服务队', '46支'],
    ['the traditional characters of a re-host', '全年帮扶資金812.3萬元', '812.3万元'],
    ['every digit, with thousands separators', '全年8,123,000元', '8123000元'],
    ['the 万 figure without its unit', '全年帮扶812.3万', '812.3万'],
    ['thousands separator in 人次', '培训2,127人次', '2127人次'],
    ['名 for 人', '取证1092名', '1092名'],
    ['the qualifier dropped', '帮扶了2200户', '2200户'],
    ['the qualifier kept', '投入近3000万元', '3000万元'],
    ['a table cell', '| 年份 | 队数 |\n| --- | --- |\n| 2024 | 31支 |', '31支'],
    ['a heading', '## 31支还是46支', '31支'],
    ['image alt text', '![46支服务队合影](/favicon.svg)', '46支'],
    ['inline code', '写作 `46支`', '46支'],
  ])('%s', async (_, body, form) => {
    const problems = await typed(body);
    expect(problems.map((p) => p.value)).toContain(form);
  });

  it('reads the title, the summary and chart titles too, naming the field', async () => {
    expect((await typed('正文。', '46支服务队'))[0]).toMatchObject({ field: 'title', line: 2, value: '46支' });
    expect((await typed('正文。', '标题', '2024年有31支'))[0]).toMatchObject({ field: 'summary', line: 4, value: '31支' });
    const chart = await typed('<Chart dataset="rural-craftsmen" kind="card" key="2024-certified" title="取证1092人" />');
    expect(chart[0]).toMatchObject({ field: 'Chart.title', line: 11, value: '1092人' });
  });

  it('names both rows when two sources report one figure', () => {
    const [problem] = blocks('2021年帮扶437户');
    expect(problem!.expected).toBe('<Fact dataset="hardship-assistance-by-year" key="2021-households-xjrb" /> 或 <Fact dataset="hardship-assistance-by-year" key="2021-households-grrb" />');
  });
});

describe('typedFigureProblems: what is not the disputed figure passes', () => {
  it.each([
    ['a longer number', '共146支队伍'],
    ['a decimal', '平均1.46支'],
    ['a year', '2024年和2021年'],
    ['a figure without a mark', '宣讲100多场次，服务企业300多家'],
    ['another figure written as the disputed one loses its qualifier (95% is the unionisation target)', '建会率要达到95%'],
    ['digits alone', '编号46'],
    ['a larger Chinese numeral', '一百四十六支'],
  ])('%s', (_, text) => expect(blocks(text)).toEqual([]));

  it('still refuses the disputed form beside an unmarked one (95%以上 is the disputed certificate rate)', () => {
    expect(blocks('取证率95%以上').map((p) => p.value)).toEqual(['95%以上']);
  });

  it('accepts every published article of the repository', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    for (const name of readdirSync('content/articles')) {
      const problems = await validateArticleSource(process.cwd(), readFileSync(`content/articles/${name}`, 'utf8'), `content/articles/${name}`, catalog, readdirSync('content/articles').map((n) => n.replace(/\.mdx$/, '')));
      expect(problems, name).toEqual([]);
    }
  });
});

describe('figureForms(figure)', () => {
  it('gives every way a reader sees the figure typed, never digits alone', () => {
    expect(figureForms({ value: 8123000, qualifier: 'exact', unit: 'yuan' }).sort()).toEqual(['812.3万', '812.3万元', '8123000元'].sort());
    expect(figureForms({ value: 46, qualifier: 'exact', unit: 'teams' }).sort()).toEqual(['46支', '四十六支'].sort());
    expect(figureForms({ value: 2200, qualifier: 'more_than', unit: 'households' }).sort()).toEqual(['2200多户', '2200户'].sort());
    expect(figureForms({ value: 1092, qualifier: 'exact', unit: 'people' }).sort()).toEqual(['1092人', '1092名'].sort());
  });
});

describe('normalizeFigureText(text)', () => {
  it('folds full-width forms, invisible characters, thousands separators and traditional figure characters', () => {
    expect(normalizeFigureText('８１２．３萬元，2,127人次，4\u200b6支，437戶')).toBe('812.3万元,2127人次,46支,437户');
    expect(normalizeFigureText('1,2,3')).toBe('1,2,3'); // a list, not thousands
  });

  it('knows the traditional form of every character a unit, qualifier or Chinese numeral is written with (checked against OpenCC)', () => {
    const text = [...Object.values(UNITS).flatMap((u) => [u.before, u.after]), ...Object.values(QUALIFIERS).map((q) => q.word), '万亿零一二三四五六七八九十百千两'].join('');
    const converters = (['tw', 'hk', 't'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
    expect(TRADITIONAL_FIGURE_CHARS).toEqual(traditionalMap([text], converters));
  });
});

describe('typedFigureProblems: numbers in other scripts', () => {
  it('reads mathematical digits as a reader does (NFKC)', () => expect(blocks('组建了𝟒𝟔支').map((p) => p.value)).toEqual(['46支']));
});
