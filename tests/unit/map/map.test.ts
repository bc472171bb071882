import { geoArea, geoPath } from 'd3';
import type { Position } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { readCountyTopology } from '../../../src/lib/datasets/geo.ts';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { countiesAt, rewindForD3, topologyToCounties, type CountyFeature } from '../../../src/lib/map/boundaries.ts';
import { COUNTIES } from '../../../src/lib/map/counties.ts';
import { countyAnchors } from '../../../src/lib/map/anchors.ts';
import { fitProjection, forestMapToSvg } from '../../../src/lib/map/forest-map.ts';
import { placeProblems } from '../../../src/lib/map/place-problems.ts';
import { rowsToPlots } from '../../../src/lib/map/plots.ts';
import { copyRepo } from '../../helpers/repo-copy.ts';
import { expectGolden } from '../../helpers/golden.ts';

const counties = topologyToCounties(readCountyTopology(process.cwd()));

/** Area on the globe in km² (d3 reads a ring wound the wrong way as the globe minus the county). */
const km2 = (f: Parameters<typeof geoArea>[0]) => geoArea(f) * 6371 ** 2;

describe('topologyToCounties(topo)', () => {
  it('gives the eight counties, each wound for d3: the city covers about 14,900 km², not the globe minus it', () => {
    expect(counties.features.map((f) => f.properties.adcode)).toEqual(COUNTIES.map((c) => c.adcode));
    // 肇庆市 is about 1.49 万 km²; 端州区, the smallest county, about 150 km²; 怀集县, the largest, about 3,570 km².
    const total = counties.features.reduce((sum, f) => sum + km2(f), 0);
    expect(total).toBeGreaterThan(14_000);
    expect(total).toBeLessThan(16_000);
    const byCode = new Map(counties.features.map((f) => [f.properties.adcode, km2(f)]));
    expect(byCode.get(441202)).toBeGreaterThan(100);
    expect(byCode.get(441202)).toBeLessThan(200);
    expect(byCode.get(441224)).toBeGreaterThan(3_000);
    expect(byCode.get(441224)).toBeLessThan(4_000);
  });
});

describe('topologyToCounties(topo): order', () => {
  it('gives the counties in adcode order whatever order the file lists them in', () => {
    const topo = readCountyTopology(process.cwd());
    const object = topo.objects.counties as GeometryCollection;
    const reversed: typeof topo = { ...topo, objects: { ...topo.objects, counties: { ...object, geometries: [...object.geometries].reverse() } } };
    expect(topologyToCounties(reversed).features.map((f) => f.properties.adcode)).toEqual([441202, 441203, 441204, 441223, 441224, 441225, 441226, 441284]);
  });
});

