import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseYaml, yamlToValue } from '../../../src/lib/validation/yaml-doc.ts';

const Schema = z.object({ title: z.string(), note: z.string().optional(), list: z.array(z.string()).optional() });

describe('parseYaml(text, file, lineOffset)', () => {
  it('reports a syntax error on its real line (plus the offset)', () => {
    const text = 'title: a\nnote: b\nlist: [x, y\nother: 1\n';
    expect(parseYaml(text, 'f.yaml').problems).toMatchObject([{ code: 'YAML-SYNTAX', line: 4 }]);
    expect(parseYaml(text, 'f.yaml', 10).problems).toMatchObject([{ code: 'YAML-SYNTAX', line: 14 }]);
  });
  it('refuses aliases, each on its line', () => {
    expect(parseYaml('a: &x [1]\nb: *x\nc: *x\n', 'f.yaml').problems.map((p) => [p.code, p.line])).toEqual([
      ['YAML-ALIAS', 2],
      ['YAML-ALIAS', 3],
    ]);
  });
  it('refuses a duplicate key', () => expect(parseYaml('a: 1\na: 2\n', 'f.yaml').problems).toMatchObject([{ code: 'YAML-SYNTAX', line: 2 }]));
});

describe('yamlToValue(text, file, schema, code)', () => {
  it('checks strings after escapes and folding, on the line the value starts', () => {
    const escaped = yamlToValue('title: "\\u0031\\u0033\\u0038\\u0031\\u0032\\u0033\\u0034\\u0035\\u0036\\u0037\\u0038"\n', 'f.yaml', Schema, 'X');
    expect(escaped.problems).toMatchObject([{ code: 'PII-MOBILE', line: 1, field: 'title' }]);
    const folded = yamlToValue('title: t\nnote: >-\n  号码 138\n  1234 5678\n', 'f.yaml', Schema, 'X');
    expect(folded.problems).toMatchObject([{ code: 'PII-MOBILE', line: 2, field: 'note' }]);
  });
  it('returns the value beside text problems, and no value when the schema fails', () => {
    const withText = yamlToValue('title: "a\\u202Eb"\n', 'f.yaml', Schema, 'X');
    expect(withText.value).toEqual({ title: 'a\u202eb' });
    expect(withText.problems).toMatchObject([{ code: 'TEXT-CONTROL', line: 1 }]);
    const wrong = yamlToValue('note: x\n', 'f.yaml', Schema, 'X');
    expect(wrong.value).toBeUndefined();
    expect(wrong.problems).toMatchObject([{ code: 'X', field: 'title' }]);
  });
});

describe('yamlTextProblems: release checksums are not text', () => {
  // A SHA-256 digest whose hex holds 62344095936793400: 17 digits that pass the card check.
  const HASH = '5d8f6cce532a7aeb57196be62344095936793400b3aeb3580d248b17d5518a86';
  const Record = z.object({ sha256: z.string(), title: z.string().optional() });
  const check = (text: string) => yamlToValue(text, 'data/x/releases.yaml', Record, 'X').problems.map((p) => [p.code, p.line]);

  it('lets a 64-digit hex checksum under sha256 pass', () => {
    expect(check(`sha256: ${HASH}\n`)).toEqual([]);
  });

  it('still checks the same digits anywhere else, and anything under sha256 that is not a checksum', () => {
    expect(check(`sha256: ${HASH}\ntitle: ${HASH}\n`)).toEqual([['PII-BANK-CARD', 2]]);
    expect(check('sha256: 6234 4095 9367 93400\n')).toEqual([['PII-BANK-CARD', 1]]);
    expect(check(`sha256: ${HASH.toUpperCase()}\n`)).toEqual([['PII-BANK-CARD', 1]]);
  });
});
