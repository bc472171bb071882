import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { Row } from '../datasets/rows.ts';
import type { CountyProps } from './boundaries.ts';
import { placeToMarker, type MarkerInput } from './markers.ts';
import { BOUNDARY_NOTES, placeMapToSvg, precisionLegend, type MapFrameOptions } from './place-map.ts';
import { countPlaces, isCountyCode, isDrawn, numberedInListOrder, rowToPlace, type MapPlace } from './places.ts';

export const SERVICE_PLACES_DATASET = 'union-service-places';

/** A union service place: a rest station, service point or area, cultural palace, rest-and-recuperation base. */
export interface ServicePlace extends MapPlace {
  /** 工会驿站, 户外劳动者服务站点, 工会爱心服务区, 暖流行动服务站, 工人文化宫, 职工疗休养基地. */
  kind: string;
  /** What happened on the row's date (opened, unveiled, listed, shown…). */
  event: string;
}

/** Validated rows → service places. */
export function rowsToServicePlaces(rows: readonly Row[]): ServicePlace[] {
  return rows.map((row) => ({ ...rowToPlace(row), kind: String(row.kind), event: String(row.event) }));
}

/**
 * The map of union service places as SVG: counties shaded and labelled with the number of
 * reported places known there, each drawn place a numbered marker shaped by its precision.
 */
export function serviceMapToSvg(all: FeatureCollection<MultiPolygon, CountyProps>, places: readonly ServicePlace[], options: MapFrameOptions): string {
  const listed = numberedInListOrder(places);
  const markers: MarkerInput[] = listed
    .filter(({ place }) => isDrawn(place) && (options.county === undefined || place.county === String(options.county)))
    .map(({ place, number }) =>
      placeToMarker(place, number, `${number === undefined ? '' : `${number}. `}${place.name}（${place.kind}，${place.illustrative ? '示例，非真实地点' : place.precision}）`),
    );
  const counts = countPlaces(places);
  const undrawn = listed.filter(({ place }) => !place.illustrative && !isDrawn(place)).length;
  const reported = markers.filter((m) => m.kind !== 'illustrative');
  const inCounties = counts.filter((c) => isCountyCode(c.code) && (options.county === undefined || c.code === String(options.county)));
  const desc =
    `${options.county === undefined ? '肇庆市8个县级行政区' : inCounties[0]?.name ?? ''}的工会驿站和服务场所地图，县区名下写着已知的已报道地点数：` +
    `${inCounties.map((c) => `${c.name} ${c.reported} 处`).join('，')}。` +
    `图上画出 ${reported.length} 处，县区级、镇街级的点排在县区代表点周围，不是实际位置` +
    `${options.county === undefined && undrawn > 0 ? `；另有 ${undrawn} 处原文没有写明县区，只列在表中` : ''}。`;
  return placeMapToSvg(all, {
    ...options,
    counts: new Map(inCounties.map((c) => [Number(c.code), c.reported])),
    countyTip: (name, n) => `${name}：已报道地点 ${n} 处`,
    countInLabel: (n) => `${n}处`,
    markers,
    legend: [...precisionLegend(reported, '处'), { note: '县区名下为已报道的地点数，颜色越深越多。' }, ...BOUNDARY_NOTES],
    desc,
  });
}
