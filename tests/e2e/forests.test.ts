import { describe, expect, inject, it } from 'vitest';
import { COUNTIES } from '../../src/lib/map/counties.ts';
import { rowsToPlots } from '../../src/lib/map/plots.ts';
import { openPage } from '../helpers/browser.ts';
import { useBrowser } from '../helpers/use-browser.ts';
import { repoCatalog } from '../helpers/site.ts';

const base = inject('baseUrl');
const plots = rowsToPlots(repoCatalog().datasets.find((d) => d.id === 'union-forest-plots')!.latest.rows);
const browser = useBrowser();

describe('/forests/', () => {
  it('shows the eight counties with their names, without JavaScript', async () => {
    const { page, errors, close } = await openPage(browser(), `${base}/forests/`, { javaScriptEnabled: false });
    const map = page.locator('figure#forest-map svg[role="img"]');
    expect(await map.isVisible()).toBe(true);
    expect(await map.locator('g.county').count()).toBe(COUNTIES.length);
    const names = await map.locator('g.county text').allTextContents();
    expect(names.sort()).toEqual(COUNTIES.map((c) => c.name).sort());
    expect(errors).toEqual([]);
    await close();
  });

  it('places each plot marker inside the county it declares', async () => {
    const { page, close } = await openPage(browser(), `${base}/forests/`);
    const placed = await page.evaluate(() => {
      const svg = document.querySelector('figure#forest-map svg')!;
      return [...svg.querySelectorAll<SVGGElement>('g.plot')].map((g) => {
        const c = g.querySelector('circle')!;
        const point = new DOMPoint(Number(c.getAttribute('cx')), Number(c.getAttribute('cy')));
        const inside = [...svg.querySelectorAll<SVGGElement>('g.county')].filter((county) => county.querySelector('path')!.isPointInFill(point));
        return { key: g.dataset.key, counties: inside.map((county) => Number(county.dataset.adcode)) };
      });
    });
    expect(placed).toEqual(plots.map((p) => ({ key: p.key, counties: [p.county] })));
    await close();
  });

  it('marks illustrative plots in the legend and the list, and keeps them out of the totals', async () => {
    const { page, close } = await openPage(browser(), `${base}/forests/`);
    expect(await page.locator('figure#forest-map svg').textContent()).toContain('示例点位：非真实地点，不计入任何合计');
    expect(await page.locator('.plot-list .tag.illustrative').count()).toBe(plots.filter((p) => p.illustrative).length);
    const table = await page.locator('figure#forest-map details.chart-table tbody tr td:nth-child(2)').allTextContents();
    expect(table.map(Number).reduce((a, b) => a + b, 0)).toBe(plots.filter((p) => !p.illustrative).length);
    await close();
  });

  it('lets a keyboard user move through the plot list, each plot described', async () => {
    const { page, close } = await openPage(browser(), `${base}/forests/`);
    await page.locator('.plot-list li').first().focus();
    const visited: string[] = [];
    for (let i = 0; i < plots.length; i++) {
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { id: el.id, desc: document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '' };
      });
      visited.push(focused.id);
      expect(focused.desc).toContain('WGS84');
      await page.keyboard.press('Tab');
    }
    expect(visited).toEqual(plots.map((p) => `plot-${p.key}`));
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
