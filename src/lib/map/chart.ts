import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { RenderedChart } from '../charts/spec.ts';
import type { Catalog } from '../datasets/load.ts';
import { formatNumberPlain } from '../format/numbers.ts';
import type { CountyProps } from './boundaries.ts';
import { COUNTIES } from './counties.ts';
import { forestMapToSvg } from './forest-map.ts';
import { countySummaries, PLOTS_DATASET, rowsToPlots } from './plots.ts';

/** The forest map (all of Zhaoqing, or one county) as a chart: SVG, county table, dataset. */
export function forestMapChart(
  catalog: Catalog,
  counties: FeatureCollection<MultiPolygon, CountyProps>,
  county?: number,
): RenderedChart | { error: string } {
  const dataset = catalog.datasets.find((d) => d.id === PLOTS_DATASET);
  if (!dataset) return { error: `缺少数据集 ${PLOTS_DATASET}` };
  if (county !== undefined && !COUNTIES.some((c) => c.adcode === county)) {
    return { error: `county 应为肇庆的县区代码：${COUNTIES.map((c) => `${c.adcode}（${c.name}）`).join('、')}` };
  }
  const plots = rowsToPlots(dataset.latest.rows);
  const summaries = countySummaries(plots).filter((s) => county === undefined || s.adcode === county);
  const name = county === undefined ? '肇庆市' : COUNTIES.find((c) => c.adcode === county)!.name;
  const id = county === undefined ? 'forest-map' : `forest-map-${county}`;
  const title = `${name}工会林地图`;
  const blank = (v: number | null) => (v === null ? '—' : formatNumberPlain(v));
  return {
    id,
    title,
    dataset,
    svg: forestMapToSvg(counties, summaries, plots, { id, title, ...(county === undefined ? {} : { county }) }),
    table: {
      head: ['县区', '已报道地块', '植树株数', '投入资金（元）', '示例点位（不计入）'],
      rows: summaries.map((s) => [s.name, String(s.plots), blank(s.saplings), blank(s.funds), String(s.illustrative)]),
    },
  };
}
