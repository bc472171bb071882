/**
 * Reads the files Pagefind writes, once un-gzipped: the metadata (`*.pf_meta`), word
 * chunks (`index/*.pf_index`), filters and fragments. Pagefind builds the index
 * (segmentation, chunking, fragments); these few kilobytes search it in the browser in place
 * of Pagefind's own 68 KB runtime, which alone would almost fill the first-search budget (#6).
 *
 * The layout is Pagefind's internal one, so `pagefind` is pinned to an exact version and
 * tests/unit/search/pagefind-index.test.ts reads an index that the pinned version writes.
 */
import { decodeCBOR } from '@levischuck/tiny-cbor';

/** The Pagefind release whose index layout this module reads (package.json pins `pagefind` to it; index-check.ts enforces it at build). */
export const PAGEFIND_VERSION = '1.6.0';

/** Pagefind writes every file as gzip of this signature followed by the payload. */
const SIGNATURE = new TextEncoder().encode('pagefind_dcd');
/** Weights are stored as whole 24ths: 24 is ordinary body text, 168 an h1 (7×). */
const WEIGHT_UNIT = 24;

export interface IndexMeta {
  version: string;
  /** Indexed pages by number: the fragment's hash and the page's word count. */
  pages: { hash: string; wordCount: number }[];
  /** Word chunks in order: chunk i holds the words from `from` (a prefix) up to the next chunk's `from`. */
  chunks: { from: string; hash: string }[];
  filters: { name: string; hash: string }[];
}

/** One page's occurrences of one word. */
export interface Posting {
  page: number;
  /** Word positions in the page's text, each with its weight (1 = body text, 7 = the h1). */
  occurrences: { position: number; weight: number }[];
  /** How often the word occurs in the page's metadata (title, type). */
  metaCount: number;
}

/**
 * Words of one or more chunks, each with the pages it occurs on. The postings are read
 * when first asked for: a query needs a handful of a chunk's thousands of words.
 */
export type WordIndex = Map<string, () => Posting[]>;

/** A filter's values, each with the numbers of the pages that carry it. */
export type FilterIndex = Map<string, Set<number>>;

class IndexFormatError extends Error {
  constructor(what: string) {
    super(`Pagefind index: unexpected ${what} (is pagefind still the pinned version?)`);
  }
}

function array(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new IndexFormatError(what);
  return value;
}
function string(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new IndexFormatError(what);
  return value;
}
function integer(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new IndexFormatError(what);
  return value;
}

