import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { repoCatalog } from '../helpers/site.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const base = inject('baseUrl');
const catalog = repoCatalog();
const browser = useBrowser();

/** The source column of the data row a link points to (/data/<id>/#row-<key>). */
const sourceOfRow = (href: string) => {
  const [, dataset, key] = /\/data\/([^/]+)\/#row-(.+)$/.exec(href)!;
  return catalog.datasets.find((d) => d.id === dataset)!.latest.rows.find((row) => row.key === key)!.source;
};

// Newest first by the dates in data/sources.yaml; 2025 without month after the dated 2025
// sources; the two whose year is not printed (--02-27, --07-02) last.
const ORDER = [
  'nfgb-2025-guangning-recuperation', 'gdftu-2025-may-day', 'anon-2025-recuperation-exchange', 'zqartware-2025-model-worker',
  'workercn-2025-deqing-craftsmen', 'zhang-sihui-interview-2025', 'grrb-2024-bay-area-contest', 'workercn-2024-rest-stations',
  'workercn-2024-bozhi-planting', 'zq-union-2023-plenary', 'grrb-2023-fengkai-service-area', 'nfplus-2023-gaoxin-studios',
  'anon-2022-outdoor-stations', 'workercn-2022-gaoxin-festival', 'workercn-2022-craftsmen-college', 'grrb-2022-hardship',
  'xjrb-2022-hardship', 'guangning-2021-cultural-palace', 'zqtv-2021-huaiji-warm-current', 'xjrb-2020-macao-exchange',
  'xjrb-2020-duanzhou-school-grants', 'anon-2018-warm-current', 'xjrb-2016-warm-current', 'anon-2015-plenary',
  'anon-zhaoshui-union-forest', 'gdgy-deqing-summer-visits',
];

describe('/sources/', () => {
  it('lists every source of data/sources.yaml, newest first, those without a printed year last and said so', async () => {
    const { page, close } = await openPage(browser(), `${base}/sources/`, { javaScriptEnabled: false });
    const ids = await page.locator('main article.source-entry').evaluateAll((els) => els.map((el) => el.id));
    expect(ids).toEqual(ORDER);
    expect([...ids].sort()).toEqual(catalog.sources.map((s) => s.id).sort());
    expect(await page.locator('main p.source-group').innerText()).toContain('没有印年份');
    expect(await page.evaluate(() => document.querySelector('p.source-group')?.nextElementSibling?.id)).toBe('anon-zhaoshui-union-forest');
    await close();
  });

  it('gives under each source every figure it gave, as the site writes it, linked to its dataset row', async () => {
    const { page, close } = await openPage(browser(), `${base}/sources/`, { javaScriptEnabled: false });
    const counts: Record<string, number> = {};
    for (const source of catalog.sources) {
      const shown = await page.locator(`[id="${source.id}"] a.fact`).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      // The figure rows (datasets with a value, qualifier and unit column; place lists are not figures) whose source column names this source.
      const figureDatasets = catalog.datasets.filter((d) => ['value', 'qualifier', 'unit'].every((name) => d.meta.fields.some((f) => f.name === name)));
      const expected = figureDatasets.flatMap((d) => d.latest.rows.filter((row) => row.source === source.id).map((row) => `/data/${d.id}/#row-${String(row.key)}`));
      expect(shown.sort()).toEqual(expected.sort());
      counts[source.id] = shown.length;
    }
    // The four figures of the May Day report, as printed there (public-record.md).
    const mayDay = await page.locator('[id="gdftu-2025-may-day"] a.fact').evaluateAll((links) => links.map((a) => `${a.getAttribute('href')} ${a.textContent}`));
    expect(mayDay.sort()).toEqual([
      '/data/model-worker-outreach/#row-service-teams-gdftu 46支',
      '/data/rural-craftsmen/#row-2024-certified 1092人',
      '/data/rural-craftsmen/#row-2024-trained 2127人次',
      '/data/union-meetings/#row-2025-may-day-attendance 110余人',
    ]);
    // Counted by hand in the public record and the fact sheet.
    expect(counts).toMatchObject({ 'zhang-sihui-interview-2025': 22, 'xjrb-2022-hardship': 17, 'grrb-2022-hardship': 12, 'gdftu-2025-may-day': 4, 'anon-2018-warm-current': 7, 'gdgy-deqing-summer-visits': 0 });
    await close();
  });

  it('shows a re-host as such, not as a link, and says how an inferred date is known', async () => {
    const { page, close } = await openPage(browser(), `${base}/sources/`, { javaScriptEnabled: false });
    const entry = page.locator('[id="xjrb-2022-hardship"]');
    const text = await entry.innerText();
    expect(text).toContain('http://www.dpfrb.com/2022/0519/550354.shtml');
    expect(text).toContain('转载自西江日报，原始页面未核实');
    expect(text).toContain('2022年5月19日（推断）');
    expect(await entry.locator('a[href="http://www.dpfrb.com/2022/0519/550354.shtml"]').count()).toBe(0);
    expect(await page.locator('[id="workercn-2022-gaoxin-festival"] a[href="https://www.workercn.cn/c/2022-10-02/7183762.shtml"]').count()).toBe(1);
    await close();
  });
});

