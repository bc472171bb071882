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
});
