import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { RenderedChart } from '../charts/spec.ts';
import type { Catalog } from '../datasets/load.ts';
import type { CountyProps } from './boundaries.ts';
import { COUNTIES } from './counties.ts';
import { forestMapToSvg } from './forest-map.ts';
import { countPlaces, isCountyCode, type PlaceCount } from './places.ts';
import { PLOTS_DATASET, rowsToPlots } from './plots.ts';
import { rowsToServicePlaces, SERVICE_PLACES_DATASET, serviceMapToSvg } from './service-places.ts';

/** The two place maps: forest plots and union service places. */
export type MapKind = 'forest' | 'service';

const MAPS = {
  forest: { dataset: PLOTS_DATASET, id: 'forest-map', title: '工会林地图' },
  service: { dataset: SERVICE_PLACES_DATASET, id: 'service-map', title: '工会驿站和服务场所地图' },
} as const;

/** Why a `county` attribute cannot be drawn, or undefined when it can. */
function mapCountyError(county: number | undefined): string | undefined {
  if (county === undefined || COUNTIES.some((c) => c.adcode === county)) return undefined;
  return `county 应为肇庆的县区代码：${COUNTIES.map((c) => `${c.adcode}（${c.name}）`).join('、')}`;
}

const precisionCells = (c: PlaceCount) => [String(c.byPrecision.县区级), String(c.byPrecision.镇街级), String(c.byPrecision.精确)];

/**
 * A place map (all of Zhaoqing, or one county) as a chart: the SVG, a county table that
 * counts reported places by precision (illustrative examples apart), and the dataset.
 */
export function placeMapChart(
  kind: MapKind,
  catalog: Catalog,
  counties: FeatureCollection<MultiPolygon, CountyProps>,
  county?: number,
): RenderedChart | { error: string } {
  const spec = MAPS[kind];
  const dataset = catalog.datasets.find((d) => d.id === spec.dataset);
  if (!dataset) return { error: `缺少数据集 ${spec.dataset}` };
  const error = mapCountyError(county);
  if (error) return { error };
  const name = county === undefined ? '肇庆市' : COUNTIES.find((c) => c.adcode === county)!.name;
  const id = county === undefined ? spec.id : `${spec.id}-${county}`;
  const title = `${name}${spec.title}`;
  const frame = { id, title, ...(county === undefined ? {} : { county }) };
  const inFrame = (c: PlaceCount) => (county === undefined ? true : c.code === String(county));
  if (kind === 'forest') {
    const plots = rowsToPlots(dataset.latest.rows);
    const rows = countPlaces(plots).filter((c) => isCountyCode(c.code) && inFrame(c));
    return {
      id,
      title,
      dataset,
      svg: forestMapToSvg(counties, plots, frame),
      table: {
        head: ['县区', '已报道地块', '县区级', '镇街级', '精确', '示例点位（不计入）'],
        rows: rows.map((c) => [c.name, String(c.reported), ...precisionCells(c), String(c.illustrative)]),
      },
    };
  }
  const places = rowsToServicePlaces(dataset.latest.rows);
  const rows = countPlaces(places).filter(inFrame);
  return {
    id,
    title,
    dataset,
    svg: serviceMapToSvg(counties, places, frame),
    table: {
      head: ['县区', '已报道地点', '县区级', '镇街级', '精确', '未定位（不画点）', '其中县区为本站判断'],
      rows: rows.map((c) => [c.name, String(c.reported), ...precisionCells(c), String(c.byPrecision.未定位), String(c.ourPlacement)]),
    },
  };
}
