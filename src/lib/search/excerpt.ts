import { escapeHtml } from '../escape.ts';
import type { QueryTerm } from './query.ts';

/** Pagefind's fragments separate the words of Chinese text with zero-width spaces. */
const WORD_BREAK = /\u200b/g;
/** Characters of context kept before the first hit in the excerpt. */
const LEAD = 10;
const LATIN = /[A-Za-z0-9]/;
const SKIPPABLE = /[\s.,;:!?，。；：！？、·]/;

/** Start and end of every hit of the terms in `text` (case-insensitive), overlaps merged. */
export function findHits(text: string, terms: QueryTerm[]): [number, number][] {
  // İ (U+0130) is the one character whose lower case is two (i̇): kept as it is, so that an
  // offset in `lower` is the same offset in `text`.
  const lower = text.replace(/[^\u0130]+/g, (run) => run.toLowerCase());
  const needles = terms.flatMap((t) => (t.kind === 'phrase' && !lower.includes(t.text) ? t.pairs : [t.text]));
  const hits: [number, number][] = [];
  for (const needle of needles) {
    for (let at = lower.indexOf(needle); at >= 0 && needle; at = lower.indexOf(needle, at + needle.length)) hits.push([at, at + needle.length]);
  }
  // By start alone: hits that start at the same place merge below in either order.
  hits.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const h of hits) {
    const last = merged.at(-1);
    if (last && h[0] <= last[1]) last[1] = Math.max(last[1], h[1]);
    else merged.push([h[0], h[1]]);
  }
  return merged;
}

/**
 * The stretch of a page's text (about `size` characters) with the most hits, as HTML:
 * everything escaped, the hits in <mark>, an ellipsis where the text was cut.
 * @example excerptHtml('工会林是由工会组织建设的树林', queryToTerms('工会林'), 8) // '<mark>工会林</mark>是由工会组织…'
 */
export function excerptHtml(content: string, terms: QueryTerm[], size = 60): string {
  const text = content.replace(WORD_BREAK, '').replace(/\s+/g, ' ').trim();
  const hits = findHits(text, terms);
  let start = 0;
  let first = 0;
  let best = -1;
  for (const [from] of hits) {
    const s = Math.max(0, from - LEAD);
    const count = hits.filter(([a, b]) => a >= s && b <= s + size).length;
    if (count > best) [best, start, first] = [count, s, from];
  }
  // Open neither inside a Latin word or number nor on the punctuation after one.
  while (start > 0 && start < first && LATIN.test(text[start - 1]!) && LATIN.test(text[start]!)) start++;
  while (start > 0 && start < first && SKIPPABLE.test(text[start]!)) start++;
  const end = Math.min(text.length, start + size);
  let html = start > 0 ? '…' : '';
  let at = start;
  for (const [a, b] of hits.filter(([a, b]) => a >= start && b <= end)) {
    html += `${escapeHtml(text.slice(at, a))}<mark>${escapeHtml(text.slice(a, b))}</mark>`;
    at = b;
  }
  return html + escapeHtml(text.slice(at, end)) + (end < text.length ? '…' : '');
}
