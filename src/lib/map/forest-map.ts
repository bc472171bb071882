import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { CountyProps } from './boundaries.ts';
import { placeToMarker, type MarkerInput } from './markers.ts';
import { BOUNDARY_NOTES, placeMapToSvg, precisionLegend, type MapFrameOptions } from './place-map.ts';
import { countPlaces, isCountyCode, isDrawn, numberedInListOrder } from './places.ts';
import type { Plot } from './plots.ts';

export { fitProjection } from './place-map.ts';
export type ForestMapOptions = MapFrameOptions;

/**
 * The union-forest map as SVG: counties shaded by reported plots, reported plots as
 * numbered markers shaped by their precision, illustrative ones as hollow dashed rings,
 * with a legend that says both.
 */
export function forestMapToSvg(
  all: FeatureCollection<MultiPolygon, CountyProps>,
  plots: readonly Plot[],
  options: ForestMapOptions,
): string {
  const markers: MarkerInput[] = numberedInListOrder(plots)
    .filter(({ place: plot }) => isDrawn(plot) && (options.county === undefined || plot.county === String(options.county)))
    .map(({ place: plot, number }) =>
      placeToMarker(plot, number, plot.illustrative ? `${plot.name}${plot.name.includes('非真实地点') ? '' : '（示例，非真实地点）'}` : `${number}. ${plot.name}（${plot.forestType}，${plot.precision}）`),
    );
  const reported = markers.filter((m) => m.kind !== 'illustrative');
  const examples = markers.length - reported.length;
  const counts = countPlaces(plots).filter((c) => isCountyCode(c.code));
  const shownCounts = counts.filter((c) => options.county === undefined || c.code === String(options.county));
  const where = options.county === undefined ? `${shownCounts.length}个县级行政区` : shownCounts[0]?.name ?? '';
  const desc =
    `肇庆市${where}的工会林地图。已报道地块 ${reported.length} 个` +
    `${reported.length === 0 ? '（公开来源没有给出这里任何地块的位置）' : `：${shownCounts.filter((c) => c.reported > 0).map((c) => `${c.name} ${c.reported} 个`).join('，')}${reported.some((m) => m.kind === '县区级' || m.kind === '镇街级') ? '，县区级、镇街级的点画在县区代表点附近，不是实际位置' : ''}`}；` +
    `图上 ${examples} 个空心虚线圈是示例点位，不是真实地点。`;
  return placeMapToSvg(all, {
    ...options,
    counts: new Map(counts.map((c) => [Number(c.code), c.reported])),
    countyTip: (name, n) => `${name}：已报道地块 ${n} 个`,
    markers,
    legend: [{ symbol: 'illustrative', text: '示例点位：非真实地点，不计入任何合计' }, ...precisionLegend(reported, '个'), { note: '县区颜色越深，已报道的地块越多。' }, ...BOUNDARY_NOTES],
    desc,
  });
}