/** True for an un-gzipped Pagefind file (it starts with Pagefind's signature). */
export function isUnzipped(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The payload of an un-gzipped Pagefind file. */
function payload(bytes: Uint8Array): Uint8Array {
  if (!isUnzipped(bytes)) throw new IndexFormatError('file signature');
  return bytes.subarray(SIGNATURE.length);
}

const unpack = (bytes: Uint8Array): unknown => decodeCBOR(payload(bytes));

/** What a result shows, from a page's fragment (`fragment/<hash>.pf_fragment`, JSON). */
export interface Fragment {
  url: string;
  content: string;
  meta: Partial<Record<'title' | 'type' | 'date' | 'version', string>>;
}

/** `fragment/<hash>.pf_fragment` → the page's URL, text and metadata. */
export function decodeFragment(bytes: Uint8Array): Fragment {
  const value: unknown = JSON.parse(new TextDecoder().decode(payload(bytes)));
  const { url, content, meta } = (value ?? {}) as Partial<Fragment>;
  return { url: string(url, 'fragment url'), content: string(content, 'fragment content'), meta: meta ?? {} };
}

/** `pagefind.<lang>_<hash>.pf_meta` → pages, chunk ranges and filters. */
export function decodeMeta(bytes: Uint8Array): IndexMeta {
  const [version, pages, chunks, filters] = array(unpack(bytes), 'metadata');
  return {
    version: string(version, 'version'),
    pages: array(pages, 'page list').map((p) => {
      const [hash, wordCount] = array(p, 'page');
      return { hash: string(hash, 'page hash'), wordCount: integer(wordCount, 'word count') };
    }),
    chunks: array(chunks, 'chunk list').map((c) => {
      const [from, , hash] = array(c, 'chunk');
      return { from: string(from, 'chunk range'), hash: string(hash, 'chunk hash') };
    }),
    filters: array(filters, 'filter list').map((f) => {
      const [name, hash] = array(f, 'filter');
      return { name: string(name, 'filter name'), hash: string(hash, 'filter hash') };
    }),
  };
}

/**
 * Locations as Pagefind packs them: runs of positions, each run opened by a negative
 * number −(weight + 1) and delta-encoded from 0 within the run.
 */
function decodeOccurrences(locs: unknown[]): Posting['occurrences'] {
  const out: Posting['occurrences'] = [];
  let weight = 1;
  let position = 0;
  for (const loc of locs) {
    const n = integer(loc, 'word location');
    if (n < 0) {
      weight = (-n - 1) / WEIGHT_UNIT;
      position = 0;
    } else {
      position += n;
      out.push({ position, weight });
    }
  }
  return out;
}

/** `index/<hash>.pf_index` → every word of the chunk with its postings. */
export function decodeChunk(bytes: Uint8Array): WordIndex {
  const [words] = array(unpack(bytes), 'chunk');
  const index: WordIndex = new Map();
  for (const w of array(words, 'word list')) {
    const [word, pages] = array(w, 'word');
    let postings: Posting[] | undefined;
    index.set(string(word, 'word'), () => (postings ??= decodePostings(array(pages, 'postings'))));
  }
  return index;
}

/** A word's pages: page numbers delta-encoded, then each page's locations. */
function decodePostings(pages: unknown[]): Posting[] {
  let page = 0;
  return pages.map((p) => {
    const [delta, locs, metaLocs] = array(p, 'posting');
    page += integer(delta, 'page number');
    const metaCount = array(metaLocs ?? [], 'meta locations').filter((n) => integer(n, 'meta location') >= 0).length;
    return { page, occurrences: decodeOccurrences(array(locs, 'word locations')), metaCount };
  });
}

/** `filter/<hash>.pf_filter` → each value with its pages. */
export function decodeFilter(bytes: Uint8Array): FilterIndex {
  const [, values] = array(unpack(bytes), 'filter');
  return new Map(
    array(values, 'filter values').map((v) => {
      const [value, pages] = array(v, 'filter value');
      return [string(value, 'filter value'), new Set(array(pages, 'filter pages').map((n) => integer(n, 'page')))];
    }),
  );
}

/** Compares by code point, the order Pagefind sorts words in (UTF-16 order differs above U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * The chunks that may hold a word starting with `prefix`: chunk i covers
 * [from_i, from_i+1), and the words with the prefix lie in [prefix, prefix + ∞).
 * @example chunksForPrefix([{ from: '0', hash: 'a' }, { from: '林', hash: 'b' }], '工') // ['a']
 */
export function chunksForPrefix(chunks: IndexMeta['chunks'], prefix: string): string[] {
  return chunks
    .filter((c, i) => {
      const next = chunks[i + 1]?.from;
      const startsBeforeEnd = next === undefined || compareCodePoints(prefix, next) < 0;
      const endsAfterStart = c.from.startsWith(prefix) || compareCodePoints(c.from, prefix) <= 0;
      return startsBeforeEnd && endsAfterStart;
    })
    .map((c) => c.hash);
}

/**
 * The one chunk that holds `word` if the index has it: the last chunk starting at or before
 * it. Pagefind shortens each boundary to the least that tells the chunks apart, and every
 * word of a chunk sorts before the next chunk's `from`, so an exact word never spans two
 * chunks, unlike a prefix (工会 begins words on both sides of a boundary at 工会林).
 * @example chunkForWord([{ from: '0', hash: 'a' }, { from: '工会林', hash: 'b' }], '工会') // 'a'
 */
export function chunkForWord(chunks: IndexMeta['chunks'], word: string): string | undefined {
  let found = chunks[0];
  for (const chunk of chunks) if (compareCodePoints(chunk.from, word) <= 0) found = chunk;
  return found?.hash;
}
