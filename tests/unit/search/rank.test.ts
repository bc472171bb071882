import { describe, expect, it } from 'vitest';
import type { Posting, WordIndex } from '../../../src/lib/search/pagefind-index.ts';
import { queryToTerms } from '../../../src/lib/search/query.ts';
import { rankPages, termFrequencies } from '../../../src/lib/search/rank.ts';

const at = (...positions: number[]) => positions.map((position) => ({ position, weight: 1 }));
/** Page 0: “工会林” as a phrase (pairs at word positions 3, 4); page 1: 工会 and 会林 far apart; page 2: 工会林 in its h1. */
const postings: [string, Posting[]][] = [
  ['工会', [{ page: 0, occurrences: at(3), metaCount: 0 }, { page: 1, occurrences: at(1), metaCount: 0 }, { page: 2, occurrences: [{ position: 0, weight: 7 }], metaCount: 0 }]],
  ['会林', [{ page: 0, occurrences: at(4), metaCount: 0 }, { page: 1, occurrences: at(9), metaCount: 0 }, { page: 2, occurrences: [{ position: 1, weight: 7 }], metaCount: 0 }]],
  ['林地', [{ page: 1, occurrences: at(20, 30), metaCount: 0 }]],
  ['林', [{ page: 0, occurrences: at(5), metaCount: 0 }]],
];
const index: WordIndex = new Map(postings.map(([word, list]) => [word, () => list]));
const pages = [{ wordCount: 100 }, { wordCount: 100 }, { wordCount: 100 }];

describe('termFrequencies(term, index)', () => {
  it('counts a phrase only where its pairs follow on', () => {
    expect(termFrequencies(queryToTerms('工会林')[0]!, index)).toEqual(new Map([[0, 1], [2, 7]]));
  });
  it('weighs a prefix by how much of each word it covers', () => {
    expect(termFrequencies(queryToTerms('林')[0]!, index)).toEqual(new Map([[0, 1], [1, 1]]));
  });
});

describe('termFrequencies(term, index): metadata and empty postings', () => {
  // union: in page 0's text once and its title once; page 1 lists it with no place at all.
  const meta: WordIndex = new Map([['union', () => [{ page: 0, occurrences: at(1), metaCount: 1 }, { page: 1, occurrences: [], metaCount: 0 }]]]);
  it('counts a word in the title like two in the text, and no page where the word has no place', () => {
    expect(termFrequencies(queryToTerms('union')[0]!, meta)).toEqual(new Map([[0, 3]]));
  });
});

describe('rankPages(terms, index, pages, options)', () => {
  it('puts a page with the phrase in its title first and leaves out pages without the phrase', () => {
    expect(rankPages(queryToTerms('工会林'), index, pages, { requireAll: true }).map((s) => s.page)).toEqual([2, 0]);
  });
  it('with requireAll, keeps only pages with every term; without, ranks by terms matched', () => {
    const terms = queryToTerms('工会 林地');
    expect(rankPages(terms, index, pages, { requireAll: true }).map((s) => s.page)).toEqual([1]);
    expect(rankPages(terms, index, pages, { requireAll: false }).map((s) => [s.page, s.matched])).toEqual([[1, 2], [2, 1], [0, 1]]);
  });
  it('keeps only the allowed pages (a filter)', () => {
    expect(rankPages(queryToTerms('工会'), index, pages, { requireAll: true, allowed: new Set([1]) }).map((s) => s.page)).toEqual([1]);
  });
  it('puts pages of equal score in page order', () => {
    const tie: WordIndex = new Map([['帮扶', () => [{ page: 2, occurrences: at(1), metaCount: 0 }, { page: 1, occurrences: at(1), metaCount: 0 }, { page: 0, occurrences: at(1), metaCount: 0 }]]]);
    expect(rankPages(queryToTerms('帮扶'), tie, pages, { requireAll: true }).map((s) => s.page)).toEqual([0, 1, 2]);
  });
  it('finds nothing for a word the index does not have', () => {
    expect(rankPages(queryToTerms('火星'), index, pages, { requireAll: true })).toEqual([]);
  });
});

describe('rankPages(terms, index, pages, options): BM25 at Pagefind’s defaults (k1 1.2, b 0.75)', () => {
  // “帮扶” twice in a 50-word page, twice in a 500-word page, once in another 50-word page;
  // a fourth page of 200 words without it. Average length 200.
  const bm25Index: WordIndex = new Map([
    ['帮扶', () => [{ page: 0, occurrences: at(1, 2), metaCount: 0 }, { page: 1, occurrences: at(1, 2), metaCount: 0 }, { page: 2, occurrences: at(1), metaCount: 0 }]],
    ['资金', () => [{ page: 1, occurrences: at(3), metaCount: 0 }]],
  ]);
  const lengths = [{ wordCount: 50 }, { wordCount: 500 }, { wordCount: 50 }, { wordCount: 200 }];
  const help = queryToTerms('帮扶');

  it('ranks a short page above a long one with the same occurrences, and above a long one with more', () => {
    // Without length normalisation pages 0 and 1 would tie and page 2 would come last.
    expect(rankPages(help, bm25Index, lengths, { requireAll: true }).map((s) => s.page)).toEqual([0, 2, 1]);
  });

  it('scores by the BM25 formula: idf ln(1 + (4 − 3 + 0.5) / (3 + 0.5)), two occurrences in a page a quarter of the average length', () => {
    const [first] = rankPages(help, bm25Index, lengths, { requireAll: true });
    expect(first!.score).toBeCloseTo(0.621532, 5);
  });

  it('weighs a rare term above a common one: the long page that alone has 资金 comes first for 帮扶 资金', () => {
    const ranked = rankPages(queryToTerms('帮扶 资金'), bm25Index, lengths, { requireAll: false });
    expect(ranked.map((s) => [s.page, s.matched])).toEqual([[1, 2], [0, 1], [2, 1]]);
    // 帮扶 0.344916 (two in a page 2.5 times the average) + 资金 ln(1 + 3.5 / 1.5) × 2.2 ÷ (1 + 1.2 × 2.125).
    expect(ranked[0]!.score).toBeCloseTo(1.09104, 5);
  });
});
