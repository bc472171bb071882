import { describe, expect, it } from 'vitest';
// Imported at the top, not inside the test: the article guard's tables then load with the file,
// where Stryker sees them as static rather than as covered by this one test.
import { validateArticleSource } from '../../../src/lib/content/validate-articles.ts';
import { chartSpecId, renderChart, type ChartError, type RenderedChart } from '../../../src/lib/charts/spec.ts';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { HOME_CHARTS } from '../../../src/lib/site/home.ts';

const { catalog } = loadCatalog(process.cwd());
const drawn = (spec: Parameters<typeof renderChart>[1]) => {
  const chart = renderChart(catalog, spec);
  if ('error' in chart) throw new Error(chart.error);
  return chart as RenderedChart;
};
const refused = (spec: Parameters<typeof renderChart>[1]) => renderChart(catalog, spec) as ChartError;

describe('renderChart(catalog, spec): figures that cannot share a scale', () => {
  it('refuses a bar chart with both 31 and 46 teams: two claims about one thing', () => {
    const error = refused({ dataset: 'model-worker-outreach', kind: 'bar' });
    expect(error.code).toBe('ARTICLE-CHART-NOT-COMPARABLE');
    expect(error.error).toContain('“组建技术服务队”（31支）和“市总工会组建劳模工匠服务队”（46支）是两个来源对同一件事的不同说法，不能画在同一刻度上');
    expect(error.error).toContain('service-teams-2024');
    expect(error.fix).toContain('keys');
  });

  it('refuses provincial-level stations and all love stations on one scale (different scopes)', () => {
    const error = refused({ dataset: 'union-rest-stations', kind: 'bar', keys: '2022-provincial-stations,2024-love-stations' });
    expect(error.error).toContain('rest-station-scopes');
    expect(error.error).toMatch(/）不可比，不能画在同一刻度上/);
  });

  it('refuses a total beside its parts, but draws the parts together', () => {
    expect(refused({ dataset: 'hardship-assistance-by-year', kind: 'bar', keys: '2021-funds-xjrb,2021-living-funds' }).error).toContain('hardship-2021-total-and-parts');
    expect(drawn({ dataset: 'hardship-assistance-by-year', kind: 'bar', keys: '2021-living-funds,2021-illness-funds,2021-school-funds,2021-central-funds' }).table.rows).toHaveLength(4);
  });

  it('refuses one figure reported by two papers drawn as two bars', () => {
    expect(refused({ dataset: 'hardship-assistance-by-year', kind: 'bar', keys: '2021-funds-xjrb,2021-funds-grrb' }).error).toContain('是两个来源报道的同一个数');
  });

  it('refuses ordinals drawn as lengths (第三届 vs 第二届)', () => {
    const error = refused({ dataset: 'model-worker-activities', kind: 'bar', keys: 'gongmei-xinxing-edition,yandu-gongjiang-edition' });
    expect(error.error).toContain('不是数量');
    expect(error.code).toBe('ARTICLE-CHART-NOT-COMPARABLE');
  });

  it('draws an ordinal alone in its unit beside other figures: it gets no bar, so nothing is compared', () => {
    expect(drawn({ dataset: 'model-worker-activities', kind: 'bar', keys: 'gongmei-xinxing-edition,2022-gaoxin-studios' }).table.rows).toHaveLength(2);
  });

  it('draws 人次 and 人 in separate groups: they never share a scale, so the chart is allowed', () => {
    expect(drawn({ dataset: 'rural-craftsmen', kind: 'bar', keys: '2024-trained,2024-certified' }).svg).toContain('单位：人次');
  });
});

describe('renderChart(catalog, spec): keys', () => {
  it('draws the rows named, in the order written', () => {
    expect(drawn({ dataset: 'hardship-assistance', kind: 'bar', keys: 'households, funds' }).table.rows.map((r) => r[1])).toEqual(['2200多户', '近3000万元']);
  });
  it.each([
    ['funds,nope', 'nope'],
    [' , ', 'keys 是空的'],
    ['funds,funds', '写了两次'],
  ])('refuses keys="%s"', (keys, message) => expect(refused({ dataset: 'hardship-assistance', kind: 'bar', keys }).error).toContain(message));
});

describe('renderChart(catalog, spec): marks', () => {
  // Drawn inside each test, not here: Stryker counts a mutant as covered only by the tests that run it.
  const outreach = () => drawn({ dataset: 'model-worker-outreach', kind: 'bar', keys: 'service-teams,enterprises-served' });
  it('puts a footnote symbol by a disputed figure in the drawing and a legend in the file', () => {
    const chart = outreach();
    expect(chart.svg).toContain('31支<tspan');
    expect(chart.svg).toContain('※1 来源说法不一');
    expect(chart.svg).toContain('<desc id="model-worker-outreach-bar-desc">组建技术服务队31支（※1）；服务企业300多家。');
  });
  it('lists the note with its link, and the marks in the data table row by row', () => {
    const chart = outreach();
    expect(chart.notes).toMatchObject([{ symbol: '※1', labels: ['组建技术服务队'], mark: { id: 'service-teams-2024', path: '/sources/disagreements/#service-teams-2024' } }]);
    expect(chart.table.marks?.map((m) => m.map((x) => x.label))).toEqual([['来源说法不一'], []]);
  });
  it('marks a waffle of a 近年来 total as not comparable with the year 2021', () => {
    const waffle = drawn({ dataset: 'hardship-assistance', kind: 'waffle', key: 'households', unit: '100' });
    expect(waffle.svg).toContain('※1 时期不同，不可比');
    expect(waffle.svg).toContain('每格代表 100户');
    expect(waffle.svg).toContain('常态化帮扶困难职工：2200多户<tspan');
  });
});

