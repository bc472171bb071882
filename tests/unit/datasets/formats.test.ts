import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvToExcelCsv, JSON_ROWS_AT_ONCE, neutraliseFormula, rowsToJson } from '../../../src/lib/datasets/formats.ts';
import { DatasetMetaSchema } from '../../../src/lib/datasets/schemas.ts';
import { KEY_VALUE_NOTE_META } from '../../helpers/meta.ts';

const meta = KEY_VALUE_NOTE_META;
const csv = 'key,value,note\n=1+1,-5,"@SUM(A1)"\nb,2,"含逗号, 和""引号"""\n';

describe('neutraliseFormula(cell)', () => {
  it.each(['=1+1', '+1', '-x', '@A1', '\tx', '\rx'])('neutralises %j', (cell) => expect(neutraliseFormula(cell)).toBe(`'${cell}`));
  it('leaves ordinary text alone', () => expect(neutraliseFormula('近3000万元')).toBe('近3000万元'));
});

describe('csvToExcelCsv(text, meta)', () => {
  /** Called in each test: Stryker credits only tests that run the code. */
  const converted = () => {
    const bytes = csvToExcelCsv(csv, meta);
    return { bytes, text: new TextDecoder().decode(bytes.subarray(3)) };
  };
  it('starts with a UTF-8 BOM and uses CRLF', () => {
    const { bytes, text } = converted();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.split('\r\n')[0]).toBe('key,value,note');
  });
  it('neutralises formulas in text columns and leaves a negative number a number', () => {
    const { text } = converted();
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows[0]).toEqual({ key: "'=1+1", value: '-5', note: "'@SUM(A1)" });
    expect(rows[1]).toEqual({ key: 'b', value: '2', note: '含逗号, 和"引号"' });
  });
  it('neutralises a column name too (an older version’s column is named by its file)', () => {
    const old = new TextDecoder().decode(csvToExcelCsv('key,=cmd|\' /C calc\'!A0\na,b\n', meta).subarray(3));
    expect(old.split('\r\n')[0]).toBe("key,'=cmd|' /C calc'!A0");
  });
});

describe('rowsToJson(rows)', () => {
  const json = (rows: Parameters<typeof rowsToJson>[0]) => new TextDecoder().decode(rowsToJson(rows));
  it('keeps types', () => expect(JSON.parse(json([{ key: 'a', value: 1.5, note: null }]))).toEqual([{ key: 'a', value: 1.5, note: null }]));
  it('writes the same bytes as before it was built row by row (published files never change)', () => {
    expect(json([])).toBe('[]\n');
    expect(json([{ key: 'a', value: 1.5, note: null }, { key: 'b"\n', value: -2, note: '换行\n"引号"' }])).toBe(
      '[\n  {\n    "key": "a",\n    "value": 1.5,\n    "note": null\n  },\n  {\n    "key": "b\\"\\n",\n    "value": -2,\n    "note": "换行\\n\\"引号\\""\n  }\n]\n',
    );
  });
  it('writes JSON.stringify’s bytes across the parts it is written in, however many rows', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `r${i}`, value: i % 7 === 0 ? null : i / 2, note: i % 3 === 0 ? '含"引号"\n' : 'x' }));
    for (const n of [1, JSON_ROWS_AT_ONCE - 1, JSON_ROWS_AT_ONCE, JSON_ROWS_AT_ONCE + 1, 2 * JSON_ROWS_AT_ONCE + 7]) {
      expect(json(rows(n)), `${n} rows`).toBe(`${JSON.stringify(rows(n), null, 2)}\n`);
    }
  });
});

describe('csvToExcelCsv(text, meta) on files of every shape', () => {
  const excel = (text: string) => new TextDecoder().decode(csvToExcelCsv(text, meta).subarray(3));
  it('leaves a negative number in an integer column a number, as in a number column', () => {
    const integers = DatasetMetaSchema.parse({ ...meta, fields: [meta.fields[0], { name: 'n', title: '数', type: 'integer', description: 'd' }] });
    expect(new TextDecoder().decode(csvToExcelCsv('key,n\n-a,-5\n', integers).subarray(3))).toBe("key,n\r\n'-a,-5\r\n");
  });
  it('ends a header-only file with an empty line, as published', () => expect(excel('key,value,note\n')).toBe('key,value,note\r\n\r\n'));
  it('quotes what needs quoting, over more records than one batch', () => {
    const rows = Array.from({ length: 25_001 }, (_, i) => `k${i},${i},"a,b ""c""\nd"`);
    const out = excel(`key,value,note\n${rows.join('\n')}\n`).split('\r\n');
    expect(out).toHaveLength(25_003);
    expect(out[1]).toBe('k0,0,"a,b ""c""\nd"');
    expect(out[25_001]).toBe('k25000,25000,"a,b ""c""\nd"');
    expect(out[25_002]).toBe('');
  });
});