describe('countiesAt(counties, point): the border tolerance', () => {
  // A square county of 0.1°, wound for d3, and points just inside and outside its west edge.
  const square = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: { adcode: 1, name: '方' }, geometry: { type: 'MultiPolygon' as const, coordinates: [[[[112.4, 23.0], [112.4, 23.1], [112.5, 23.1], [112.5, 23.0], [112.4, 23.0]]]] } }] };
  it('counts a point within about 10 m of the border as in the county, and one 20 m off as not', () => {
    expect(countiesAt(square, [112.45, 23.05])).toEqual([1]);
    expect(countiesAt(square, [112.39995, 23.05])).toEqual([1]);
    expect(countiesAt(square, [112.3998, 23.05])).toEqual([]);
    // Beyond a corner: the distance is to the corner, not to the edge's line.
    expect(countiesAt(square, [112.39995, 23.10005])).toEqual([1]);
    expect(countiesAt(square, [112.4, 23.1002])).toEqual([]);
  });
  it('measures to the middle of a horizontal edge and of a slanted one', () => {
    expect(countiesAt(square, [112.45, 23.10005])).toEqual([1]);
    expect(countiesAt(square, [112.45, 23.1002])).toEqual([]);
    // A triangle with a slanted east side from (112.5, 23.0) to (112.4, 23.1): points 7 m and 28 m outside its middle.
    const triangle = { ...square, features: [{ ...square.features[0]!, geometry: { type: 'MultiPolygon' as const, coordinates: [[[[112.4, 23.0], [112.4, 23.1], [112.5, 23.0], [112.4, 23.0]]]] } }] };
    expect(countiesAt(triangle, [112.45005, 23.05005])).toEqual([1]);
    expect(countiesAt(triangle, [112.4502, 23.0502])).toEqual([]);
  });
  it('counts a point near the outer edge of a county with a hole in it', () => {
    const holed = { ...square, features: [{ ...square.features[0]!, geometry: { type: 'MultiPolygon' as const, coordinates: [[square.features[0]!.geometry.coordinates[0]![0]!, [[112.44, 23.04], [112.46, 23.04], [112.46, 23.06], [112.44, 23.06], [112.44, 23.04]]]] } }] };
    expect(countiesAt(holed, [112.39995, 23.05])).toEqual([1]);
  });
  it('measures to a ring with a repeated point (a segment of no length) without dividing by zero', () => {
    const repeated = { ...square, features: [{ ...square.features[0]!, geometry: { type: 'MultiPolygon' as const, coordinates: [[[[112.4, 23.0], [112.4, 23.0], [112.4, 23.1], [112.5, 23.1], [112.5, 23.0], [112.4, 23.0]]]] } }] };
    expect(countiesAt(repeated, [112.39995, 22.99995])).toEqual([1]);
    expect(countiesAt(repeated, [112.3997, 22.9997])).toEqual([]);
  });
});

describe('rewindForD3(county)', () => {
  // A 0.1° square near 端州 (about 113 km²): clockwise as d3 wants it, and anticlockwise.
  const rightWay: Position[] = [[112.4, 23.0], [112.4, 23.1], [112.5, 23.1], [112.5, 23.0], [112.4, 23.0]];
  const wrongWay = [...rightWay].reverse();
  const county = (...rings: Position[][]): CountyFeature => ({ type: 'Feature', properties: { adcode: 441202, name: '端州区' }, geometry: { type: 'MultiPolygon', coordinates: rings.map((r) => [r]) } });
  it('leaves a large region wound for d3 as it is (60° × 60°, about 0.9 steradian)', () => {
    const large: Position[] = [[0, 0], [0, 60], [60, 60], [60, 0], [0, 0]];
    expect(rewindForD3(county(large)).geometry.coordinates).toEqual([[large]]);
  });
  it('reverses a part wound as “the globe minus it” and leaves a part wound for d3 as it is', () => {
    const fixed = rewindForD3(county(wrongWay, rightWay));
    expect(fixed.geometry.coordinates).toEqual([[rightWay], [rightWay]]);
    expect(km2(fixed)).toBeGreaterThan(2 * 100);
    expect(km2(fixed)).toBeLessThan(2 * 120);
  });
});

describe('fitProjection(counties, width)', () => {
  it('fits every county inside the frame', () => {
    const { projection, height } = fitProjection(counties, 360);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(counties);
    expect(x0).toBeGreaterThanOrEqual(7.9);
    expect(x1).toBeLessThanOrEqual(352.1);
    expect(y0).toBeGreaterThanOrEqual(7.9);
    expect(y1).toBeLessThanOrEqual(height - 7.9);
    expect(height).toBeGreaterThan(200);
  });
});

