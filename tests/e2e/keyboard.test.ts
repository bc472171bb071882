import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();

/** Presses Tab until the focused element matches `predicate` (at most `limit` presses). */
async function tabTo(page: Page, predicate: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, predicate)) return;
  }
  throw new Error(`Tab never reached ${predicate}`);
}

describe('keyboard only: search → article → dataset → download', () => {
  it('gets from the home page to a dataset file without a mouse', async () => {
    const { page, errors, close } = await openPage(browser(), `${base}/`);
    await tabTo(page, '#site-search');
    await page.keyboard.type('工会林');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('#search-results li');
    await tabTo(page, '#search-results a[href*="/articles/union-forests/"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/articles\/union-forests\/$/);
    await tabTo(page, 'article a.fact');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/data\/union-forests\/#row-/);
    await tabTo(page, 'section[aria-labelledby="download"] a[download]');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toBe('union-forests.csv');
    expect(errors).toEqual([]);
    await close();
  });

  it('shows where the focus is: a visible outline on links and controls', async () => {
    const { page, close } = await openPage(browser(), `${base}/`);
    await tabTo(page, 'a.brand');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await close();
  });
});
