import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { encodeCBOR, type CBORType } from '@levischuck/tiny-cbor';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkForWord, chunksForPrefix, compareCodePoints, decodeChunk, decodeFilter, decodeFragment, decodeMeta } from '../../../src/lib/search/pagefind-index.ts';
import { createSearcher } from '../../../src/lib/search/searcher.ts';
import { removeOnExit } from '../../helpers/temp.ts';

/** Three small pages indexed by the pinned Pagefind, as the build indexes the site. */
const PAGES = [
  { url: '/articles/forests/', type: '文章', year: '2025', title: '工会林是什么', body: '近两年，各级工会建设工会林，职工认种树苗。' },
  { url: '/data/forests/', type: '数据集', year: '2024', title: '工会林建设', body: '数据集：工会林片数与树苗株数。' },
  { url: '/about/', type: '页面', year: '2025', title: '关于本站', body: '本站发布困难职工帮扶的数字。' },
];
const html = (p: { type: string; year?: string; title: string; body: string }) =>
  `<html lang="zh-CN"><head><title>${p.title}</title></head><body><main data-pagefind-body>` +
  `<span hidden data-pagefind-filter="type:${p.type}" data-pagefind-meta="type:${p.type}"></span>` +
  (p.year ? `<span hidden data-pagefind-filter="year:${p.year}"></span>` : '') +
  `<h1>${p.title}</h1><p>${p.body}</p></main></body></html>`;

let bundle = '';
const read = async (path: string) => new Uint8Array(gunzipSync(await readFile(join(bundle, path))));
const fetchFile = async (url: string) => new Response(await readFile(url));
/** A searcher over the three small pages, reading the files from disk. */
const smallIndexSearcher = () => createSearcher({ bundle: `${bundle}/`, fetch: fetchFile });

/** A search of the small index as a reader sees it: how many pages, whether only some words matched, the first ten pages. */
async function outcome(query: string) {
  const results = await smallIndexSearcher().search(query);
  return { total: results.total, partial: results.partial, urls: (await results.hits(0, 10)).map((h) => h.url) };
}

beforeAll(async () => {
  bundle = mkdtempSync(join(tmpdir(), 'zq-pagefind-'));
  removeOnExit(bundle);
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('pagefind did not start');
  for (const p of PAGES) await index.addHTMLFile({ url: p.url, content: html(p) });
  await index.writeFiles({ outputPath: bundle });
}, 60_000);
afterAll(() => pagefind.close());

async function meta() {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  return decodeMeta(await read(`pagefind.${entry.languages['zh-cn']!.hash}.pf_meta`));
}

describe('decodeMeta(bytes)', () => {
  it('lists every page with its word count, the chunks and the type filter', async () => {
    const m = await meta();
    expect(m.version).toBe('1.6.0');
    expect(m.pages).toHaveLength(3);
    expect(m.pages.every((p) => /^zh-cn_/.test(p.hash) && p.wordCount > 0)).toBe(true);
    expect(m.chunks.length).toBeGreaterThan(0);
    expect(m.filters.map((f) => f.name)).toEqual(['type', 'year']);
  });

  it('refuses a file without Pagefind’s signature, and truncated data', () => {
    expect(() => decodeMeta(new TextEncoder().encode('not an index'))).toThrow(/signature/);
    expect(() => decodeMeta(new TextEncoder().encode('pagefind_dcd'))).toThrow();
    expect(() => decodeChunk(new TextEncoder().encode('pagefind_dcd\x81\x01'))).toThrow(/unexpected/);
    const chunk = decodeChunk(new Uint8Array([...new TextEncoder().encode('pagefind_dcd'), 0x81, 0x81, 0x82, 0x61, 0x78, 0x81, 0x81, 0x61, 0x79]));
    expect(() => chunk.get('x')!()).toThrow(/unexpected page number/);
  });
});

