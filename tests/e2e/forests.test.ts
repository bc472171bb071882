import { describe, expect, inject, it } from 'vitest';
import { COUNTIES } from '../../src/lib/map/counties.ts';
import { openPage } from '../helpers/browser.ts';
import { useBrowser } from '../helpers/use-browser.ts';
import { markersAndTheirCounties, tabThroughPlaceList } from '../helpers/map.ts';

const base = inject('baseUrl');
// The plots of data/union-forest-plots/data.csv (key → county): three reported, six examples.
const PLOTS: Record<string, number> = {
  'bozhi-shacun-road': 441226,
  'bozhi-taocun-embankment': 441226,
  'mocun-riverbank-park': 441226,
  'example-1': 441202,
  'example-2': 441203,
  'example-3': 441284,
  'example-4': 441223,
  'example-5': 441224,
  'example-6': 441226,
};
const browser = useBrowser();

describe('/forests/', () => {
  it('shows the eight counties with their names, without JavaScript', async () => {
    const { page, errors, close } = await openPage(browser(), `${base}/forests/`, { javaScriptEnabled: false });
    const map = page.locator('figure#forest-map svg[role="img"]');
    expect(await map.isVisible()).toBe(true);
    expect(await map.locator('g.county').count()).toBe(COUNTIES.length);
    const names = await map.locator('text.county-label').allTextContents();
    expect(names.sort()).toEqual(COUNTIES.map((c) => c.name).sort());
    expect(errors).toEqual([]);
    await close();
  });

  it('places each plot marker inside the county it declares', async () => {
    const { page, close } = await openPage(browser(), `${base}/forests/`);
    const placed = (await page.evaluate(markersAndTheirCounties, 'figure#forest-map svg')).map(({ key, counties }) => ({ key, counties }));
    expect(Object.fromEntries(placed.map(({ key, counties }) => [key, counties]))).toEqual(Object.fromEntries(Object.entries(PLOTS).map(([key, county]) => [key, [county]])));
    expect(placed).toHaveLength(9);
    await close();
  });

  it('shows the reported plantings of 德庆县 with their precision, and the 莫村镇 date with its year unverified', async () => {
    const { page, close } = await openPage(browser(), `${base}/forests/`, { javaScriptEnabled: false });
    // S16 (播植镇, two sites) and S17 (莫村镇 河堤公园, 2月27日, year not printed) of the public record.
    const kinds = await page.locator('figure#forest-map svg g.place[data-illustrative="false"]').evaluateAll((gs) => gs.map((g) => (g as SVGGElement).dataset.kind));
    expect(kinds).toEqual(['镇街级', '镇街级', '镇街级']);
    const mocun = await page.locator('#plot-mocun-riverbank-park').innerText();
    expect(mocun).toContain('2月27日（年份未核实）');
    expect(mocun).toContain('镇街级');
    expect(mocun).toContain('45株');
    expect(await page.locator('#plot-bozhi-shacun-road').innerText()).toContain('植树点');
    await close();
  });

  it('marks illustrative plots in the legend and the list, and keeps them out of the totals', async () => {
    const { page, close } = await openPage(browser(), `${base}/forests/`);
    expect(await page.locator('figure#forest-map svg').textContent()).toContain('示例点位：非真实地点，不计入任何合计');
    expect(await page.locator('.place-list .tag.illustrative').count()).toBe(6);
    // The table counts the three reported plots of 德庆县 only.
    const table = await page.locator('figure#forest-map details.chart-table tbody tr td:nth-child(2)').allTextContents();
    expect(table.map(Number).reduce((a, b) => a + b, 0)).toBe(3);
    await close();
  });

  it('lets a keyboard user move through the plot list, each plot described with its precision', async () => {
    const { page, close } = await openPage(browser(), `${base}/forests/`);
    const visited = await tabThroughPlaceList(page, 9);
    // Reported plots first (by county, then date; a date without its year last), then the examples by county.
    expect(visited.map((v) => v.id)).toEqual([
      'plot-bozhi-shacun-road',
      'plot-bozhi-taocun-embankment',
      'plot-mocun-riverbank-park',
      'plot-example-1',
      'plot-example-2',
      'plot-example-4',
      'plot-example-5',
      'plot-example-6',
      'plot-example-3',
    ]);
    for (const v of visited.slice(0, 3)) expect(v.desc).toContain('镇街级：原文写明镇或街道；图上画在德庆县代表点附近，不是实际位置');
    for (const v of visited.slice(3)) expect(v.desc).toContain('WGS84');
    await close();
  });
});

describe('/forests/map/ (pan and zoom, an enhancement)', () => {
  const viewBox = (page: import('playwright-core').Page) => page.locator('.map-zoom svg').getAttribute('viewBox').then((v) => (v ?? '').split(' ').map(Number));

  it('zooms with the buttons, pans with the arrow keys, and resets', async () => {
    const { page, errors, close } = await openPage(browser(), `${base}/forests/map/`);
    const initial = await viewBox(page);
    const [x0, , w0] = initial;
    await page.getByRole('button', { name: '放大' }).click();
    const [, , w1] = await viewBox(page);
    expect(w1).toBeCloseTo(w0! / 1.5, 3);
    await page.locator('.map-zoom').focus();
    await page.keyboard.press('ArrowRight');
    const [x2] = await viewBox(page);
    expect(x2!).toBeGreaterThan(x0!);
    await page.keyboard.press('0');
    expect(await viewBox(page)).toEqual(initial);
    expect(errors).toEqual([]);
    await close();
  });

  it('is a plain, complete map without JavaScript, the controls hidden', async () => {
    const { page, close } = await openPage(browser(), `${base}/forests/map/`, { javaScriptEnabled: false });
    expect(await page.locator('.map-zoom svg g.county').count()).toBe(COUNTIES.length);
    expect(await page.locator('.map-zoom-controls').isVisible()).toBe(false);
    await close();
  });
});
