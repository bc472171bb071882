import type { FeatureCollection, MultiPolygon } from 'geojson';

/** A latitude/longitude box (WGS84 degrees). */
export interface GeoBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Four decimals (about 10 m), rounded outwards so the box still holds every point. */
const down = (n: number) => Math.floor(n * 1e4) / 1e4;
const up = (n: number) => Math.ceil(n * 1e4) / 1e4;

/**
 * The box around every boundary point of the counties: the city's extent, for
 * schema.org's GeoShape and DCAT's bounding box. Planar min/max is exact for a box
 * this small and far from the antimeridian.
 */
export function countiesToBox(counties: FeatureCollection<MultiPolygon>): GeoBox {
  let [south, west, north, east] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of counties.features) {
    for (const ring of f.geometry.coordinates.flat()) {
      for (const [lon, lat] of ring as [number, number][]) {
        south = Math.min(south, lat);
        north = Math.max(north, lat);
        west = Math.min(west, lon);
        east = Math.max(east, lon);
      }
    }
  }
  if (!Number.isFinite(south)) throw new Error('边界文件没有任何坐标');
  return { south: down(south), west: down(west), north: up(north), east: up(east) };
}

/** schema.org `GeoShape.box`: "south west north east" (lower corner, then upper corner, each "lat lon"). */
export function boxToSchemaOrg(box: GeoBox): string {
  return `${box.south} ${box.west} ${box.north} ${box.east}`;
}

/** The box as a WKT polygon (lon lat, anticlockwise, closed), as GeoSPARQL and DCAT's `dcat:bbox` take it. */
export function boxToWkt(box: GeoBox): string {
  const { south: s, west: w, north: n, east: e } = box;
  return `POLYGON((${w} ${s}, ${e} ${s}, ${e} ${n}, ${w} ${n}, ${w} ${s}))`;
}
