import { describe, expect, it } from 'vitest';
import { excerptHtml, findHits } from '../../../src/lib/search/excerpt.ts';
import { queryToTerms } from '../../../src/lib/search/query.ts';

describe('findHits(text, terms)', () => {
  it('finds every hit, ignoring case, with overlaps merged', () => {
    expect(findHits('Union forests, union', queryToTerms('union'))).toEqual([[0, 5], [15, 20]]);
    expect(findHits('劳模林和劳模', queryToTerms('劳模林 劳模'))).toEqual([[0, 3], [4, 6]]);
  });
  it('falls back to a phrase’s pairs when the phrase itself is not in the text', () => {
    expect(findHits('困难的职工', queryToTerms('困难职工'))).toEqual([[0, 2], [3, 5]]);
  });
  it('gives offsets in the text itself, also after an İ (whose lower case is two characters)', () => {
    expect(findHits('İ 工会。', queryToTerms('工会'))).toEqual([[2, 4]]);
    expect(excerptHtml('İstanbul 工会。', queryToTerms('工会'))).toBe('İstanbul <mark>工会</mark>。');
  });
  it('lowers the case of a word as a whole, as the query’s is (Greek Σ at the end of a word is ς)', () => {
    expect(findHits('ΟΔΟΣ 工会', queryToTerms('οδος'))).toEqual([[0, 4]]);
  });
  it('merges hits of different terms in text order, also when they only touch', () => {
    // 林 is found at 2 before 工会 at 0 (terms are searched one after the other).
    expect(findHits('工会林', queryToTerms('林 工会'))).toEqual([[0, 3]]);
    expect(findHits('林场工会', queryToTerms('工会 林'))).toEqual([[0, 1], [2, 4]]);
  });
});

describe('excerptHtml(content, terms, size)', () => {
  it('joins Pagefind’s zero-width word breaks and marks the hits', () => {
    expect(excerptHtml('工会\u200b林\u200b是\u200b什么', queryToTerms('工会林'))).toBe('<mark>工会林</mark>是什么');
  });
  it('shows the stretch with the most hits, with ellipses where it was cut', () => {
    const content = `${'甲'.repeat(100)}劳模乙劳模丙劳模${'丁'.repeat(100)}`;
    const html = excerptHtml(content, queryToTerms('劳模'), 30);
    expect(html.startsWith('…')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
    expect(html.match(/<mark>劳模<\/mark>/g)).toHaveLength(3);
  });
  it('reads any run of white space, line breaks included, as one space', () => {
    expect(excerptHtml('工会\n\n  林场', queryToTerms('工会'))).toBe('<mark>工会</mark> 林场');
    expect(excerptHtml('\n  工会林  \n', queryToTerms('工会'))).toBe('<mark>工会</mark>林');
  });
  it('prefers a later stretch with more hits to an earlier lone hit, and marks only hits inside the stretch', () => {
    // Hits at 0, 52, 55 and 58; the stretch opens 10 characters before the hit at 52.
    const content = `劳模${'甲'.repeat(50)}劳模乙劳模丙劳模${'丁'.repeat(50)}`;
    expect(excerptHtml(content, queryToTerms('劳模'), 20)).toBe(`…${'甲'.repeat(10)}<mark>劳模</mark>乙<mark>劳模</mark>丙<mark>劳模</mark>丁丁…`);
  });
  it('keeps the first stretch when a later one has no more hits, and counts no hit outside a stretch', () => {
    // Hits at 0 and 3, then one at 35: from 25 the stretch holds one hit, not the two before it.
    const content = `劳模乙劳模${'甲'.repeat(30)}劳模${'丁'.repeat(30)}`;
    expect(excerptHtml(content, queryToTerms('劳模'), 20)).toBe(`<mark>劳模</mark>乙<mark>劳模</mark>${'甲'.repeat(15)}…`);
    // Two hits at the very start of the text (0, 5) and two later (40, 45): the first pair wins the tie.
    const tie = `劳模${'甲'.repeat(3)}劳模${'乙'.repeat(33)}劳模${'丙'.repeat(3)}劳模${'丁'.repeat(30)}`;
    expect(excerptHtml(tie, queryToTerms('劳模'), 20)).toBe(`<mark>劳模</mark>甲甲甲<mark>劳模</mark>${'乙'.repeat(13)}…`);
  });
  it('counts and marks a hit that ends exactly where the stretch ends', () => {
    expect(excerptHtml('工会甲甲甲工会', queryToTerms('工会'), 7)).toBe('<mark>工会</mark>甲甲甲<mark>工会</mark>');
    // A lone hit at 0, then hits at 32 and 40: the stretch from 22 holds both, the second ending at its last character.
    const content = `工会${'甲'.repeat(30)}工会${'乙'.repeat(6)}工会${'丁'.repeat(10)}`;
    expect(excerptHtml(content, queryToTerms('工会'), 20)).toBe(`…${'甲'.repeat(10)}<mark>工会</mark>${'乙'.repeat(6)}<mark>工会</mark>…`);
  });
  it('escapes the page text, so markup in a page never becomes markup in results', () => {
    const html = excerptHtml('工会<script>alert(1)</script> & "数据"', queryToTerms('工会'));
    expect(html).toBe('<mark>工会</mark>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;数据&quot;');
  });
  it('opens neither inside a Latin word nor on the punctuation after it', () => {
    expect(excerptHtml('数据集 · Union forest plots. 工会林地块', queryToTerms('工会林'))).toBe('…plots. <mark>工会林</mark>地块');
  });
  it('keeps a Latin word or punctuation that opens the text', () => {
    expect(excerptHtml('Union 工会', queryToTerms('工会'))).toBe('Union <mark>工会</mark>');
    expect(excerptHtml('。工会林', queryToTerms('工会'))).toBe('。<mark>工会</mark>林');
  });
  it('stops moving the start at the hit, also when the hit is inside a Latin word', () => {
    expect(excerptHtml('abcdefghijklmnoforest.', queryToTerms('forest'))).toBe('…<mark>forest</mark>.');
  });
  it('starts at the beginning when nothing matches', () => {
    expect(excerptHtml('一二三四五六', queryToTerms('七'), 3)).toBe('一二三…');
  });
});
