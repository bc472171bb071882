import { readCountyTopology } from '../datasets/geo.ts';
import { getCatalog } from '../datasets/index.ts';
import { SITE } from '../site/config.ts';
import { topologyToCounties } from './boundaries.ts';
import { countiesToBox, type GeoBox } from './bounds.ts';
import { placeMapChart, type MapKind } from './chart.ts';

let counties: ReturnType<typeof topologyToCounties> | undefined;

/** The county boundaries of this build, read once. */
export function getCounties() {
  counties ??= topologyToCounties(readCountyTopology(SITE.root));
  return counties;
}

const placeMaps = new Map<string, ReturnType<typeof placeMapChart>>();

/**
 * A place map of this build (`forest` or `service`, the city or one county), drawn once:
 * every article, embed page and share card that places the same map shows the same drawing
 * (2,000 articles placed 666 maps, 5 ms each, of 18 different drawings).
 */
export function sitePlaceMap(kind: MapKind, county?: number): ReturnType<typeof placeMapChart> {
  const key = `${kind}/${county ?? 'city'}`;
  let chart = placeMaps.get(key);
  if (!chart) placeMaps.set(key, (chart = placeMapChart(kind, getCatalog(), getCounties(), county)));
  return chart;
}

/** A place map for a page (`forest` or `service`); an unknown county fails the build with the reason. */
export function getPlaceMap(kind: MapKind, county?: number) {
  const chart = sitePlaceMap(kind, county);
  if ('error' in chart) throw new Error(`<${kind === 'forest' ? 'ForestMap' : 'ServiceMap'} />：${chart.error}`);
  return chart;
}

let box: GeoBox | undefined;

/** The box around the city's county boundaries (data/geo/), for the metadata of every dataset. */
export function getCityBox(): GeoBox {
  box ??= countiesToBox(getCounties());
  return box;
}
