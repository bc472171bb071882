import { describe, expect, it } from 'vitest';
// Imported at the top, not inside the test: the article guard's tables then load with the file,
// where Stryker sees them as static rather than as covered by this one test.
import { validateArticleSource } from '../../../src/lib/content/validate-articles.ts';
import { renderChart, type ChartError, type RenderedChart } from '../../../src/lib/charts/spec.ts';
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
    expect(error.error).toContain('“组建技术服务队”（31支）和“市总工会组建劳模工匠服务队”（46支）');
    expect(error.error).toContain('service-teams-2024');
    expect(error.fix).toContain('keys');
  });

  it('refuses provincial-level stations and all love stations on one scale (different scopes)', () => {
    expect(refused({ dataset: 'union-rest-stations', kind: 'bar', keys: '2022-provincial-stations,2024-love-stations' }).error).toContain('rest-station-scopes');
  });

  it('refuses a total beside its parts, but draws the parts together', () => {
    expect(refused({ dataset: 'hardship-assistance-by-year', kind: 'bar', keys: '2021-funds-xjrb,2021-living-funds' }).error).toContain('hardship-2021-total-and-parts');
    expect(drawn({ dataset: 'hardship-assistance-by-year', kind: 'bar', keys: '2021-living-funds,2021-illness-funds,2021-school-funds,2021-central-funds' }).table.rows).toHaveLength(4);
  });

  it('refuses one figure reported by two papers drawn as two bars', () => {
    expect(refused({ dataset: 'hardship-assistance-by-year', kind: 'bar', keys: '2021-funds-xjrb,2021-funds-grrb' }).error).toContain('是两个来源报道的同一个数');
  });

  it('refuses ordinals drawn as lengths (第三届 vs 第二届)', () => {
    expect(refused({ dataset: 'model-worker-activities', kind: 'bar', keys: 'gongmei-xinxing-edition,yandu-gongjiang-edition' }).error).toContain('不是数量');
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
  const chart = drawn({ dataset: 'model-worker-outreach', kind: 'bar', keys: 'service-teams,enterprises-served' });
  it('puts a footnote symbol by a disputed figure in the drawing and a legend in the file', () => {
    expect(chart.svg).toContain('31支<tspan');
    expect(chart.svg).toContain('※1 来源说法不一');
    expect(chart.svg).toContain('<desc id="model-worker-outreach-bar-desc">组建技术服务队31支（※1）；服务企业300多家。');
  });
  it('lists the note with its link, and the marks in the data table row by row', () => {
    expect(chart.notes).toMatchObject([{ symbol: '※1', labels: ['组建技术服务队'], mark: { id: 'service-teams-2024', path: '/sources/disagreements/#service-teams-2024' } }]);
    expect(chart.table.marks?.map((m) => m.map((x) => x.label))).toEqual([['来源说法不一'], []]);
  });
  it('marks a waffle of a 近年来 total as not comparable with the year 2021', () => {
    const waffle = drawn({ dataset: 'hardship-assistance', kind: 'waffle', key: 'households', unit: '100' });
    expect(waffle.svg).toContain('※1 时期不同，不可比');
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
