import { geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { readCountyTopology } from '../../../src/lib/datasets/geo.ts';
import { countyAnchors } from '../../../src/lib/map/anchors.ts';
import { topologyToCounties } from '../../../src/lib/map/boundaries.ts';
import { clusterOffsets, layoutMarkers, type MarkerInput } from '../../../src/lib/map/markers.ts';
import { fitProjection } from '../../../src/lib/map/place-map.ts';

const counties = topologyToCounties(readCountyTopology(process.cwd()));

describe('clusterOffsets(n, spacing)', () => {
  it('gives n distinct positions at least `spacing` apart, centred on the point', () => {
    for (const n of [1, 2, 3, 5, 8, 14]) {
      const offsets = clusterOffsets(n, 10);
      expect(offsets).toHaveLength(n);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) expect(Math.hypot(offsets[i]![0] - offsets[j]![0], offsets[i]![1] - offsets[j]![1])).toBeGreaterThanOrEqual(10 - 1e-9);
      }
      expect(Math.abs(offsets.reduce((s, [x]) => s + x, 0))).toBeLessThan(1e-9);
      expect(Math.abs(offsets.reduce((s, [, y]) => s + y, 0))).toBeLessThan(1e-9);
    }
  });
});

describe('layoutMarkers(markers, projection, counties)', () => {
  const { projection } = fitProjection(counties, 360);
  const anchors = countyAnchors(counties);
  const at = (adcode: number, n: number): MarkerInput[] => {
    const a = anchors.find((x) => x.adcode === adcode)!;
    return Array.from({ length: n }, (_, i) => ({ key: `${adcode}-${i}`, lon: a.lon, lat: a.lat, county: adcode, kind: '县区级', number: i + 1, title: '' }));
  };
  it('spreads markers that share a county point apart, each drawn inside its county', () => {
    // 端州区 is the smallest county: eight places there still land inside it.
    const markers = [...at(441202, 8), ...at(441226, 3)];
    const placed = layoutMarkers(markers, projection, counties);
    const positions = markers.map((m) => placed.get(m.key)!);
    expect(new Set(positions.map((p) => p.join(','))).size).toBe(markers.length);
    for (const m of markers) {
      const county = counties.features.find((f) => f.properties.adcode === m.county)!;
      expect(geoContains(county, projection.invert!(placed.get(m.key)!)!)).toBe(true);
    }
  });
  it('draws a lone marker exactly at its point', () => {
    const [m] = at(441223, 1);
    expect(layoutMarkers([m!], projection, counties).get(m!.key)).toEqual(projection([m!.lon, m!.lat]));
  });
});
