import type { Posting, WordIndex } from './pagefind-index.ts';
import type { QueryTerm } from './query.ts';

/** BM25 saturation and length normalisation, at Pagefind's defaults. */
const K1 = 1.2;
const B = 0.75;
/** A word in the page's title metadata counts like this many body words. */
const META_WEIGHT = 2;

export interface PageScore {
  page: number;
  score: number;
  /** How many of the query's terms the page contains. */
  matched: number;
}

const length = (s: string) => [...s].length;
const weightOf = (p: Posting) => p.occurrences.reduce((sum, o) => sum + o.weight, 0) + META_WEIGHT * p.metaCount;

function add(tf: Map<number, number>, page: number, value: number) {
  if (value > 0) tf.set(page, (tf.get(page) ?? 0) + value);
}

/** Every indexed word the prefix begins, weighted by how much of the word it covers. */
function prefixFrequencies(prefix: string, index: WordIndex): Map<number, number> {
  const tf = new Map<number, number>();
  for (const [word, postings] of index) {
    if (!word.startsWith(prefix)) continue;
    const similarity = length(prefix) / length(word);
    for (const p of postings()) add(tf, p.page, similarity * weightOf(p));
  }
  return tf;
}

/**
 * Occurrences of the phrase: its pairs at word positions that follow on (a pair starts in
 * the word where the previous one started, or in the next word), weighted by where they start.
 */
function phraseFrequencies(pairs: string[], index: WordIndex): Map<number, number> {
  const tf = new Map<number, number>();
  const [firstList = [], ...restLists] = pairs.map((p) => index.get(p)?.() ?? []);
  // Each later pair's positions by page, built once (a common pair is on thousands of pages).
  const byPage = restLists.map((list) => new Map(list.map((p) => [p.page, new Set(p.occurrences.map((o) => o.position))])));
  for (const first of firstList) {
    const rest = byPage.map((pages) => pages.get(first.page) ?? new Set<number>());
    if (rest.some((s) => s.size === 0)) continue;
    for (const start of first.occurrences) {
      let reach = new Set([start.position]);
      for (const positions of rest) reach = new Set([...positions].filter((q) => reach.has(q) || reach.has(q - 1)));
      if (reach.size > 0) add(tf, first.page, start.weight);
    }
  }
  return tf;
}

/** Per page, the weighted number of times the term occurs in it. */
export function termFrequencies(term: QueryTerm, index: WordIndex): Map<number, number> {
  return term.kind === 'phrase' ? phraseFrequencies(term.pairs, index) : prefixFrequencies(term.text, index);
}

/**
 * Pages ranked by BM25 over the query's terms. With `requireAll`, only pages that contain
 * every term; otherwise pages with more of the terms first. `allowed` limits the pages (a filter).
 */
export function rankPages(
  terms: QueryTerm[],
  index: WordIndex,
  pages: { wordCount: number }[],
  options: { requireAll: boolean; allowed?: Set<number> },
): PageScore[] {
  const average = pages.reduce((sum, p) => sum + p.wordCount, 0) / Math.max(pages.length, 1);
  const scores = new Map<number, PageScore>();
  for (const term of terms) {
    const tf = termFrequencies(term, index);
    const idf = Math.log(1 + (pages.length - tf.size + 0.5) / (tf.size + 0.5));
    for (const [page, f] of tf) {
      if (options.allowed && !options.allowed.has(page)) continue;
      const norm = 1 - B + (B * (pages[page]?.wordCount ?? average)) / average;
      const entry = scores.get(page) ?? { page, score: 0, matched: 0 };
      entry.score += (idf * f * (K1 + 1)) / (f + K1 * norm);
      entry.matched += 1;
      scores.set(page, entry);
    }
  }
  return [...scores.values()]
    .filter((s) => !options.requireAll || s.matched === terms.length)
    .sort((a, b) => b.matched - a.matched || b.score - a.score || a.page - b.page);
}
