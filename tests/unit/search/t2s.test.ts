import { describe, expect, it } from 'vitest';
import { toSimplified, traditionalMap } from '../../../src/lib/search/t2s.ts';

// A stand-in for OpenCC: two characters with traditional forms, one that becomes two characters.
const toTraditional = (s: string) => s.replace('会', '會').replace('树', '樹').replace('林', '林林');

describe('traditionalMap(texts, converters)', () => {
  it('maps the traditional form of every Han character of every text back to it, and nothing else', () => {
    expect(traditionalMap(['工会 2025', '植树，A-1'], [toTraditional])).toEqual({ 會: '会', 樹: '树' });
  });

  it('leaves out characters no text uses, and forms of more than one character', () => {
    expect(traditionalMap(['工会林'], [toTraditional])).toEqual({ 會: '会' });
    expect(traditionalMap([], [toTraditional])).toEqual({});
  });

  it('reads characters outside the basic plane whole (a surrogate pair is one character)', () => {
    expect(traditionalMap(['𠮷'], [(s) => (s === '𠮷' ? '吉' : s)])).toEqual({ 吉: '𠮷' });
  });

  it('asks the converters about each Han character once, in code point order, and about nothing else', () => {
    const asked: string[] = [];
    traditionalMap(['林工会 A-1，𠮷会', '林'], [(s) => (asked.push(s), s)]);
    // 会 U+4F1A, 工 U+5DE5, 林 U+6797, 𠮷 U+20BB7.
    expect(asked).toEqual(['会', '工', '林', '𠮷']);
  });

  it('reads the character after U+FFFF (the last of the basic plane is one unit)', () => {
    expect(traditionalMap(['\uffff会'], [toTraditional])).toEqual({ 會: '会' });
  });

  it('keeps every converter: a form from the second maps back as well', () => {
    expect(traditionalMap(['会'], [(s) => s, (s) => s.replace('会', '會')])).toEqual({ 會: '会' });
  });
});

describe('toSimplified(query, map)', () => {
  it('replaces each mapped character and keeps the rest', () => {
    expect(toSimplified('工會林 2025', { 會: '会' })).toEqual('工会林 2025');
  });
});
