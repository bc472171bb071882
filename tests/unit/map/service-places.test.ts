import { describe, expect, it } from 'vitest';
import { readCountyTopology } from '../../../src/lib/datasets/geo.ts';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { topologyToCounties } from '../../../src/lib/map/boundaries.ts';
import { placeMapChart } from '../../../src/lib/map/chart.ts';
import { rowsToServicePlaces, serviceMapToSvg } from '../../../src/lib/map/service-places.ts';
import { expectGolden } from '../../helpers/golden.ts';

const counties = topologyToCounties(readCountyTopology(process.cwd()));
const { catalog } = loadCatalog(process.cwd());
const places = rowsToServicePlaces(catalog.datasets.find((d) => d.id === 'union-service-places')!.latest.rows);

// Reported places per county, counted by hand from ../shared/source/public-record.md (S2, S6, S7, S12, S15, S18, S24):
// 端州 星湖牌坊广场 (our placement) + 智联梦工场; 高要 小湘; 广宁 工人文化宫; 怀集 暖流行动 2021 + 三江口公园 + 疗休养基地;
// 封开 封川检查站 + 粤桂服务区 + 人民广场; 德庆 德城 + 悦城. 工商银行肇庆分行 and 中石化蓝塘加油站: county not stated.
const EXPECTED = { 端州区: 2, 鼎湖区: 0, 高要区: 1, 广宁县: 1, 怀集县: 3, 封开县: 3, 德庆县: 2, 四会市: 0 };

describe('serviceMapToSvg(counties, places, options)', () => {
  const svg = serviceMapToSvg(counties, places, { id: 'service', title: '肇庆市工会驿站和服务场所地图' });
  it('matches its golden file', () => expectGolden('service-map', svg));
  it('writes under each county how many reported places are known there', () => {
    const labels = Object.fromEntries([...svg.matchAll(/<text class="county-label"[^>]*>([^<]+)<tspan[^>]*>(\d+)处<\/tspan>/g)].map((m) => [m[1], Number(m[2])]));
    expect(labels).toEqual(EXPECTED);
  });
  it('draws every place whose county is known, numbered, and leaves out the two whose county is not stated', () => {
    const drawn = [...svg.matchAll(/<g class="place" data-key="([^"]+)" data-county="(\d+)" data-kind="([^"]+)"/g)].map((m) => m[1]);
    expect(drawn).toHaveLength(12);
    expect(drawn).not.toContain('icbc-zhaoqing-branch');
    expect(drawn).not.toContain('sinopec-lantang-station');
    expect([...svg.matchAll(/font-weight="700"[^>]*>(\d+)<\/text>/g)].map((m) => Number(m[1]))).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });
  it('states each precision in the legend with its count, and that the markers are not real positions', () => {
    expect(svg).toContain('县区级：只知道所在县区（7 处）');
    expect(svg).toContain('镇街级：原文写明镇或街道（5 处）');
    expect(svg).toContain('不是实际位置');
    expect(svg).toContain('另有 2 处原文没有写明县区');
  });
});

describe('placeMapChart("service", catalog, counties)', () => {
  it('gives a county table with the precision counts, the places without a county, and the zone', () => {
    const chart = placeMapChart('service', catalog, counties);
    if ('error' in chart) throw new Error(chart.error);
    expect(chart.table.head).toEqual(['县区', '已报道地点', '县区级', '镇街级', '精确', '未定位（不画点）', '其中县区为本站判断']);
    expect(Object.fromEntries(chart.table.rows.slice(0, 8).map((row) => [row[0], Number(row[1])]))).toEqual(EXPECTED);
    expect(chart.table.rows.find((row) => row[0] === '端州区')).toEqual(['端州区', '2', '2', '0', '0', '0', '1']);
    expect(chart.table.rows.at(-2)).toEqual(['县区未写明（不画点）', '2', '0', '0', '0', '2', '0']);
    expect(chart.table.rows.at(-1)?.[0]).toBe('肇庆高新区（开发区，不画点）');
  });
  it('refuses a county that is not one of the eight', () => {
    expect(placeMapChart('service', catalog, counties, 441200)).toMatchObject({ error: expect.stringContaining('county 应为肇庆的县区代码') });
  });
});