/** A Pagefind file (un-gzipped) holding `value`, to break the layout one field at a time. */
const pf = (value: CBORType) => new Uint8Array([...new TextEncoder().encode('pagefind_dcd'), ...encodeCBOR(value)]);
/** A chunk of one word, `w`, with the given postings. */
const chunkOf = (postings: CBORType) => pf([[['w', postings]]]);

describe('the decoders name the field Pagefind laid out differently', () => {
  const meta = (m: CBORType[]) => () => decodeMeta(pf(m));
  const posting = (p: CBORType) => () => decodeChunk(chunkOf([p])).get('w')!();
  const filter = (f: CBORType) => () => decodeFilter(pf(f));
  it.each<[string, () => unknown]>([
    ['metadata', meta('x' as unknown as CBORType[])],
    ['version', meta([160, [], [], []])],
    ['page list', meta(['1.6.0', 'x', [], []])],
    ['page', meta(['1.6.0', ['x'], [], []])],
    ['page hash', meta(['1.6.0', [[1, 3]], [], []])],
    ['word count', meta(['1.6.0', [['h', 'x']], [], []])],
    ['word count', meta(['1.6.0', [['h', 1.5]], [], []])],
    ['chunk list', meta(['1.6.0', [], 'x', []])],
    ['chunk', meta(['1.6.0', [], ['x'], []])],
    ['chunk range', meta(['1.6.0', [], [[1, 'b', 'h']], []])],
    ['chunk hash', meta(['1.6.0', [], [['a', 'b', 1]], []])],
    ['filter list', meta(['1.6.0', [], [], 'x'])],
    ['filter', meta(['1.6.0', [], [], ['x']])],
    ['filter name', meta(['1.6.0', [], [], [[1, 'h']]])],
    ['filter hash', meta(['1.6.0', [], [], [['type', 1]]])],
    ['chunk', () => decodeChunk(pf('x'))],
    ['word list', () => decodeChunk(pf(['x']))],
    ['word', () => decodeChunk(pf([['x']]))],
    ['word', () => decodeChunk(pf([[[1, []]]]))],
    ['postings', () => decodeChunk(chunkOf('x')).get('w')!()],
    ['posting', posting('x')],
    ['word locations', posting([0, 'x', []])],
    ['word location', posting([0, ['x'], []])],
    ['meta locations', posting([0, [], 'x'])],
    ['meta location', posting([0, [], ['x']])],
    ['filter', filter('x')],
    ['filter values', filter(['type', 'x'])],
    ['filter value', filter(['type', ['x']])],
    ['filter value', filter(['type', [[1, [0]]]])],
    ['filter pages', filter(['type', [['文章', 'x']]])],
    ['page', filter(['type', [['文章', ['x']]]])],
  ])('unexpected %s', (what, decode) => {
    expect(decode).toThrow(`Pagefind index: unexpected ${what} (is pagefind still the pinned version?)`);
  });
  it('unexpected fragment url', () => {
    expect(() => decodeFragment(new TextEncoder().encode('pagefind_dcd{"content":"x"}'))).toThrow('unexpected fragment url (');
  });
});

describe('decodeChunk(bytes): locations', () => {
  it('reads runs of positions, each delta-encoded from 0 after its weight (−(24 × weight) − 1)', () => {
    // Body text (−25) at 3 and 5, then the h1 (−169, weight 7) at 0 and 4.
    expect(decodeChunk(chunkOf([[2, [-25, 3, 2, -169, 0, 4], []]])).get('w')!()).toEqual([{ page: 2, occurrences: [{ position: 3, weight: 1 }, { position: 5, weight: 1 }, { position: 0, weight: 7 }, { position: 4, weight: 7 }], metaCount: 0 }]);
  });
  it('counts the word’s places in the metadata, not the field markers (negative) between them', () => {
    expect(decodeChunk(chunkOf([[0, [], [-1, 0, 1, -2, 0]]])).get('w')!()[0]!.metaCount).toBe(3);
    // A posting written without metadata locations.
    expect(decodeChunk(chunkOf([[0, [-25, 1]]])).get('w')!()).toEqual([{ page: 0, occurrences: [{ position: 1, weight: 1 }], metaCount: 0 }]);
  });
});

