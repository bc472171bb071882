import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCountyTopology } from '../../../src/lib/datasets/geo.ts';
import { countyAnchors } from '../../../src/lib/map/anchors.ts';
import { countiesAt, topologyToCounties } from '../../../src/lib/map/boundaries.ts';
import { COUNTIES } from '../../../src/lib/map/counties.ts';

const counties = topologyToCounties(readCountyTopology(process.cwd()));
const anchors = countyAnchors(counties);

/** The table of representative points in data/geo/README.md, as editors read it. */
function documentedAnchors() {
  const readme = readFileSync('data/geo/README.md', 'utf8');
  return [...readme.matchAll(/^\| \S+ \| (\d{6}) \| ([\d.]+) \| ([\d.]+) \|$/gm)].map((m) => ({ adcode: Number(m[1]), lat: Number(m[2]), lon: Number(m[3]) }));
}

describe('countyAnchors(counties)', () => {
  it('gives each of the eight counties one point, inside that county and no other', () => {
    expect(anchors.map((a) => a.adcode)).toEqual(COUNTIES.map((c) => c.adcode));
    for (const a of anchors) expect(countiesAt(counties, [a.lon, a.lat])).toEqual([a.adcode]);
  });
  it('is what data/geo/README.md documents, to the 4th decimal', () => {
    expect(documentedAnchors()).toEqual(anchors);
  });
  it('puts 德庆县 where the committed forest plots and service places are drawn', () => {
    // data/union-forest-plots/data.csv: the 播植镇 and 莫村镇 rows (镇街级) are at 23.2657, 112.0304.
    expect(anchors.find((a) => a.adcode === 441226)).toEqual({ adcode: 441226, lat: 23.2657, lon: 112.0304 });
  });
  it('keeps the point well away from the border (at least 0.04°, about 4 km, even in 端州区)', () => {
    const step = 0.04;
    for (const a of anchors) {
      for (const [dx, dy] of [[step, 0], [-step, 0], [0, step], [0, -step]] as const) {
        expect(countiesAt(counties, [a.lon + dx, a.lat + dy])).toContain(a.adcode);
      }
    }
  });
});
