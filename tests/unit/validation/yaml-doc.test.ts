import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseYaml, yamlTextProblems, yamlToValue } from '../../../src/lib/validation/yaml-doc.ts';

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
  const check = (text: string, keys: readonly string[] = ['sha256']) => yamlToValue(text, 'data/x/releases.yaml', Record, 'X', 0, keys).problems.map((p) => [p.code, p.line]);

  it('lets a 64-digit hex checksum under sha256 pass', () => {
    expect(check(`sha256: ${HASH}\n`)).toEqual([]);
  });

  it('only where the caller names sha256 a checksum key (release records): in any other file it is text', () => {
    expect(check(`sha256: ${HASH}\n`, [])).toEqual([['PII-BANK-CARD', 1]]);
  });

  it('still checks the same digits anywhere else, and anything under sha256 that is not a checksum', () => {
    expect(check(`sha256: ${HASH}\ntitle: ${HASH}\n`)).toEqual([['PII-BANK-CARD', 2]]);
    expect(check('sha256: 6234 4095 9367 93400\n')).toEqual([['PII-BANK-CARD', 1]]);
    expect(check(`sha256: ${HASH.toUpperCase()}\n`)).toEqual([['PII-BANK-CARD', 1]]);
  });

  it('excepts exactly 64 hex digits: not with a character pasted before or after, not with a digit lost or doubled', () => {
    expect(check(`title: t\nsha256: x${HASH}\n`)).toEqual([['PII-BANK-CARD', 2]]);
    expect(check(`title: t\nsha256: ${HASH}x\n`)).toEqual([['PII-BANK-CARD', 2]]);
    expect(check(`title: t\nsha256: ${HASH.slice(1)}\n`)).toEqual([['PII-BANK-CARD', 2]]);
    expect(check(`title: t\nsha256: ${HASH}6\n`)).toEqual([['PII-BANK-CARD', 2]]);
  });
});

describe('parseYaml: what the editor is told', () => {
  it('gives the parser’s first line only, with the fix', () => {
    expect(parseYaml('title: a\nlist: [x, y\nother: 1\n', 'f.yaml').problems).toStrictEqual([
      { code: 'YAML-SYNTAX', file: 'f.yaml', line: 3, message: 'YAML 格式错误：Flow sequence in block collection must be sufficiently indented and end with a ]', fix: '检查缩进（用空格，不用 Tab）、冒号后的空格，以及引号是否成对。' },
    ]);
  });
  it('names the alias and how to do without it; a file that does not parse is not searched for aliases', () => {
    expect(parseYaml('a: &x [1]\nb: *x\n', 'f.yaml').problems).toStrictEqual([{ code: 'YAML-ALIAS', file: 'f.yaml', line: 2, value: '*x', message: 'YAML 引用（& 锚点和 * 别名）不能使用', fix: '把引用的内容直接写出来。' }]);
    expect(parseYaml('a: &x [1]\nb: *x\nlist: [x\n', 'f.yaml').problems.map((p) => p.code)).toEqual(['YAML-SYNTAX']);
  });
  it('finds the line of a path, of its nearest existing parent, or of the document, plus the offset', () => {
    const { lineOf } = parseYaml('title: a\nnested:\n  deep: b\n', 'f.yaml', 5);
    expect([lineOf([]), lineOf(['nested', 'deep']), lineOf(['nested', 'none']), lineOf(['none'])]).toEqual([6, 8, 8, 6]);
    expect(parseYaml('', 'f.yaml', 3).lineOf(['x'])).toBe(4);
  });
});

describe('yamlTextProblems(parsed, file)', () => {
  it('checks keys as well as values; a value is named by its key', () => {
    expect(yamlTextProblems(parseYaml('"电话13812345678": x\nb: 电话13912345678\n', 'f.yaml'), 'f.yaml').map((p) => [p.code, p.line, p.field])).toEqual([
      ['PII-MOBILE', 1, undefined],
      ['PII-MOBILE', 2, 'b'],
    ]);
  });
});

describe('yamlToValue: placeholders and schema messages', () => {
  const Tags = z.object({ title: z.string(), tags: z.array(z.string()) });
  it('stops at every scaffold placeholder left, naming its field and line', () => {
    expect(yamlToValue('title: （请填写）\ntags:\n  - a\n  - x（请填写）\n', 'f.yaml', Tags, 'X')).toStrictEqual({
      problems: [
        { code: 'YAML-PLACEHOLDER', file: 'f.yaml', line: 1, field: 'title', value: '（请填写）', message: '还有待填写的内容', fix: '把“（请填写）”换成实际内容。' },
        { code: 'YAML-PLACEHOLDER', file: 'f.yaml', line: 4, field: 'tags.1', value: '（请填写）', message: '还有待填写的内容', fix: '把“（请填写）”换成实际内容。' },
      ],
    });
  });
  it('tells schema failures in Chinese', () => {
    expect(yamlToValue('title: 1\ntags: []\n', 'f.yaml', Tags, 'X').problems).toMatchObject([{ code: 'X', line: 1, field: 'title', value: '1', message: '无效输入：期望 string，实际接收 数字' }]);
  });
});
