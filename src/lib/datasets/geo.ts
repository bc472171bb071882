import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';

/** Folder of map geometry under data/: not a dataset. */
export const GEO_DIR = 'geo';
export const COUNTY_BOUNDARIES_FILE = `data/${GEO_DIR}/zhaoqing-counties.topo.json`;

/** The committed county boundaries (TopoJSON, WGS84), written by `npm run boundaries`. */
export function readCountyTopology(root: string): Topology {
  const file = join(root, COUNTY_BOUNDARIES_FILE);
  if (!existsSync(file)) throw new Error(`缺少边界文件 ${COUNTY_BOUNDARIES_FILE}：运行 npm run boundaries 生成。`);
  return JSON.parse(readFileSync(file, 'utf8')) as Topology;
}
