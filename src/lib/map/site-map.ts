import { readCountyTopology } from '../datasets/geo.ts';
import { getCatalog } from '../datasets/index.ts';
import { SITE } from '../site/config.ts';
import { topologyToCounties } from './boundaries.ts';
import { countiesToBox, type GeoBox } from './bounds.ts';
import { forestMapChart } from './chart.ts';

let counties: ReturnType<typeof topologyToCounties> | undefined;

/** The county boundaries of this build, read once. */
export function getCounties() {
  counties ??= topologyToCounties(readCountyTopology(SITE.root));
  return counties;
}

/** The forest map for a page; an unknown county fails the build with the reason. */
export function getForestMap(county?: number) {
  const chart = forestMapChart(getCatalog(), getCounties(), county);
  if ('error' in chart) throw new Error(`<ForestMap />：${chart.error}`);
  return chart;
}

let box: GeoBox | undefined;

/** The box around the city's county boundaries (data/geo/), for the metadata of every dataset. */
export function getCityBox(): GeoBox {
  box ??= countiesToBox(getCounties());
  return box;
}
