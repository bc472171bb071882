import { describe, expect, it } from 'vitest';
import { collectCharts } from '../../../src/lib/charts/registry.ts';
import type { RenderedChart } from '../../../src/lib/charts/spec.ts';
import type { MapKind } from '../../../src/lib/map/chart.ts';
import { REPO_CATALOG, withReadings } from '../../helpers/progress.ts';

/** A stand-in for the build's map drawing: an empty chart named by kind and county. */
const placeMap = (kind: MapKind, county?: number): RenderedChart => ({
  id: county === undefined ? `${kind}-map` : `${kind}-map-${county}`,
  title: kind,
  svg: '<svg/>',
  dataset: REPO_CATALOG.datasets[0]!,
  table: { head: [], rows: [] },
});
const noPlacement = { charts: [], maps: [], serviceMaps: [] };

describe('collectCharts(catalog, placeMap, placed, asOf)', () => {
  it('lists the home page’s charts, the articles’ charts, the progress charts and every map, each id once', () => {
    const catalog = withReadings([{ target: 'new-members', date: '2025-09-30', value: 6000, note: null }]);
    const placed = [
      { charts: [{ dataset: 'hardship-assistance', kind: 'card' as const, key: 'funds', title: '第一篇的卡片' }], maps: [441226], serviceMaps: [] },
      {
        charts: [
          { dataset: 'hardship-assistance', kind: 'card' as const, key: 'funds', title: '第二篇的同一张卡片' },
          { dataset: 'hardship-assistance', kind: 'waffle' as const, key: 'households', unit: '100', title: '文章里的首页方格图' },
        ],
        maps: [441226, undefined],
        serviceMaps: [441203],
      },
    ];
    const charts = collectCharts(catalog, placeMap, placed, '2025-10-01');
    expect(charts.map((c) => c.id)).toEqual([
      'hardship-assistance-by-year-bar',
      'hardship-assistance-waffle-households',
      'model-worker-outreach-bar',
      'union-forests-waffle-plots',
      'hardship-assistance-card-funds',
      'progress-new-members',
      'progress-new-members-series',
      'forest-map',
      'forest-map-441226',
      'service-map',
      'service-map-441203',
    ]);
    // The first placement names a chart: the home page's, then the first article's.
    expect(charts.find((c) => c.id === 'hardship-assistance-waffle-households')?.title).toBe('常态化帮扶的困难职工户数（近年来，起始年份未说明）');
    expect(charts.find((c) => c.id === 'hardship-assistance-card-funds')?.title).toBe('第一篇的卡片');
  });

  it('draws only the whole-city maps and no progress chart when nothing is placed and no target has a reading', () => {
    expect(collectCharts(REPO_CATALOG, placeMap, [noPlacement], '2025-10-01').map((c) => c.id).slice(4)).toEqual(['forest-map', 'service-map']);
  });

  it('stops the build with the reason when a chart or a map cannot be drawn', () => {
    expect(() => collectCharts(REPO_CATALOG, placeMap, [{ ...noPlacement, charts: [{ dataset: 'nowhere', kind: 'bar' }] }], '2025-10-01')).toThrow('数据集“nowhere”不存在');
    expect(() => collectCharts(REPO_CATALOG, () => ({ error: '没有这个县区' }), [noPlacement], '2025-10-01')).toThrow('没有这个县区');
  });
});
