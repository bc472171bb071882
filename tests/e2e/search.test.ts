import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { builtPagePaths } from '../helpers/site.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const base = inject('baseUrl');
const relevance = parse(readFileSync('tests/search-relevance.yaml', 'utf8')) as { q: string; expect: string }[];
const browser = useBrowser();

/** Result paths shown on /search/?q=… once the results (or the empty message) appear. */
async function searchPaths(page: Page, q: string, type = ''): Promise<string[]> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(q)}${type ? `&type=${encodeURIComponent(type)}` : ''}`);
  await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('the relevance set (tests/search-relevance.yaml)', () => {
  it(`has at least 25 queries`, () => expect(relevance.length).toBeGreaterThanOrEqual(25));
  it('finds every query’s page among the first 3 results', async () => {
    const { page, errors, close } = await openPage(browser(), `${base}/search/`);
    const misses: string[] = [];
    for (const { q, expect: want } of relevance) {
      const top = (await searchPaths(page, q)).slice(0, 3);
      if (!top.includes(want)) misses.push(`${q} → ${want}; got ${top.join(', ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the search index', () => {
  it('holds every built page that marks content for search, and no other', () => {
    const dist = join(process.cwd(), 'dist');
    const marked = builtPagePaths().filter((p) => readFileSync(join(dist, p, 'index.html'), 'utf8').includes('data-pagefind-body'));
    const bundle = join(dist, 'pagefind/fragment');
    const indexed = readdirSync(bundle).map((f) => (JSON.parse(gunzipSync(readFileSync(join(bundle, f))).subarray(12).toString()) as { url: string }).url);
    expect(marked.length).toBeGreaterThan(10);
    expect(indexed.sort()).toEqual(marked);
  });
});

describe('/search/ in the browser', () => {
  it('shows results with type, title and highlighted excerpt as the reader types', async () => {
    const { page, errors, close } = await openPage(browser(), `${base}/search/`);
    await page.locator('#q').fill('工会林');
    await page.waitForSelector('#search-results li');
    const first = page.locator('#search-results li').first();
    expect(await first.locator('p.small').innerText()).toMatch(/^(文章|数据集|页面)/);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('工会林');
    const metas = await page.locator('#search-results li p.small').allInnerTexts();
    expect(metas).toContain('文章 · 2026-11-22');
    expect(metas.some((m) => /^数据集 · \d{4}-\d{2}-\d{2} · 版本 \d+\.\d+\.\d+$/.test(m))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows ten results, then more on request, moving focus to the first new one', async () => {
    const { page, close } = await openPage(browser(), `${base}/search/?q=工会`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const total = Number((await page.locator('#search-status').innerText()).match(/(\d+) 条/)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('#search-results li').count()).toBe(10);
    await page.locator('#search-more').focus();
    await page.keyboard.press('Enter');
    // Ten more at a time: the button stays while results remain.
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length === n, Math.min(total, 20));
    expect(await page.locator('#search-more').isHidden()).toBe(total <= 20);
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[10])).toBe(true);
    await close();
  });

  it('says so when no page has every word, and shows pages with some of them', async () => {
    const { page, close } = await openPage(browser(), `${base}/search/?q=${encodeURIComponent('工会林火星基地')}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.locator('#search-status').innerText()).toMatch(/没有页面包含.*全部词语/);
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    await close();
  });

  // Pagefind caps an index chunk near 30 KB (gzip); a query whose words sit in two chunks
  // downloads both, plus ten excerpts and the page and its script. 80 KB held while the
  // index was one full chunk and a small one (57 KB, 10.5k indexed words); with the public
  // record (about 19k words) 工会林's two words sit in two full chunks: 93 KB on 2026-11-26.
  it('transfers at most 110 KB (gzip) for opening search and a first query', async () => {
    const { page, close } = await openPage(browser(), 'about:blank');
    const sizes: Promise<number>[] = [];
    const urls: string[] = [];
    page.on('response', (r) => {
      urls.push(r.url());
      sizes.push(r.body().then((b) => gzipSync(b).length, () => 0));
    });
    await page.goto(`${base}/search/`);
    await page.locator('#q').fill('工会林');
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    console.log(`first search “工会林”: ${(bytes / 1024).toFixed(1)} KB gzip in ${sizes.length} requests`);
    expect(sizes.length).toBeGreaterThan(3);
    expect(bytes).toBeLessThanOrEqual(110 * 1024);
    // The page carries the index hash, so the metadata is the first index file fetched.
    expect(urls.some((u) => u.endsWith('pagefind-entry.json'))).toBe(false);
    expect(urls.some((u) => u.endsWith('.pf_meta'))).toBe(true);
    await close();
  });

  it('gives the same results for traditional and simplified characters', async () => {
    const { page, close } = await openPage(browser(), `${base}/search/`);
    // Two empty lists would be equal too: the simplified query must find the dataset
    // (tests/search-relevance.yaml), and the traditional one the very same list.
    const simplified = await searchPaths(page, '困难职工帮扶');
    expect(simplified).toContain('/data/hardship-assistance/');
    expect(await searchPaths(page, '困難職工幫扶')).toEqual(simplified);
    await close();
  });

  it('filters by type, and ?type= restores the filter', async () => {
    const { page, close } = await openPage(browser(), `${base}/search/`);
    const datasets = await searchPaths(page, '工会林', '数据集');
    expect(datasets.length).toBeGreaterThan(0);
    expect(datasets.every((p) => p.startsWith('/data/'))).toBe(true);
    expect(await page.locator('input[name="type"][value="数据集"]').isChecked()).toBe(true);
    await close();
  });

  it('loads no search code or index on a page until the search box is used', async () => {
    const { page, close } = await openPage(browser(), `${base}/articles/union-forests/`);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const before = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect([...before, ...requested].filter((u) => /pagefind|\.js$/.test(u))).toEqual([]);
    await page.locator('#site-search').fill('劳模');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('#search-results li');
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    await close();
  });

  it('says search needs JavaScript and lists the sections when JavaScript is off', async () => {
    const { page, close } = await openPage(browser(), `${base}/search/?q=工会林`, { javaScriptEnabled: false });
    expect(await page.locator('main').innerText()).toContain('网站栏目');
    expect(await page.content()).toContain('搜索需要 JavaScript');
    await close();
  });
});
