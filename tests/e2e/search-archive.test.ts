/**
 * Search in two indexes (src/lib/search/shards.ts), on the real site built with a current
 * index of 3 articles: the 3 newest (union-rest-stations and tree-planting-places of
 * 2026-11-26, hardship-assistance-figures of 2026-11-24, before when-sources-disagree of
 * the same day by path) and every other page; the 6 older articles in the archive.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { copyRepo } from '../helpers/repo-copy.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const browser = useBrowser();
let url = '';
let close = () => {};

beforeAll(() => {
  const repo = copyRepo();
  const build = repo.run('npm', ['run', 'build'], { SEARCH_RECENT_ARTICLES: '3' });
  expect(build.status, build.stderr).toBe(0);
  expect(build.stdout).toContain('较早文章的搜索索引');
  return serveStatic(join(repo.root, 'dist')).then((served) => {
    url = served.url;
    close = () => served.server.close();
  });
}, 300_000);
afterAll(() => close());

const links = (page: import('playwright-core').Page) => page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('search with an archive of older articles', () => {
  it('searches the current index first, says the older articles are not included, and adds them on request', async () => {
    const { page, errors, close: closePage } = await openPage(browser(), `${url}/search/?q=工会林`);
    const status = page.locator('#search-status');
    await expect.poll(() => status.innerText()).toMatch(/共找到 \d+ 条结果（未含更早的 6 篇文章）$/);
    const archive = page.locator('#search-archive');
    expect(await archive.innerText()).toBe('也搜索更早的 6 篇文章');
    // Nothing of the archive is fetched until the reader asks for it.
    const archiveRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind-archive/')) archiveRequests.push(r.url());
    });
    const before = Number(/共找到 (\d+) 条/.exec(await status.innerText())![1]);
    while (await page.locator('#search-more').isVisible()) await page.locator('#search-more').click();
    expect(await links(page)).not.toContain('/articles/union-forests/');
    expect(archiveRequests).toEqual([]);

    await archive.click();
    await expect.poll(() => archive.isHidden()).toBe(true);
    expect(await status.innerText()).not.toContain('未含');
    const after = Number(/共找到 (\d+) 条/.exec(await status.innerText())![1]);
    expect(after).toBeGreaterThan(before);
    while (await page.locator('#search-more').isVisible()) await page.locator('#search-more').click();
    const listed = await links(page);
    expect(listed).toContain('/articles/union-forests/');
    expect(listed).toHaveLength(after);
    // The current index's results come first, the older articles after them.
    expect(listed.indexOf('/articles/union-forests/')).toBeGreaterThanOrEqual(before);
    expect(archiveRequests.some((r) => r.includes('.pf_meta'))).toBe(true);
    expect(errors).toEqual([]);
    await closePage();
  });

  it('reads the archive at once when the current index finds nothing (认种 is only in an older article)', async () => {
    const { page, errors, close: closePage } = await openPage(browser(), `${url}/search/?q=认种`);
    await expect.poll(() => page.locator('#search-status').innerText()).toBe('“认种”共找到 1 条结果');
    expect(await links(page)).toEqual(['/articles/union-forests/']);
    expect(await page.locator('#search-archive').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await closePage();
  });

  it('leaves the archive out of a search for datasets: it holds articles only', async () => {
    const { page, close: closePage } = await openPage(browser(), `${url}/search/?q=工会林&type=数据集`);
    await expect.poll(() => page.locator('#search-status').innerText()).toMatch(/^“工会林”共找到 \d+ 条结果$/);
    expect(await page.locator('#search-archive').isHidden()).toBe(true);
    await closePage();
  });
});
