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
 *   must lack one of the query's Chinese phrases in its indexed text; a query without Chinese
 *   may have no such page.
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
    // Ours reads each run of Chinese characters as a phrase (its words side by side); digits and
    // Latin words are terms of their own (2021年帮扶 → 2021 + 年帮扶).
    const phrases = query.match(/\p{Script=Han}+/gu) ?? [];
    const hasAll = (page: string) => phrases.every((p) => text.get(page)?.includes(p));
    if (phrases.length === 0) expect(extra, 'pages only Pagefind finds').toEqual([]);
    for (const page of extra) expect(hasAll(page), `${page} lacks one of ${phrases.join('、')}`).toBe(false);
    // When no page has the phrases as typed (认种、认养、认捐), both return the pages with each of their words.
    if (ours.some(hasAll)) for (const page of ours) expect(hasAll(page), `${page} has ${phrases.join('、')}`).toBe(true);

    // The order of the pages both find.
    const shared = theirs.filter((p) => ours.includes(p));
    if (JSON.stringify(shared.slice(0, 3)) !== JSON.stringify(ours.slice(0, 3))) {
      console.log(`${q}: first three differ — ours ${ours.slice(0, 3).join(' ')}; Pagefind ${shared.slice(0, 3).join(' ')}`);
    }
    expect(ours.slice(0, 3)).toContain(expected);
  });
});