describe('countiesAt(counties, [lon, lat])', () => {
  it('finds the county of a point inside it, and none outside Zhaoqing', () => {
    expect(countiesAt(counties, [112.4662, 23.0775])).toEqual([441202]);
    expect(countiesAt(counties, [113.2644, 23.1291])).toEqual([]); // Guangzhou
  });
  it('puts a point on a shared border, or within 10 m of it, in both counties, and a point 1 km off in one', () => {
    // A vertex of data/geo/ shared by 端州 and 高要, and the point where 端州, 鼎湖 and 高要 meet.
    expect(countiesAt(counties, [112.5175351508915, 23.060144298702987])).toEqual([441202, 441204]);
    expect(countiesAt(counties, [112.543036500105, 23.097834140531404])).toEqual([441202, 441203, 441204]);
    expect(countiesAt(counties, [112.51758, 23.06019])).toEqual([441202, 441204]);
    expect(countiesAt(counties, [112.5175, 23.0701])).toEqual([441202]);
    expect(countiesAt(counties, [112.5175, 23.0501])).toEqual([441204]);
  });
});

const plotsOf = (root: string) => loadCatalog(root).catalog.datasets.find((d) => d.id === 'union-forest-plots')!;

describe('placeProblems(forest plots, counties, anchors)', () => {
  const anchors = countyAnchors(counties);
  const file = 'data/union-forest-plots/data.csv';
  it('refuses an example plot in the wrong county, naming file, line and the county it is in', () => {
    const repo = copyRepo();
    repo.write(file, repo.read(file).replace('工会林,441202,,,23.0775', '工会林,441224,,,23.0775'));
    const problems = placeProblems(plotsOf(repo.root), counties, anchors);
    expect(problems).toMatchObject([{ code: 'PLACE-OUTSIDE-COUNTY', file, line: 5, field: 'county' }]);
    expect(problems[0]?.message).toBe('坐标不在所填的怀集县，而在端州区（441202）');
  });
  it('refuses a plot outside Zhaoqing, and a reported plot with no source and no precision', () => {
    const repo = copyRepo();
    repo.write(file, repo.read(file).replace('23.0775,112.4662', '23.1291,113.2644').replace(',,,,,,,,,illustrative,,示意位置', ',,,,,,,,,reported,,示意位置'));
    const codes = placeProblems(plotsOf(repo.root), counties, anchors).map((p) => [p.code, p.line]);
    expect(codes).toContainEqual(['PLACE-OUTSIDE-CITY', 5]);
    expect(codes).toContainEqual(['PLACE-SOURCE', 5]);
    expect(codes).toContainEqual(['PLACE-PRECISION', 5]);
  });
  it('passes the committed plots', () => {
    expect(placeProblems(plotsOf(process.cwd()), counties, anchors)).toEqual([]);
  });
});

describe('forestMapToSvg(counties, plots, options)', () => {
  const plots = rowsToPlots(plotsOf(process.cwd()).latest.rows);
  const svg = forestMapToSvg(counties, plots, { id: 'map', title: '肇庆市工会林地图' });
  it('matches its golden file', () => expectGolden('forest-map', svg));
  it('names the eight counties, draws illustrative plots apart, and says they are examples', () => {
    for (const c of COUNTIES) expect(svg).toContain(`>${c.name}</text>`);
    expect(svg.match(/data-illustrative="true"/g)).toHaveLength(plots.filter((p) => p.illustrative).length);
    expect(svg).toContain('示例点位：非真实地点，不计入任何合计');
    expect(svg).toContain('示意');
  });
  it('draws the reported plots of 德庆县 (播植镇 two sites, 莫村镇) as numbered town-level markers, and says so', () => {
    // S16 and S17 of the public record: three places in 德庆县, each with its town named.
    const reported = [...svg.matchAll(/<g class="place" data-key="([^"]+)" data-county="(\d+)" data-kind="([^"]+)" data-illustrative="false">/g)].map((m) => [m[1], m[2], m[3]]);
    expect(reported.sort()).toEqual([
      ['bozhi-shacun-road', '441226', '镇街级'],
      ['bozhi-taocun-embankment', '441226', '镇街级'],
      ['mocun-riverbank-park', '441226', '镇街级'],
    ]);
    expect(svg).toContain('镇街级：原文写明镇或街道（3 个）');
    expect(svg).toContain('不是实际位置');
    expect(svg).toMatch(/>1<\/text>.*>2<\/text>.*>3<\/text>/);
  });
});
