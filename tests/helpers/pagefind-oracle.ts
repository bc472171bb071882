/**
 * Pagefind's own search, as the oracle for ours: the full bundle (runtime included) that the
 * pinned `pagefind` writes for the same dist/ with the build's options, in a temporary
 * folder (never in dist/), queried in Chromium through pagefind.js.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createSearcher } from '../../src/lib/search/searcher.ts';
import { toSimplified } from '../../src/lib/search/t2s.ts';
import { pagefindArgs } from '../../src/lib/search/pagefind-cli.ts';

/** Writes Pagefind's full bundle for `dist` into a new temporary folder, with a blank page beside it; returns the folder. */
export function writeOracleBundle(dist: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'zq-pagefind-oracle-'));
  const run = spawnSync(process.execPath, pagefindArgs(dist, join(dir, 'pagefind')), { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pagefind: ${run.stderr}`);
  // Pagefind's runtime, loaded the way its docs show, exposed for the test to call.
  const script = "import * as pagefind from '/pagefind/pagefind.js'; await pagefind.options({ baseUrl: '/' }); window.pagefind = pagefind;";
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>oracle</title><script type="module">${script}</script></head><body></body></html>`);
  return dir;
}

/** Pagefind's runtime's results for `query`, best first (path and indexed text), on a page served from the oracle folder. */
export async function pagefindResults(page: Page, query: string): Promise<{ url: string; content: string }[]> {
  await page.waitForFunction(() => 'pagefind' in window);
  return page.evaluate(async (q) => {
    const { pagefind } = window as unknown as { pagefind: { search(q: string): Promise<{ results: { data(): Promise<{ url: string; content: string }> }[] }> } };
    const search = await pagefind.search(q);
    return Promise.all(search.results.map(async (r) => {
      const { url, content } = await r.data();
      return { url, content };
    }));
  }, query);
}

/** Result paths of the site's own search for `query`, best first, as /search/ runs it (traditional characters mapped to simplified first). */
export async function ourResults(dist: string, query: string): Promise<string[]> {
  const map = JSON.parse(await readFile(join(dist, 'search/t2s.json'), 'utf8')) as Record<string, string>;
  const searcher = createSearcher({ bundle: `${join(dist, 'pagefind')}/`, fetch: async (url) => new Response(await readFile(url)) });
  const results = await searcher.search(toSimplified(query, map));
  return (await results.hits(0, results.total)).map((h) => h.url);
}