describe('decodeChunk(bytes)', () => {
  it('reads Chinese as overlapping pairs with positions, and weighs the h1 above body text', async () => {
    const m = await meta();
    const words = new Map((await Promise.all(m.chunks.map(async (c) => [...decodeChunk(await read(`index/${c.hash}.pf_index`))]))).flat());
    const pages = words.get('会林')?.().map((p) => p.page).sort();
    expect(pages).toEqual([0, 1]);
    const article = words.get('会林')!().find((p) => p.page === 0)!;
    expect(article.occurrences.some((o) => o.weight === 7)).toBe(true);
    expect(article.occurrences.some((o) => o.weight === 1)).toBe(true);
    expect(words.has('帮扶')).toBe(true);
    expect(words.get('帮扶')!().map((p) => p.page)).toEqual([2]);
    // 文章 is only in page 0's metadata (its type), once.
    expect(words.get('文章')!()).toEqual([{ page: 0, occurrences: [], metaCount: 1 }]);
  });
});

describe('decodeFilter(bytes)', () => {
  it('gives each value its pages', async () => {
    const m = await meta();
    const filter = decodeFilter(await read(`filter/${m.filters.find((f) => f.name === 'type')!.hash}.pf_filter`));
    expect([...filter.get('文章')!]).toEqual([0]);
    expect([...filter.get('页面')!]).toEqual([2]);
  });
});

describe('decodeFragment(bytes)', () => {
  it('gives the page’s URL, text and metadata, and refuses a fragment without them', async () => {
    const m = await meta();
    const fragment = decodeFragment(await read(`fragment/${m.pages[0]!.hash}.pf_fragment`));
    expect(fragment).toMatchObject({ url: '/articles/forests/', meta: { title: '工会林是什么', type: '文章' } });
    expect(fragment.content.replace(/\u200b/g, '')).toContain('近两年，各级工会建设工会林');
    expect(() => decodeFragment(new TextEncoder().encode('pagefind_dcd{"url":"/x/"}'))).toThrow(/fragment content/);
  });
});

describe('chunksForPrefix(chunks, prefix)', () => {
  const chunks = [{ from: '0', hash: 'a' }, { from: '林', hash: 'b' }, { from: '职工', hash: 'c' }];
  it('picks the chunk whose range holds the prefix’s words', () => {
    expect(chunksForPrefix(chunks, '工会')).toEqual(['a']);
    expect(chunksForPrefix(chunks, '林地')).toEqual(['b']);
    expect(chunksForPrefix(chunks, '职')).toEqual(['b', 'c']);
    expect(chunksForPrefix(chunks, '职工')).toEqual(['c']);
    expect(chunksForPrefix(chunks, '龙')).toEqual(['c']);
    // Before the first chunk's first word: no chunk can hold a word with the prefix.
    expect(chunksForPrefix([{ from: '1', hash: 'a' }, { from: '林', hash: 'b' }], '0')).toEqual([]);
    expect(chunksForPrefix([{ from: '12', hash: 'a' }, { from: '林', hash: 'b' }], '1')).toEqual(['a']);
  });
  it('orders by code point, as Pagefind does (UTF-16 puts 𠀀 before ｅ)', () => {
    // U+20000 is after U+FF45, though its first UTF-16 unit (D840) is before FF45.
    expect(compareCodePoints('𠀀', 'ｅ')).toBeGreaterThan(0);
    expect(compareCodePoints('ｅ', '𠀀')).toBeLessThan(0);
    expect(compareCodePoints('职工', '职工')).toBe(0);
    expect(['𠀀', 'ｅ', '职', 'a'].sort(compareCodePoints)).toEqual(['a', '职', 'ｅ', '𠀀']);
  });
});

