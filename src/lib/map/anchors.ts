import { geoArea } from 'd3';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import polylabel from 'polylabel';
import type { CountyProps } from './boundaries.ts';

/** Latitude at which one degree of longitude is measured (the middle of Zhaoqing). */
const MID_LATITUDE = 23.5;
/** Decimal places of a documented position: 0.0001° is about 11 m. */
export const ANCHOR_DECIMALS = 4;

/** A documented position: where a place known only to its county (or town) is drawn. */
export interface CountyAnchor {
  adcode: number;
  lat: number;
  lon: number;
}

const round = (n: number) => Number(n.toFixed(ANCHOR_DECIMALS));

/**
 * The representative point of each county: the pole of inaccessibility (polylabel, the
 * point farthest from the border) of its largest part, in a plane where a degree of
 * longitude is shortened by cos 23.5°, rounded to 4 decimals. It depends only on the
 * committed boundary file, so it is the same at every build; data/geo/README.md lists
 * the values and a unit test keeps that list true.
 * @example countyAnchors(counties).find((a) => a.adcode === 441226) // { adcode: 441226, lat: 23.2658, lon: 112.0305 }
 */
export function countyAnchors(counties: FeatureCollection<MultiPolygon, CountyProps>): CountyAnchor[] {
  const k = Math.cos((MID_LATITUDE * Math.PI) / 180);
  return counties.features.map((f) => {
    const largest = [...f.geometry.coordinates].sort((a, b) => geoArea({ type: 'Polygon', coordinates: b }) - geoArea({ type: 'Polygon', coordinates: a }))[0]!;
    const [x, y] = polylabel(largest.map((ring) => ring.map(([lon, lat]) => [lon! * k, lat!])), 1e-5);
    return { adcode: f.properties.adcode, lat: round(y!), lon: round(x! / k) };
  });
}
