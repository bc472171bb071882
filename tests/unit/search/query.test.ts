import { describe, expect, it } from 'vitest';
import { queryToTerms, relaxTerms, termLookups } from '../../../src/lib/search/query.ts';

describe('queryToTerms(query)', () => {
  it('looks up a run of Chinese characters as its overlapping pairs', () => {
    expect(queryToTerms('困难职工')).toEqual([{ kind: 'phrase', text: '困难职工', pairs: ['困难', '难职', '职工'] }]);
  });
  it('matches a single character, a number or a Latin word as a prefix, in lower case', () => {
    expect(queryToTerms('林')).toEqual([{ kind: 'prefix', text: '林' }]);
    expect(queryToTerms('Union  FOREST')).toEqual([
      { kind: 'prefix', text: 'union' },
      { kind: 'prefix', text: 'forest' },
    ]);
  });
  it('separates Chinese from digits and treats punctuation as a space', () => {
    expect(queryToTerms('3000万').map((t) => t.text)).toEqual(['3000', '万']);
    expect(queryToTerms('“工会林”，劳模').map((t) => t.text)).toEqual(['工会林', '劳模']);
    expect(queryToTerms('２０２５年工作目标').map((t) => t.text)).toEqual(['2025', '年工作目标']);
  });
  it('drops repeated terms and gives nothing for an empty or punctuation-only query', () => {
    expect(queryToTerms('劳模 劳模').map((t) => t.text)).toEqual(['劳模']);
    expect(queryToTerms('  ，。!? ')).toEqual([]);
    expect(queryToTerms('“工会林”')).toEqual([{ kind: 'phrase', text: '工会林', pairs: ['工会', '会林'] }]);
  });
});

describe('relaxTerms(terms, segment)', () => {
  it('splits each phrase into the segmenter’s words and keeps other terms', () => {
    const segment = (s: string) => (s === '肇庆工会林数量' ? ['肇庆', '工会林', '数量'] : [s]);
    expect(relaxTerms(queryToTerms('肇庆工会林数量 2025'), segment).map((t) => t.text)).toEqual(['肇庆', '工会林', '数量', '2025']);
  });
  it('leaves single characters, numbers and Latin words whole, and drops a word found twice', () => {
    const characters = (s: string) => [...s];
    expect(relaxTerms(queryToTerms('工会林 union 2025 林'), characters).map((t) => t.text)).toEqual(['工', '会', '林', 'union', '2025']);
  });
});

describe('termLookups(term)', () => {
  it('reads a phrase’s pairs as exact words and a prefix with the words it begins', () => {
    expect(queryToTerms('工会林 union 林').map(termLookups)).toEqual([
      { words: ['工会', '会林'], prefixes: [] },
      { words: [], prefixes: ['union'] },
      { words: [], prefixes: ['林'] },
    ]);
  });
});
