import { describe, expect, inject, it } from 'vitest';
import { COUNTIES } from '../../src/lib/map/counties.ts';
import { openPage } from '../helpers/browser.ts';
import { markersAndTheirCounties, tabThroughPlaceList } from '../helpers/map.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();

// Every dated, named service place of ../shared/source/public-record.md, with the county the
// record gives and the precision its wording allows (a town or street named: 镇街级).
const DRAWN: Record<string, [number, string]> = {
  'warm-2016-fengchuan': [441225, '县区级'], // S2 封开县 封川检查站
  'warm-2016-decheng': [441226, '镇街级'], // S2 德庆 德城
  'warm-2016-yuecheng': [441226, '镇街级'], // S2 德庆 悦城
  'warm-2016-xiaoxiang': [441204, '镇街级'], // S2 高要 小湘
  'warm-2021-huaiji': [441224, '县区级'], // S6 怀集县
  'guangning-cultural-palace': [441223, '县区级'], // S7
  'xinghu-archway-square': [441202, '县区级'], // S12, 端州区 by our placement
  'duanzhou-zhilian': [441202, '县区级'], // S12
  'huaiji-sanjiangkou-park': [441224, '县区级'], // S12
  'fengkai-yuegui-service-area': [441225, '镇街级'], // S15 江口街道
  'fengkai-people-square': [441225, '县区级'], // S18
  'huaiji-recuperation-base': [441224, '镇街级'], // S24 桥头镇
};
/** S12's two stations whose county the source does not state: listed, not drawn. */
const NOT_DRAWN = ['icbc-zhaoqing-branch', 'sinopec-lantang-station'];
const COUNTS: Record<string, number> = { 端州区: 2, 鼎湖区: 0, 高要区: 1, 广宁县: 1, 怀集县: 3, 封开县: 3, 德庆县: 2, 四会市: 0 };

describe('/service-places/', () => {
  it('draws every reported place with a known county inside that county, with its precision', async () => {
    const { page, errors, close } = await openPage(browser(), `${base}/service-places/`);
    const placed = await page.evaluate(markersAndTheirCounties, 'figure#service-map svg');
    expect(Object.fromEntries(placed.map((p) => [p.key, [p.counties, p.kind]]))).toEqual(
      Object.fromEntries(Object.entries(DRAWN).map(([key, [county, precision]]) => [key, [[county], precision]])),
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('shows per county how many reported places are known, on the map and in its table, without JavaScript', async () => {
    const { page, close } = await openPage(browser(), `${base}/service-places/`, { javaScriptEnabled: false });
    const map = page.locator('figure#service-map svg[role="img"]');
    expect(await map.locator('g.county').count()).toBe(COUNTIES.length);
    const labels = await map.locator('text.county-label').evaluateAll((ts) => ts.map((t) => [t.firstChild?.textContent, t.querySelector('tspan')?.textContent]));
    expect(Object.fromEntries(labels)).toEqual(Object.fromEntries(Object.entries(COUNTS).map(([name, n]) => [name, `${n}处`])));
    const rows = await page.locator('figure#service-map details.chart-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(Object.fromEntries(rows.slice(0, 8).map((r) => [r[0], Number(r[1])]))).toEqual(COUNTS);
    expect(rows.find((r) => r[0] === '县区未写明（不画点）')?.slice(1, 2)).toEqual([String(NOT_DRAWN.length)]);
    await close();
  });

  it('states the precision in the legend, the table and the list, and says which county is our placement', async () => {
    const { page, close } = await openPage(browser(), `${base}/service-places/`, { javaScriptEnabled: false });
    const legend = await page.locator('figure#service-map svg').textContent();
    expect(legend).toContain('县区级：只知道所在县区');
    expect(legend).toContain('镇街级：原文写明镇或街道');
    expect(await page.locator('figure#service-map details.chart-table thead th').allTextContents()).toEqual(['县区', '已报道地点', '县区级', '镇街级', '精确', '未定位（不画点）', '其中县区为本站判断']);
    for (const [key, [, precision]] of Object.entries(DRAWN)) expect(await page.locator(`#place-${key}`).getAttribute('data-precision')).toBe(precision);
    for (const key of NOT_DRAWN) expect(await page.locator(`#place-${key}`).innerText()).toContain('未定位：原文没有写明县区，不画在图上');
    expect(await page.locator('#place-xinghu-archway-square').innerText()).toContain('端州区（县区为本站判断，待核实）');
    expect(await page.locator('main').innerText()).toContain('肇庆星湖牌坊广场站点（图上第 2 处，画在端州区）');
    await close();
  });

  it('lets a keyboard user walk the list: number, precision, date and a link to the source', async () => {
    const { page, close } = await openPage(browser(), `${base}/service-places/`);
    const seen = (await tabThroughPlaceList(page, Object.keys(DRAWN).length + NOT_DRAWN.length)).map((v) => v.id);
    expect(seen.sort()).toEqual([...Object.keys(DRAWN), ...NOT_DRAWN].map((k) => `place-${k}`).sort());
    const recuperation = await page.locator('#place-huaiji-recuperation-base').innerText();
    expect(recuperation).toContain('桥头镇');
    expect(recuperation).toContain('2025年5月（推断）');
    expect(await page.locator('#place-huaiji-recuperation-base a[href$="/sources/#nfgb-2025-guangning-recuperation"]').count()).toBe(1);
    await close();
  });

  it('offers the precision in the download, one column per row', async () => {
    const { page, close } = await openPage(browser(), `${base}/`);
    const csv = await page.evaluate((url) => fetch(url).then((r) => r.text()), `${base}/data/union-service-places/latest/union-service-places.csv`);
    const [header, ...rows] = csv.trimEnd().split('\n');
    const column = header!.split(',').indexOf('precision');
    expect(column).toBeGreaterThan(0);
    expect(rows.map((r) => r.split(',')[column]).sort()).toEqual([...Object.values(DRAWN).map(([, p]) => p), '未定位', '未定位'].sort());
    await close();
  });
});

describe('/service-places/map/ and the embed', () => {
  it('are complete maps without JavaScript', async () => {
    for (const path of ['/service-places/map/', '/embed/service-map/']) {
      const { page, close } = await openPage(browser(), `${base}${path}`, { javaScriptEnabled: false });
      expect(await page.locator('svg g.county').count()).toBe(COUNTIES.length);
      expect(await page.locator('svg g.place').count()).toBe(Object.keys(DRAWN).length);
      await close();
    }
  });
});