describe('HOME_CHARTS', () => {
  it('all draw from the repository’s data', () => {
    for (const spec of HOME_CHARTS) expect('error' in renderChart(catalog, spec), spec.title).toBe(false);
  });
});

describe('npm run validate on an article placing such a chart', () => {
  it('reports ARTICLE-CHART-NOT-COMPARABLE in Chinese, with file, line and how to fix it', async () => {
    const source = '---\ntitle: 图表\ndate: 2025-01-02\nsummary: 测试。\nkind: news\ndatasets: []\n---\n\n正文。\n\n<Chart dataset="union-rest-stations" kind="bar" />\n';
    const problems = await validateArticleSource(process.cwd(), source, 'content/articles/chart.mdx', catalog);
    expect(problems).toMatchObject([{ code: 'ARTICLE-CHART-NOT-COMPARABLE', file: 'content/articles/chart.mdx', line: 11 }]);
    expect(problems[0]?.message).toContain('不能画在同一刻度上');
    expect(problems[0]?.fix).toContain('keys');
  });
});

describe('renderChart(catalog, spec): keys on a chart of one figure', () => {
  it('is refused rather than ignored', () => {
    expect(refused({ dataset: 'hardship-assistance', kind: 'waffle', key: 'households', keys: 'funds' }).error).toContain('keys 只用于 bar');
  });
});

describe('chartSpecId(spec)', () => {
  it('is the spec’s own id, or dataset-kind-key, or dataset-kind without a key', () => {
    expect(chartSpecId({ dataset: 'hardship-assistance', kind: 'bar' })).toBe('hardship-assistance-bar');
    expect(chartSpecId({ dataset: 'hardship-assistance', kind: 'waffle', key: 'households' })).toBe('hardship-assistance-waffle-households');
    expect(chartSpecId({ id: 'mine', dataset: 'hardship-assistance', kind: 'bar' })).toBe('mine');
  });
});

describe('renderChart(catalog, spec): what an editor gets wrong', () => {
  it('says, field by field in Chinese, what is wrong with the spec', () => {
    // @ts-expect-error -- a kind the schema does not know, and no dataset: what a mistyped <Chart> gives
    const { error } = refused({ kind: 'pie' });
    expect(error).toBe('dataset：无效输入：期望 string，实际接收 undefined；kind：无效选项：期望以下之一 "bar"|"waffle"|"card"');
  });
  it('names the datasets that exist when the one asked for does not', () => {
    expect(refused({ dataset: 'nowhere', kind: 'bar' }).error).toContain('数据集“nowhere”不存在。现有数据集：hardship-assistance、hardship-assistance-by-year、hardship-standards、');
  });
  it('refuses a dataset of places or readings, which has no figures to draw', () => {
    expect(refused({ dataset: 'union-forest-plots', kind: 'bar' }).error).toBe('数据集“union-forest-plots”不是数字指标表，不能直接画图');
  });
  it('refuses y other than value', () => {
    expect(refused({ dataset: 'hardship-assistance', kind: 'bar', y: 'metric' }).error).toBe('y 只能是 value（带限定词和单位的数值列）');
  });
  it('lists the keys to choose from when a waffle’s or bar’s key is not one', () => {
    const keys = 'funds、households、assistance、case-monthly-allowance';
    expect(refused({ dataset: 'hardship-assistance', kind: 'waffle', key: 'nope' }).error).toBe(`waffle 图需要 key，取自：${keys}`);
    expect(refused({ dataset: 'hardship-assistance', kind: 'bar', keys: 'nope,none' }).error).toBe(`keys 中的“nope、none”不是这个数据集的指标代码，取自：${keys}`);
  });
});

describe('renderChart(catalog, spec): labels, table and kinds', () => {
  it('labels each figure with its row’s x field, or its metric where that cell is empty, and heads the table with the field’s title', () => {
    const chart = drawn({ dataset: 'hardship-assistance', kind: 'bar', keys: 'funds,assistance', x: 'note' });
    expect(chart.table.head).toEqual(['备注', '数值', '时期']);
    expect(chart.table.rows).toEqual([
      ['市总工会投入困难职工帮扶资金', '近3000万元', '近年来'],
      ['原文写作“1.5万人次”，未加“近”“多”等限定词', '1.5万人次', '近年来'],
    ]);
    expect(drawn({ dataset: 'hardship-assistance', kind: 'bar', keys: 'funds', x: 'source_wording' }).table).toMatchObject({ head: ['原文表述', '数值', '时期'], rows: [['近3000万元', '近3000万元', '近年来']] });
  });
  it('draws a card as a card and a waffle with the square size asked for', () => {
    expect(drawn({ dataset: 'hardship-assistance', kind: 'card', key: 'funds' }).svg).toContain('font-size="36" font-weight="700"');
    const waffle = drawn({ dataset: 'hardship-assistance', kind: 'waffle', key: 'households', unit: '200' }).svg;
    expect(waffle).toContain('每格代表 200户');
    expect(waffle.match(/<rect /g)).toHaveLength(11);
  });
});
