import type { Row } from '../datasets/rows.ts';
import { placeOf } from '../datasets/places.ts';
import { COUNTIES, countyName } from './counties.ts';

/**
 * How precisely a place's position is known. 县区级, 镇街级 and 精确 are drawn (the first
 * two at the county's documented representative point, see anchors.ts); 未定位 is a place
 * whose county no source gives: it is listed, never drawn.
 */
export const PRECISIONS = ['县区级', '镇街级', '精确', '未定位'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** What each precision means, as the legend, the tables and the guide say it. */
export const PRECISION_TEXT: Record<Precision, string> = {
  县区级: '县区级：只知道所在县区',
  镇街级: '镇街级：原文写明镇或街道',
  精确: '精确：来源给出坐标',
  未定位: '未定位：原文没有写明县区，不画在图上',
};

/** Precisions drawn at the county's representative point rather than where the place is. */
export const ANCHORED: readonly Precision[] = ['县区级', '镇街级'];

/** County code used when a source names only Zhaoqing (no county): listed, never drawn. */
export const CITY_CODE = '4412';
/** 肇庆高新区: a development zone, not one of the eight counties; its places are listed, not drawn. */
export const ZONE_CODE = 'gaoxin';

/** Whether a county column names one of the eight counties (not the city or the zone). */
export function isCountyCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** A row of a place dataset (forest plots, union service places), in the columns both share. */
export interface MapPlace {
  key: string;
  name: string;
  /** County adcode as text; `4412` (city, county not stated) or `gaoxin` for places not drawn. */
  county: string;
  /** Whether a source names the county (`原文`) or we placed it (`本站判断`, to check). */
  countyBasis: '原文' | '本站判断';
  /** Empty only on illustrative examples. */
  precision: Precision | null;
  placeDetail: string | null;
  lat: number | null;
  lon: number | null;
  illustrative: boolean;
  source: string | null;
  /** YYYY-MM-DD, YYYY-MM, YYYY, or --MM-DD when the source prints no year. */
  date: string | null;
  dateBasis: 'printed' | 'inferred';
  dateNote: string | null;
  note: string | null;
}

const text = (v: Row[string] | undefined) => (v === null || v === undefined ? null : String(v));
const num = (v: Row[string] | undefined) => (typeof v === 'number' ? v : null);

/** A validated row → the place it describes (the dataset's schema has checked every cell). */
export function rowToPlace(row: Row): MapPlace {
  return {
    key: String(row.key),
    name: String(row.name),
    county: String(row.county),
    countyBasis: row.county_basis === '本站判断' ? '本站判断' : '原文',
    precision: (text(row.precision) as Precision | null) ?? null,
    placeDetail: text(row.place_detail),
    lat: num(row.latitude),
    lon: num(row.longitude),
    illustrative: row.provenance === 'illustrative',
    source: text(row.source),
    date: text(row.date),
    dateBasis: row.date_basis === 'inferred' ? 'inferred' : 'printed',
    dateNote: text(row.date_note),
    note: text(row.note),
  };
}

/** Whether the place has a marker on the map (a position, and a county it can be drawn in). */
export function isDrawn(p: MapPlace): p is MapPlace & { lat: number; lon: number } {
  return p.lat !== null && p.lon !== null && p.precision !== '未定位';
}

/** The county as a reader reads it: 德庆县; 端州区（县区为本站判断，待核实）; 肇庆市（县区未写明）. */
export function placeCountyText(p: Pick<MapPlace, 'county' | 'countyBasis'>): string {
  if (p.county === CITY_CODE) return '肇庆市（县区未写明）';
  const name = isCountyCode(p.county) ? countyName(Number(p.county)) : (placeOf(p.county)?.name ?? p.county);
  return p.countyBasis === '本站判断' ? `${name}（县区为本站判断，待核实）` : name;
}

/**
 * The place's date as far as the source gives it: 2024年3月9日; 2021年9月（推断）;
 * 2月27日（年份未核实） when no year is printed.
 */
export function placeDateText(p: Pick<MapPlace, 'date' | 'dateBasis'>): string {
  if (p.date === null) return '日期不详';
  if (p.date.startsWith('--')) {
    const [m, d] = p.date.slice(2).split('-').map(Number);
    return `${m}月${d}日（年份未核实）`;
  }
  const [y, m, d] = p.date.split('-');
  const written = `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
  return p.dateBasis === 'inferred' ? `${written}（推断）` : written;
}

/** Sort key of a partial date: a date without its year last. */
function dateSortKey(date: string | null): string {
  if (date === null || date.startsWith('--')) return '9999';
  return date;
}

/**
 * Places in the order readers find them in the list and the numbers on the map: by county
 * (the eight in code order, then city-only and the zone), then by date, then key.
 */
export function placesInListOrder<P extends Pick<MapPlace, 'county' | 'date' | 'key'>>(places: readonly P[]): P[] {
  const rank = (county: string) => (county === CITY_CODE ? 1e9 : county === ZONE_CODE ? 1e9 + 1 : Number(county));
  return [...places].sort((a, b) => rank(a.county) - rank(b.county) || dateSortKey(a.date).localeCompare(dateSortKey(b.date)) || a.key.localeCompare(b.key));
}

/**
 * Places in list order, each reported one numbered from 1 (the number is drawn in its
 * marker), then illustrative examples, unnumbered.
 */
export function numberedInListOrder<P extends MapPlace>(places: readonly P[]): { place: P; number?: number }[] {
  const reported = placesInListOrder(places.filter((p) => !p.illustrative));
  const examples = placesInListOrder(places.filter((p) => p.illustrative));
  return [...reported.map((place, i) => ({ place, number: i + 1 })), ...examples.map((place) => ({ place }))];
}

/** One line of the county table: reported places known there, by precision. */
export interface PlaceCount {
  /** County adcode as text, or 4412 (county not stated) / gaoxin (the zone). */
  code: string;
  name: string;
  reported: number;
  byPrecision: Record<Precision, number>;
  /** Of the reported places, those whose county is our placement (to check). */
  ourPlacement: number;
  illustrative: number;
}

/** Per county (then "county not stated" and 肇庆高新区, never drawn): how many reported places are known. */
export function countPlaces(places: readonly MapPlace[]): PlaceCount[] {
  const rows = [...COUNTIES.map((c) => ({ code: String(c.adcode), name: c.name })), { code: CITY_CODE, name: '县区未写明（不画点）' }, { code: ZONE_CODE, name: '肇庆高新区（开发区，不画点）' }];
  return rows.map(({ code, name }) => {
    const here = places.filter((p) => p.county === code);
    const reported = here.filter((p) => !p.illustrative);
    const byPrecision = { 县区级: 0, 镇街级: 0, 精确: 0, 未定位: 0 } satisfies Record<Precision, number>;
    for (const p of reported) if (p.precision) byPrecision[p.precision] += 1;
    return { code, name, reported: reported.length, byPrecision, ourPlacement: reported.filter((p) => p.countyBasis === '本站判断').length, illustrative: here.length - reported.length };
  });
}

/** Where the marker is and what that position means, for the list beside a map. */
export function placePositionText(p: MapPlace): string {
  const at = `北纬 ${p.lat ?? ''}°，东经 ${p.lon ?? ''}°（WGS84）`;
  if (p.illustrative) return `示意位置 ${at}：不是真实地点，不计入任何合计`;
  if (p.precision === null) return '';
  if (ANCHORED.includes(p.precision)) return `${PRECISION_TEXT[p.precision]}；图上画在${countyName(Number(p.county))}代表点附近，不是实际位置`;
  return p.precision === '精确' ? `${PRECISION_TEXT.精确}：${at}` : PRECISION_TEXT.未定位;
}
