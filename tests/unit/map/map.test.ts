import { geoPath } from 'd3';
import { describe, expect, it } from 'vitest';
import { readCountyTopology } from '../../../src/lib/datasets/geo.ts';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { countiesAt, topologyToCounties } from '../../../src/lib/map/boundaries.ts';
import { COUNTIES } from '../../../src/lib/map/counties.ts';
import { fitProjection, forestMapToSvg } from '../../../src/lib/map/forest-map.ts';
import { countySummaries, plotProblems, rowsToPlots, type Plot } from '../../../src/lib/map/plots.ts';
import { copyRepo } from '../../helpers/repo-copy.ts';
import { expectGolden } from '../../helpers/golden.ts';

const counties = topologyToCounties(readCountyTopology(process.cwd()));

describe('topologyToCounties(topo)', () => {
  it('gives the eight counties, each wound for d3 (a county, not the globe minus it)', () => {
    expect(counties.features.map((f) => f.properties.adcode)).toEqual(COUNTIES.map((c) => c.adcode));
    const km2 = counties.features.reduce((sum, f) => sum + geoPath().area(f), 0);
    expect(km2).toBeGreaterThan(0);
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
  it('puts a point on a shared border in both counties', () => {
    const duanzhou = counties.features.find((f) => f.properties.adcode === 441202)!;
    const ring = duanzhou.geometry.coordinates[0]![0]!;
    // A vertex of 端州 that is shared with a neighbour.
    const shared = ring.find((p) => countiesAt(counties, p).length > 1)!;
    expect(countiesAt(counties, shared)).toContain(441202);
    expect(countiesAt(counties, shared).length).toBeGreaterThan(1);
  });
});

describe('plotProblems(dataset, counties)', () => {
  it('refuses a plot in the wrong county, naming file, line and the county it is in', () => {
    const repo = copyRepo();
    const file = 'data/union-forest-plots/data.csv';
    repo.write(file, repo.read(file).replace('工会林,441202,23.0775', '工会林,441224,23.0775'));
    const { catalog } = loadCatalog(repo.root);
    const problems = plotProblems(catalog.datasets.find((d) => d.id === 'union-forest-plots')!, counties);
    expect(problems).toMatchObject([{ code: 'PLOT-OUTSIDE-COUNTY', file, line: 2, field: 'county' }]);
    expect(problems[0]?.message).toBe('坐标不在所填的怀集县，而在端州区（441202）');
  });
  it('refuses a plot outside Zhaoqing, and a reported plot with no source', () => {
    const repo = copyRepo();
    const file = 'data/union-forest-plots/data.csv';
    repo.write(file, repo.read(file).replace('23.0775,112.4662', '23.1291,113.2644').replace(',,,,,illustrative,,示意位置', ',,,,,reported,,示意位置'));
    const { catalog } = loadCatalog(repo.root);
    const codes = plotProblems(catalog.datasets.find((d) => d.id === 'union-forest-plots')!, counties).map((p) => [p.code, p.line]);
    expect(codes).toContainEqual(['PLOT-OUTSIDE-CITY', 2]);
    expect(codes).toContainEqual(['PLOT-SOURCE', 2]);
  });
});

const plot = (over: Partial<Plot>): Plot => ({ key: 'k', name: 'n', forestType: '工会林', county: 441202, lat: 23.08, lon: 112.47, illustrative: false, saplings: null, funds: null, participants: null, ...over });

describe('countySummaries(plots)', () => {
  it('counts reported plots only; illustrative ones never enter a total', () => {
    const summary = countySummaries([plot({ saplings: 100 }), plot({ key: 'x', illustrative: true, saplings: 5000 })]);
    expect(summary.find((s) => s.adcode === 441202)).toMatchObject({ plots: 1, saplings: 100, funds: null, illustrative: 1 });
    expect(summary.find((s) => s.adcode === 441224)).toMatchObject({ plots: 0, saplings: null, illustrative: 0 });
  });
});

describe('forestMapToSvg(counties, summaries, plots, options)', () => {
  const { catalog } = loadCatalog(process.cwd());
  const plots = rowsToPlots(catalog.datasets.find((d) => d.id === 'union-forest-plots')!.latest.rows);
  const svg = forestMapToSvg(counties, countySummaries(plots), plots, { id: 'map', title: '肇庆市工会林地图' });
  it('matches its golden file', () => expectGolden('forest-map', svg));
  it('names the eight counties, draws illustrative plots apart, and says they are examples', () => {
    for (const c of COUNTIES) expect(svg).toContain(`>${c.name}</text>`);
    expect(svg.match(/data-illustrative="true"/g)).toHaveLength(plots.length);
    expect(svg).toContain('示例点位：非真实地点，不计入任何合计');
    expect(svg).toContain('示意');
  });
});
