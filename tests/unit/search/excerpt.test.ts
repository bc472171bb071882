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
  it('escapes the page text, so markup in a page never becomes markup in results', () => {
    const html = excerptHtml('工会<script>alert(1)</script> & "数据"', queryToTerms('工会'));
    expect(html).toBe('<mark>工会</mark>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;数据&quot;');
  });
  it('opens neither inside a Latin word nor on the punctuation after it', () => {
    expect(excerptHtml('数据集 · Union forest plots. 工会林地块', queryToTerms('工会林'))).toBe('…plots. <mark>工会林</mark>地块');
  });
  it('starts at the beginning when nothing matches', () => {
    expect(excerptHtml('一二三四五六', queryToTerms('七'), 3)).toBe('一二三…');
  });
});
