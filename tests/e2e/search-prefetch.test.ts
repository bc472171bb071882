import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();

describe('/search/ on a slow network', () => {
  it('fetches nothing of the index until the reader enters the search box, then the metadata and the t2s map before any query', async () => {
    const { page, close } = await openPage(browser(), `${base}/search/`);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.waitForLoadState('load');
    expect(requested.filter((p) => p.includes('/pagefind/') || p.endsWith('t2s.json'))).toEqual([]);
    const meta = page.waitForRequest((r) => /\/pagefind\/pagefind\.[^/]+\.pf_meta$/.test(r.url()));
    const t2s = page.waitForRequest((r) => r.url().endsWith('/search/t2s.json'));
    await page.locator('#q').focus();
    await Promise.all([meta, t2s]);
    // Entering the box is not a query: no word chunk and no fragment yet.
    expect(requested.filter((p) => p.includes('/pagefind/index/') || p.includes('/pagefind/fragment/'))).toEqual([]);
    await close();
  });

  it('starts reading the chunks of the words typed before the search runs, and only those', async () => {
    const { page, close } = await openPage(browser(), `${base}/search/`);
    // The page's timers wait for the test: the search runs only when the clock is moved on.
    await page.clock.install();
    await page.waitForLoadState('load');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.locator('#q').focus();
    const chunk = page.waitForRequest((r) => r.url().includes('/pagefind/index/'));
    await page.locator('#q').fill('工会林');
    await chunk;
    // The pause after typing has not passed: no search yet, so no fragment and no result.
    expect(requested.filter((p) => p.includes('/pagefind/fragment/'))).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toBe('');
    await page.clock.runFor(300);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/找到/);
    // 工会林 is read as the pairs 工会 and 会林: at most one chunk each, each fetched once.
    const chunks = requested.filter((p) => p.includes('/pagefind/index/'));
    expect(new Set(chunks).size).toBe(chunks.length);
    expect(chunks.length).toBeLessThanOrEqual(2);
    await close();
  });
});
