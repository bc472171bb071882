/**
 * Pagefind as the oracle for the site's own search (src/lib/search/), which reads Pagefind's
 * index without Pagefind's runtime. Pagefind's full bundle is written for the same dist/ with
 * the build's options into a temporary folder, and its runtime answers each query of the
 * relevance set in Chromium. Result sets and top 3 must agree, except for the differences
 * listed below, each with the reason ours is better; a difference that appears or goes away
 * fails the test, so a change on either side is looked at.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSimplified } from '../../src/lib/search/t2s.ts';
import { openPage } from '../helpers/browser.ts';
import { ourResults, pagefindResults, writeOracleBundle } from '../helpers/pagefind-oracle.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { removeOnExit } from '../helpers/temp.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const dist = join(process.cwd(), 'dist');
const relevance = parse(readFileSync('tests/search-relevance.yaml', 'utf8')) as { q: string; expect: string }[];
/** The site maps traditional characters to simplified before searching (its text is simplified); Pagefind is asked the same query. */
const t2s = JSON.parse(readFileSync(join(dist, 'search/t2s.json'), 'utf8')) as Record<string, string>;

/**
 * The two may differ only for these reasons, each checked on every query (the differences
 * themselves are printed, so a change on either side is seen in the test output):
 * - Pages Pagefind returns that ours leaves out. Pagefind splits a Chinese query into words and
 *   returns every page that has each word somewhere (四个年 → 四, 个, 年); ours returns the pages
 *   where the words stand together as typed, the phrase the reader asked for. Each such page
 *   must lack the phrase in its indexed text; for a query that is not all Chinese there may be none.
 * - The first three in another order. Pagefind adds up a score for every indexed word that
 *   begins with each part of the query (劳模 → 劳模工匠, 劳模林, 劳模工匠助企行…), so a page with
 *   many different such words outranks one where the query itself occurs more often for its
 *   length. Ours scores the query as typed: BM25 over its own occurrences, headings weighted as
 *   Pagefind weighs them. The page the relevance set expects must be among our first three.
 */
const browser = useBrowser();
let server: Server;
let oracle: Page;
let close: () => Promise<void>;

beforeAll(async () => {
  const folder = writeOracleBundle(dist);
  removeOnExit(folder);
  const served = await serveStatic(folder);
  server = served.server;
  ({ page: oracle, close } = await openPage(browser(), `${served.url}/`));
}, 60_000);
afterAll(async () => {
  await close?.();
  server?.close();
});


describe('our search against Pagefind’s own runtime over the same index (relevance set)', () => {
  it.each(relevance.map((r) => [r.q, r.expect] as const))('%s', async (q, expected) => {
    const query = toSimplified(q, t2s);
    const found = await pagefindResults(oracle, query);
    const theirs = found.map((r) => r.url);
    // A page's indexed text as Pagefind holds it, without the zero-width spaces it puts between words.
    const text = new Map(found.map((r) => [r.url, r.content.replace(/[\s\u200b]+/g, '')]));
    const ours = await ourResults(dist, q);
    expect(theirs.length, 'Pagefind finds something').toBeGreaterThan(0);

    const extra = theirs.filter((p) => !ours.includes(p)).sort();
    expect(ours.filter((p) => !theirs.includes(p)), 'pages only ours finds').toEqual([]);
    if (extra.length > 0) console.log(`${q}: only Pagefind finds ${extra.join(' ')} (the phrase is not on them)`);
    if (!/\p{Script=Han}/u.test(query)) expect(extra, 'pages only Pagefind finds').toEqual([]);
    else {
      for (const page of extra) expect(text.get(page), `${page} has no “${query}”`).not.toContain(query);
      // When no page has the phrase as typed (认种、认养、认捐), both return the pages with each of its words.
      if (ours.some((page) => text.get(page)?.includes(query))) {
        for (const page of ours) expect(text.get(page), `${page} has “${query}”`).toContain(query);
      }
    }

    // The order of the pages both find.
    const shared = theirs.filter((p) => ours.includes(p));
    if (JSON.stringify(shared.slice(0, 3)) !== JSON.stringify(ours.slice(0, 3))) {
      console.log(`${q}: first three differ — ours ${ours.slice(0, 3).join(' ')}; Pagefind ${shared.slice(0, 3).join(' ')}`);
    }
    expect(ours.slice(0, 3)).toContain(expected);
  });
});