describe('every figure links to its source entry', () => {
  it('a <Fact> in an article, without JavaScript: its 源 link leads to the entry of that figure’s source', async () => {
    const { page, close } = await openPage(browser(), `${base}/articles/model-workers-2024/`, { javaScriptEnabled: false });
    const pairs = await page.locator('article a.fact').evaluateAll((links) =>
      links.map((a) => ({ row: a.getAttribute('href') ?? '', source: a.nextElementSibling?.matches('a.fact-source') ? a.nextElementSibling.getAttribute('href') : null })),
    );
    expect(pairs.length).toBeGreaterThanOrEqual(7);
    for (const { row, source } of pairs) {
      expect(source).toBe(`/sources/#${sourceOfRow(row)}`);
    }
    await page.locator('article a.fact-source').first().click();
    await page.waitForURL(/\/sources\/#zhang-sihui-interview-2025$/);
    expect(await page.locator('article.source-entry:target h2').innerText()).toBe('《要把职工的“心上事”当作“上心事”》');
    await close();
  });

  it('the 源 link is reached by keyboard and opened with Enter', async () => {
    const { page, close } = await openPage(browser(), `${base}/articles/model-workers-2024/`);
    for (let i = 0; i < 80 && !(await page.evaluate(() => document.activeElement?.matches('article a.fact-source') ?? false)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sources\/#/);
    await close();
  });

  it('dataset tables link the source column to the source entry, also after sorting', async () => {
    const { page, close } = await openPage(browser(), `${base}/data/hardship-assistance-by-year/`);
    const hrefs = () => page.locator('table.data-table td a[href^="/sources/"]:not(.fact-mark)').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(await hrefs())).toEqual(new Set(['/sources/#xjrb-2022-hardship', '/sources/#grrb-2022-hardship']));
    await page.locator('table.data-table th button', { hasText: '来源' }).click();
    await page.waitForSelector('table.data-table th[aria-sort]');
    expect((await hrefs()).length).toBe(17);
    await close();
  });

  it('figure cards on the home page link to their source', async () => {
    const { page, close } = await openPage(browser(), `${base}/`, { javaScriptEnabled: false });
    const links = await page.locator('.cards .card .meta a[href^="/sources/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBe(await page.locator('.cards .card').count());
    // Each card's source is the one its dataset row names (the source column of data/<id>/data.csv).
    const rows = await page.locator('.cards .card .meta a[href*="#row-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links).toEqual(rows.map((row) => `/sources/#${sourceOfRow(row)}`));
    expect(new Set(links)).toEqual(new Set(['/sources/#zhang-sihui-interview-2025', '/sources/#grrb-2022-hardship', '/sources/#gdftu-2025-may-day', '/sources/#workercn-2024-rest-stations']));
    await close();
  });
});
