import type { Catalog } from '../datasets/load.ts';
import type { MapKind, placeMapChart } from '../map/chart.ts';
import { targetCharts } from '../progress/charts.ts';
import { buildTracker } from '../progress/tracker.ts';
import { HOME_CHARTS } from '../site/home.ts';
import { renderChart, type ChartSpec, type RenderedChart } from './spec.ts';

/**
 * Every chart the site shows, by id: the home page's, those placed in published
 * articles, those of the progress tracker, and the maps (forest plots, service places). Embed pages and SVG downloads are made from this list.
 */
export function collectCharts(
  catalog: Catalog,
  /** Draws a place map (the build's drawings are made once: map/site-map.ts sitePlaceMap). */
  placeMap: (kind: MapKind, county?: number) => ReturnType<typeof placeMapChart>,
  placed: readonly { charts: ChartSpec[]; maps: (number | undefined)[]; serviceMaps: (number | undefined)[] }[],
  asOf: string,
): RenderedChart[] {
  const charts = new Map<string, RenderedChart>();
  for (const spec of [...HOME_CHARTS, ...placed.flatMap((p) => p.charts)]) {
    const chart = renderChart(catalog, spec);
    if ('error' in chart) throw new Error(chart.error);
    // The first placement names the chart's own file and embed (validation refuses two different charts under one id).
    if (!charts.has(chart.id)) charts.set(chart.id, chart);
  }
  const tracker = buildTracker(catalog, asOf);
  for (const t of tracker.targets) {
    const drawn = targetCharts(tracker, t);
    if (drawn) for (const chart of [drawn.bar, drawn.series]) charts.set(chart.id, chart);
  }
  for (const [kind, wanted] of [['forest', placed.flatMap((p) => p.maps)], ['service', placed.flatMap((p) => p.serviceMaps)]] as const) {
    for (const county of new Set([undefined, ...wanted])) {
      const map = placeMap(kind, county);
      if ('error' in map) throw new Error(map.error);
      charts.set(map.id, map);
    }
  }
  return [...charts.values()];
}