describe('createSearcher({ bundle }).search(query, filters)', () => {
  it('finds the pages with every term, with title, type, base URL and a marked excerpt', async () => {
    const search = createSearcher({ bundle: `${bundle}/`, baseUrl: '/repo/', fetch: fetchFile });
    const results = await search.search('工会林');
    const hits = await results.hits(0, 10);
    expect(results).toMatchObject({ total: 2, partial: false });
    expect(hits.map((h) => h.url).sort()).toEqual(['/repo/articles/forests/', '/repo/data/forests/']);
    expect(hits.find((h) => h.url === '/repo/articles/forests/')).toMatchObject({ title: '工会林是什么', type: '文章' });
    expect(hits.every((h) => h.excerpt.includes('<mark>工会林</mark>'))).toBe(true);
    expect((await (await search.search('本站 帮扶')).hits(0, 10)).map((h) => h.url)).toEqual(['/repo/about/']);
  });

  it('keeps only pages of the chosen type', async () => {
    const search = smallIndexSearcher();
    const hits = await (await search.search('工会林', { type: '数据集' })).hits(0, 10);
    expect(hits.map((h) => h.url)).toEqual(['/data/forests/']);
  });

  it('keeps only pages with every chosen value, and no page for a filter the index lacks', async () => {
    const search = smallIndexSearcher();
    expect((await search.search('工会林', { type: '数据集', year: '2024' })).total).toBe(1);
    expect((await search.search('工会林', { type: '文章', year: '2024' })).total).toBe(0);
    expect((await search.search('工会林', { topic: '文章' })).total).toBe(0);
  });

  it('gives only pages with every term when a page has them all', async () => {
    // 工会林 is on pages 0 and 1, 认种 only on page 0.
    expect(await outcome('工会林 认种')).toEqual({ total: 1, partial: false, urls: ['/articles/forests/'] });
  });

  it('gives the hits asked for, from where asked', async () => {
    const search = smallIndexSearcher();
    const results = await search.search('工会林');
    const all = (await results.hits(0, 10)).map((h) => h.url);
    expect(all).toHaveLength(2);
    expect((await results.hits(0, 1)).map((h) => h.url)).toEqual(all.slice(0, 1));
    expect((await results.hits(1, 10)).map((h) => h.url)).toEqual(all.slice(1));
  });

  it('offers pages with some of the words when none has them all, and says so', async () => {
    const search = smallIndexSearcher();
    const results = await search.search('工会林帮扶');
    expect(results.partial).toBe(true);
    expect(results.total).toBe(3);
    expect(await search.search('火星基地')).toMatchObject({ total: 0, partial: false });
    // A phrase beside a single character: the phrase is split all the same.
    expect(await search.search('工会林帮扶 本')).toMatchObject({ total: 3, partial: true });
  });

  it('gives the pages with every word of a phrase no page has as typed, as full matches', async () => {
    // 职工树苗 is on no page as typed (page 0 has 职工认种树苗); 职工, 树 and 苗 are all on page 0 alone
    // (page 2 has 职工, page 1 树苗).
    expect(await outcome('职工树苗')).toEqual({ total: 1, partial: false, urls: ['/articles/forests/'] });
  });

  it('splits only Chinese phrases: a query of single characters or Latin words finds pages with all of them or none', async () => {
    const search = smallIndexSearcher();
    // 林 is on two pages, 火 on none.
    expect(await search.search('林 火')).toMatchObject({ total: 0, partial: false });
  });

  it('starts from the metadata when the page gives the index hash, without pagefind-entry.json', async () => {
    const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const fetched: string[] = [];
    const recording = (url: string) => (fetched.push(url), fetchFile(url));
    const search = createSearcher({ bundle: `${bundle}/`, indexHash: entry.languages['zh-cn']!.hash, fetch: recording });
    expect((await search.search('工会林')).total).toBe(2);
    expect(fetched.some((u) => u.endsWith('pagefind-entry.json'))).toBe(false);
  });

  it('fetches the metadata as soon as it is created, before the first query', async () => {
    const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const fetched: string[] = [];
    createSearcher({ bundle: `${bundle}/`, indexHash: entry.languages['zh-cn']!.hash, fetch: (url) => (fetched.push(url), fetchFile(url)) });
    await expect.poll(() => fetched).toEqual([`${bundle}/pagefind.${entry.languages['zh-cn']!.hash}.pf_meta`]);
  });

  it('reads the zh-cn index of a site in several languages unless told another', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zq-pagefind-langs-'));
    removeOnExit(dir);
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('pagefind did not start');
    await index.addHTMLFile({ url: '/en/', content: '<html lang="en"><head><title>Union forests</title></head><body><main data-pagefind-body><h1>Union forests</h1><p>Union forests are planted by members.</p></main></body></html>' });
    await index.addHTMLFile({ url: '/zh/', content: html(PAGES[0]!) });
    await index.writeFiles({ outputPath: dir });
    const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    // English comes first: taking the first language would read the wrong index.
    expect(Object.keys(entry.languages)).toEqual(['en', 'zh-cn']);
    const urls = async (language: string | undefined, query: string) => (await (await createSearcher({ bundle: `${dir}/`, language, fetch: fetchFile }).search(query)).hits(0, 10)).map((h) => h.url);
    expect(await urls(undefined, '工会林')).toEqual(['/zh/']);
    expect(await urls('en', 'union')).toEqual(['/en/']);
  });

  it('fails with a message for an index without any language, and finds nothing in an index without words', async () => {
    const fake = (languages: Record<string, { hash: string }>) => (url: string) =>
      Promise.resolve(
        url.endsWith('pagefind-entry.json') ? new Response(JSON.stringify({ version: '1.6.0', languages }))
        : url.endsWith('.pf_meta') ? new Response(pf(['1.6.0', [], [], []]))
        : new Response('', { status: 404 }),
      );
    await expect(createSearcher({ bundle: '/pagefind/', fetch: fake({}) }).search('工会林')).rejects.toThrow('Pagefind index: no language');
    const empty = await createSearcher({ bundle: '/pagefind/', fetch: fake({ 'zh-cn': { hash: 'zh-cn_0' } }) }).search('工会林 union');
    expect(empty).toMatchObject({ total: 0, partial: false });
  });

  it('reads files a host has already un-gzipped', async () => {
    const plain = async (url: string) => {
      const bytes = await readFile(url);
      return new Response(url.endsWith('.json') ? bytes : gunzipSync(bytes));
    };
    const hits = await (await createSearcher({ bundle: `${bundle}/`, fetch: plain }).search('职工')).hits(0, 10);
    expect(hits).toHaveLength(2);
  });
});

