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

/** A place map for a page (`forest` or `service`); an unknown county fails the build with the reason. */
export function getPlaceMap(kind: MapKind, county?: number) {
  const chart = placeMapChart(kind, getCatalog(), getCounties(), county);
  if ('error' in chart) throw new Error(`<${kind === 'forest' ? 'ForestMap' : 'ServiceMap'} />：${chart.error}`);
  return chart;
}

let box: GeoBox | undefined;

/** The box around the city's county boundaries (data/geo/), for the metadata of every dataset. */
export function getCityBox(): GeoBox {
  box ??= countiesToBox(getCounties());
  return box;
}
