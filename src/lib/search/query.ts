/**
 * What a query asks for, in the terms Pagefind's index holds. Pagefind 1.6 indexes Chinese
 * text as overlapping pairs of characters (困难职工 → 困难 难职 职工) besides whole words, so a
 * run of Chinese characters is looked up as its pairs and must occur as a phrase; a single
 * character or a word in another script matches every indexed word it begins.
 */
export type QueryTerm =
  | { kind: 'phrase'; text: string; pairs: string[] }
  | { kind: 'prefix'; text: string };

const HAN_RUN = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
const HAN = /\p{Script=Han}/u;

function runToTerm(run: string): QueryTerm {
  const chars = [...run];
  if (!HAN.test(run) || chars.length === 1) return { kind: 'prefix', text: run };
  return { kind: 'phrase', text: run, pairs: chars.slice(0, -1).map((c, i) => c + chars[i + 1]) };
}

/**
 * A reader's query → the terms every result must contain: lower case, punctuation and
 * spaces as separators, Chinese apart from digits and Latin letters (3000万 → 3000, 万).
 * @example queryToTerms('工会林 2025') // [{ kind: 'phrase', text: '工会林', pairs: ['工会', '会林'] }, { kind: 'prefix', text: '2025' }]
 */
export function queryToTerms(query: string): QueryTerm[] {
  const words = query.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u);
  // An empty word (before leading or after trailing punctuation) matches nothing: no term.
  const terms = words.flatMap((w) => (w.match(HAN_RUN) ?? []).map(runToTerm));
  return terms.filter((t, i) => terms.findIndex((u) => u.text === t.text) === i);
}

/**
 * Looser terms for a query that found nothing as typed: each Chinese phrase split into the
 * words a segmenter finds (肇庆工会林数量 → 肇庆, 工会林, 数量), so pages with some of them can be offered.
 */
export function relaxTerms(terms: QueryTerm[], segment: (text: string) => string[]): QueryTerm[] {
  const out = terms.flatMap((t) => (t.kind === 'phrase' ? segment(t.text).flatMap((w) => queryToTerms(w)) : [t]));
  return out.filter((t, i) => out.findIndex((u) => u.text === t.text) === i);
}

/**
 * What the index must be read for: a phrase's pairs, each an exact word (a phrase is matched
 * on its pairs' positions alone), or a prefix with every word it begins.
 */
export function termLookups(term: QueryTerm): { words: string[]; prefixes: string[] } {
  return term.kind === 'phrase' ? { words: term.pairs, prefixes: [] } : { words: [], prefixes: [term.text] };
}