/**
 * An index large enough for Pagefind to split its words into several chunks (it closes a
 * chunk once it holds 20,000 word locations). 工会 occurs over 20,000 times, so its chunk
 * ends at it and the next begins at 工会林: words beginning with 工会 lie on both sides.
 */
describe('a search over an index of several chunks', () => {
  const SENTENCES = ['各级工会组织工会会员', '工会经费用于工会帮扶', '市总工会和县区工会', '工会驿站服务职工'];
  const forests = '建设<a href="/forests/">工会林</a><img alt="工会林地块" src="/plots.png">';
  const PAGES_BIG = Array.from({ length: 12 }, (_, i) => ({
    url: `/p${i}/`,
    type: '文章',
    title: i % 4 === 1 ? `工会林建设${i}` : `第${i}页`,
    body: Array.from({ length: 1000 }, (_, s) => SENTENCES[(s * 7 + i) % 4] + (i % 3 === 0 && s === 100 ? `。${forests}` : '')).join('。'),
  }));
  const withForests = PAGES_BIG.filter((p) => p.title.includes('工会林') || p.body.includes('工会林')).length;
  let big = '';
  const fetchBig = async (url: string) => new Response(await readFile(url));

  beforeAll(async () => {
    big = mkdtempSync(join(tmpdir(), 'zq-pagefind-big-'));
    removeOnExit(big);
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('pagefind did not start');
    for (const p of PAGES_BIG) await index.addHTMLFile({ url: p.url, content: html(p) });
    await index.writeFiles({ outputPath: big });
  }, 60_000);

  async function bigIndex() {
    const entry = JSON.parse(await readFile(join(big, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const m = decodeMeta(new Uint8Array(gunzipSync(await readFile(join(big, `pagefind.${entry.languages['zh-cn']!.hash}.pf_meta`)))));
    const words = new Map<string, string>();
    for (const { hash } of m.chunks) for (const word of decodeChunk(new Uint8Array(gunzipSync(await readFile(join(big, `index/${hash}.pf_index`))))).keys()) words.set(word, hash);
    return { meta: m, words };
  }

  it('finds each word in the one chunk Pagefind put it in', async () => {
    const { meta: m, words } = await bigIndex();
    expect(m.chunks.length).toBeGreaterThanOrEqual(3);
    // The case the lookup exists for: a prefix that spans two chunks.
    expect(chunksForPrefix(m.chunks, '工会')).toHaveLength(2);
    for (const [word, hash] of words) expect(chunkForWord(m.chunks, word), word).toBe(hash);
    // A word the index lacks names at most a chunk, never an error.
    expect(chunkForWord(m.chunks, '')).toBe(m.chunks[0]!.hash);
    expect(chunkForWord([], '工会')).toBeUndefined();
  });

  it('fetches only the chunks of the phrase’s pairs, and finds every page with the phrase', async () => {
    const { words } = await bigIndex();
    const fetched: string[] = [];
    const search = createSearcher({ bundle: `${big}/`, fetch: (url) => (fetched.push(url), fetchBig(url)) });
    const results = await search.search('工会林');
    expect(results.total).toBe(withForests);
    expect(withForests).toBe(6);
    const chunkFiles = fetched.filter((u) => u.endsWith('.pf_index')).map((u) => u.replace(/.*\/index\/(.*)\.pf_index$/, '$1'));
    expect(chunkFiles.sort()).toEqual([...new Set([words.get('工会')!, words.get('会林')!])].sort());
  });

  it('loads a phrase’s chunks while the reader types, and a prefix only when the search runs', async () => {
    const fetched: string[] = [];
    const search = createSearcher({ bundle: `${big}/`, fetch: (url) => (fetched.push(url), fetchBig(url)) });
    const chunkFetches = () => fetched.filter((u) => u.endsWith('.pf_index')).length;
    search.prefetch('工');
    search.prefetch('gong');
    await search.search('火星');
    const before = chunkFetches();
    search.prefetch('工会林');
    await expect.poll(chunkFetches).toBeGreaterThan(before);
    const afterPrefetch = chunkFetches();
    expect((await search.search('工会林')).total).toBeGreaterThan(0);
    expect(chunkFetches()).toBe(afterPrefetch);
  });

  it('fetches nothing for a prefix while the reader types, also after the metadata failed to load', async () => {
    const entry = JSON.parse(await readFile(join(big, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    let failures = 1;
    const fetched: string[] = [];
    const flaky = (url: string) => (fetched.push(url), url.endsWith('.pf_meta') && failures-- > 0 ? Promise.resolve(new Response('', { status: 503 })) : fetchBig(url));
    const search = createSearcher({ bundle: `${big}/`, indexHash: entry.languages['zh-cn']!.hash, fetch: flaky });
    await expect(search.search('工会林')).rejects.toThrow(/503/);
    const before = fetched.length;
    search.prefetch('工');
    search.prefetch('gong');
    expect(fetched).toHaveLength(before);
    search.prefetch('工会林');
    expect(fetched.length).toBeGreaterThan(before);
  });

  it.each(['.pf_meta', '.pf_index'])('tries a file again after a failed fetch (%s)', async (kind) => {
    let failures = 1;
    const flaky = (url: string) => (url.endsWith(kind) && failures-- > 0 ? Promise.resolve(new Response('', { status: 503 })) : fetchBig(url));
    const search = createSearcher({ bundle: `${big}/`, fetch: flaky });
    await expect(search.search('工会林')).rejects.toThrow(/503/);
    expect((await search.search('工会林')).total).toBe(withForests);
  });
});
