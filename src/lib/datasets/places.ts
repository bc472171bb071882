import { COUNTIES } from '../map/counties.ts';

/** Code of 肇庆市 as a whole (its administrative prefix). */
export const CITY_PLACE = '4412';
/** 肇庆高新区: a development zone, not one of the eight county-level divisions; kept apart. */
export const HITECH_ZONE_PLACE = 'gaoxin';

export interface Place {
  code: string;
  name: string;
  level: 'city' | 'county' | 'zone';
  /** The county's administrative code, for maps; none for the city or the zone. */
  adcode?: number;
}

/** Every place a figure row may name in its `place` column. */
export const PLACES: readonly Place[] = [
  { code: CITY_PLACE, name: '肇庆市', level: 'city' },
  ...COUNTIES.map((c): Place => ({ code: String(c.adcode), name: c.name, level: 'county', adcode: c.adcode })),
  { code: HITECH_ZONE_PLACE, name: '肇庆高新区', level: 'zone' },
];

export const PLACE_CODES: readonly string[] = PLACES.map((p) => p.code);

/** The place of `code`, e.g. '441226' → 德庆县; undefined for an unknown code. */
export function placeOf(code: string): Place | undefined {
  return PLACES.find((p) => p.code === code);
}
