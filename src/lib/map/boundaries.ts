import { geoArea, geoContains } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountyProps {
  adcode: number;
  name: string;
}
export type CountyFeature = Feature<MultiPolygon, CountyProps>;

/**
 * d3-geo reads a ring's winding as which side is inside: a ring wound the other way
 * would mean "the whole globe except the county". Any polygon covering more than a
 * hemisphere is reversed.
 */
export function rewindForD3(f: CountyFeature): CountyFeature {
  const polygons = f.geometry.coordinates.map((rings) => {
    const area = geoArea({ type: 'Polygon', coordinates: rings });
    return area > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  });
  return { ...f, geometry: { type: 'MultiPolygon', coordinates: polygons } };
}

/** TopoJSON counties → GeoJSON features wound for d3, in adcode order. */
export function topologyToCounties(topo: Topology): FeatureCollection<MultiPolygon, CountyProps> {
  const object = topo.objects.counties as GeometryCollection<CountyProps>;
  const collection = feature(topo, object) as FeatureCollection<MultiPolygon, CountyProps>;
  return {
    type: 'FeatureCollection',
    features: collection.features.map(rewindForD3).sort((a, b) => a.properties.adcode - b.properties.adcode),
  };
}

/** Distance in degrees from a point to a segment (planar: fine at county scale). */
function segmentDistance(p: Position, a: Position, b: Position): number {
  const [px, py] = p as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** About 10 m: a point this close to a border counts as in both counties. */
export const BORDER_TOLERANCE_DEGREES = 1e-4;

function nearBorder(f: CountyFeature, p: Position): boolean {
  return f.geometry.coordinates.some((rings) =>
    rings.some((ring) => ring.some((a, i) => i > 0 && segmentDistance(p, ring[i - 1]!, a) <= BORDER_TOLERANCE_DEGREES)),
  );
}

/**
 * Adcodes of the counties that contain `[lon, lat]` (WGS84). A point on a shared
 * border belongs to both; a point outside Zhaoqing to none.
 */
export function countiesAt(counties: FeatureCollection<MultiPolygon, CountyProps>, point: Position): number[] {
  return counties.features.filter((f) => geoContains(f, point as [number, number]) || nearBorder(f, point)).map((f) => f.properties.adcode);
}
