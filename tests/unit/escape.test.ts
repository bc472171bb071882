import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeXml, jsonForScript } from '../../src/lib/escape.ts';
import { HOSTILE, HOSTILE_ALL } from '../fixtures/hostile-values/values.ts';

/** Decodes the character references escapeHtml and escapeXml write (what a parser does). */
const decode = (s: string) =>
  s.replace(/&(#\d+|amp|lt|gt|quot);/g, (_, e: string) => (e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : { amp: '&', lt: '<', gt: '>', quot: '"' }[e]!));

describe.each([
  ['escapeHtml', escapeHtml],
  ['escapeXml', escapeXml],
])('%s(text)', (_, escape) => {
  it.each(Object.entries(HOSTILE))('leaves no markup character of %s, and decodes back to the text', (_, value) => {
    const out = escape(value);
    expect(out).not.toMatch(/[<>"']/);
    expect(decode(out)).toBe(value);
  });
});

describe('escapeHtml(text)', () => {
  it('writes the usual entities', () => {
    expect(escapeHtml(HOSTILE.attribute)).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('escapeXml(text)', () => {
  it('replaces characters XML 1.0 cannot carry, keeps tab, newlines and astral characters', () => {
    expect(escapeXml('a\u0000b\u0008c\u001bd\ufffe')).toBe('a\ufffdb\ufffdc\ufffdd\ufffd');
    expect(escapeXml('\t\n\r')).toBe('\t\n\r');
    expect(escapeXml('树🌳')).toBe('树🌳');
    expect(escapeXml('x\ud83cy\udf33')).toBe('x\ufffdy\ufffd');
  });
});

describe('jsonForScript(value)', () => {
  const value = { name: HOSTILE_ALL, nested: [HOSTILE.script, { [HOSTILE.attribute]: HOSTILE.comment }] };
  const out = jsonForScript(value);
  it('reads back as the same value', () => expect(JSON.parse(out)).toEqual(value));
  it('contains nothing that ends the script element or opens a comment in it', () => {
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out.toLowerCase()).not.toContain('</script');
    expect(out).not.toContain('<!--');
  });
  it('escapes with \\u sequences', () => expect(jsonForScript('</a>&')).toBe('"\\u003c/a\\u003e\\u0026"'));
});
