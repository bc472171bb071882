import { excerptHtml } from './excerpt.ts';
import { chunkForWord, chunksForPrefix, decodeChunk, decodeFilter, decodeFragment, decodeMeta, isUnzipped, type IndexMeta, type WordIndex } from './pagefind-index.ts';
import { queryToTerms, relaxTerms, termLookups, type QueryTerm } from './query.ts';
import { rankPages, type PageScore } from './rank.ts';

export interface SearchHit {
  url: string;
  title: string;
  type?: string;
  date?: string;
  version?: string;
  /** HTML: escaped page text with the hits in <mark>. */
  excerpt: string;
}

export interface SearchResults {
  total: number;
  /** True when no page has every term and these pages have some of them. */
  partial: boolean;
  /** Hits `from`…`from + count`: fetches only those pages' fragments. */
  hits(from: number, count: number): Promise<SearchHit[]>;
}

export interface SearcherOptions {
  /** URL of the folder Pagefind wrote, ending in a slash (e.g. "/pagefind/"). */
  bundle: string;
  /** The site's base URL, prefixed to result paths (e.g. "/" or "/repo/"). */
  baseUrl?: string;
  language?: string;
  /** The index's language hash (e.g. "zh-cn_6bbe99c56ffec"), when the page knows it: saves fetching pagefind-entry.json. */
  indexHash?: string;
  fetch?: (url: string) => Promise<Response>;
}


/** Pagefind's files are gzip; a host that already decoded them is handled too. */
async function unzip(response: Response): Promise<Uint8Array> {
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
  const raw = new Uint8Array(await response.arrayBuffer());
  if (isUnzipped(raw)) return raw;
  const stream = new Blob([raw]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function segmentWords(text: string): string[] {
  return [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * Search over a Pagefind index: fetches the metadata on the first query, then only the word
 * chunks a query's terms fall in, the filter when one is used, and the fragments of the
 * results shown. Every file is fetched once (again only after a failure).
 */
export function createSearcher({ bundle, baseUrl = '/', language = 'zh-cn', indexHash, fetch: get = (u) => fetch(u) }: SearcherOptions) {
  const files = new Map<string, Promise<Uint8Array>>();
  const file = (path: string) => {
    let loaded = files.get(path);
    if (!loaded) {
      loaded = get(bundle + path).then(unzip);
      files.set(path, loaded);
      // A failed fetch is tried again by the next search, not remembered.
      loaded.catch(() => files.delete(path));
    }
    return loaded;
  };
  /** The index metadata, fetched as the searcher starts; after a failure, again when next needed. */
  let metaLoad: Promise<IndexMeta> | undefined;
  const meta = () => {
    if (!metaLoad) {
      const loading = (async () => decodeMeta(await file(`pagefind.${indexHash || (await entryHash())}.pf_meta`)))();
      metaLoad = loading;
      // Nothing replaces metaLoad while it is set, so the failed load is still the current one.
      loading.catch(() => {
        metaLoad = undefined;
      });
    }
    return metaLoad;
  };
  async function entryHash(): Promise<string> {
    const { languages } = (await (await get(`${bundle}pagefind-entry.json`)).json()) as { languages: Record<string, { hash: string }> };
    const lang = languages[language] ?? Object.values(languages)[0];
    if (!lang) throw new Error('Pagefind index: no language');
    return lang.hash;
  }
  meta();

  /** The word chunks the terms need, each fetched once. */
  async function chunkFiles(terms: QueryTerm[]): Promise<Uint8Array[]> {
    const { chunks } = await meta();
    const lookups = terms.map(termLookups);
    const hashes = new Set([
      ...lookups.flatMap((l) => l.words.flatMap((word) => chunkForWord(chunks, word) ?? [])),
      ...lookups.flatMap((l) => l.prefixes.flatMap((prefix) => chunksForPrefix(chunks, prefix))),
    ]);
    return Promise.all([...hashes].map((h) => file(`index/${h}.pf_index`)));
  }

  async function wordsFor(terms: QueryTerm[]): Promise<WordIndex> {
    const decoded = (await chunkFiles(terms)).map(decodeChunk);
    return new Map(decoded.flatMap((index) => [...index]));
  }

  /**
   * Starts fetching the chunks of the query's Chinese phrases while the reader is still
   * typing (the search itself waits for a pause): each pair is one exact word, one chunk.
   * A prefix (a single character, a Latin word being typed) can span many chunks: it waits.
   */
  function prefetch(query: string): void {
    const phrases = queryToTerms(query).filter((t) => t.kind === 'phrase');
    if (phrases.length > 0) chunkFiles(phrases).catch(() => undefined);
  }

  async function pagesWith(filter: string, value: string): Promise<Set<number>> {
    const found = (await meta()).filters.find((f) => f.name === filter);
    if (!found) return new Set();
    return decodeFilter(await file(`filter/${found.hash}.pf_filter`)).get(value) ?? new Set();
  }

  async function toHit(page: PageScore, terms: QueryTerm[]): Promise<SearchHit> {
    const { pages } = await meta();
    const fragment = decodeFragment(await file(`fragment/${pages[page.page]!.hash}.pf_fragment`));
    return {
      url: baseUrl.replace(/\/$/, '') + fragment.url,
      title: fragment.meta.title ?? fragment.url,
      type: fragment.meta.type,
      date: fragment.meta.date,
      version: fragment.meta.version,
      excerpt: excerptHtml(fragment.content, terms),
    };
  }

  /** Pages for `query`, best first; `filters` keeps pages with these values (e.g. { type: '文章' }). */
  async function search(query: string, filters: Record<string, string> = {}): Promise<SearchResults> {
    const { pages } = await meta();
    const allowedSets = await Promise.all(Object.entries(filters).map(([k, v]) => pagesWith(k, v)));
    const allowed = allowedSets.length ? new Set([...allowedSets[0]!].filter((p) => allowedSets.every((s) => s.has(p)))) : undefined;
    let terms = queryToTerms(query);
    let ranked = rankPages(terms, await wordsFor(terms), pages, { requireAll: true, allowed });
    let partial = false;
    if (ranked.length === 0 && terms.some((t) => t.kind === 'phrase')) {
      // No page has the phrase as typed (认种认养认捐, written 认种、认养、认捐): first the pages with
      // every word of it, as Pagefind's own search finds them; failing that, pages with some words.
      terms = relaxTerms(terms, segmentWords);
      const words = await wordsFor(terms);
      ranked = rankPages(terms, words, pages, { requireAll: true, allowed });
      if (ranked.length === 0) {
        ranked = rankPages(terms, words, pages, { requireAll: false, allowed });
        partial = true;
      }
    }
    return {
      total: ranked.length,
      partial: partial && ranked.length > 0,
      hits: (from, count) => Promise.all(ranked.slice(from, from + count).map((p) => toHit(p, terms))),
    };
  }

  return { search, prefetch };
}

/**
 * The results of one index followed by another's (the current index, then the archive of
 * older articles): one list to page through. Pages with every word are never followed by
 * pages with only some: when one side found full matches, the other side's partial ones are left out.
 */
export function concatResults(first: SearchResults, second: SearchResults): SearchResults {
  if (first.total > 0 && second.total > 0 && first.partial !== second.partial) return first.partial ? second : first;
  return {
    total: first.total + second.total,
    partial: first.total > 0 ? first.partial : second.partial,
    async hits(from, count) {
      const own = from < first.total ? await first.hits(from, Math.min(count, first.total - from)) : [];
      const rest = count - own.length;
      return rest > 0 ? [...own, ...(await second.hits(Math.max(0, from - first.total), rest))] : own;
    },
  };
}
