import { describe, expect, it } from 'vitest';
import { csvBytesToText, csvTextToTable } from '../../../src/lib/datasets/csv.ts';
import { fixtureBytes } from '../../helpers/fixture-repo.ts';

function parseFixture(name: string) {
  const file = `tests/fixtures/csv/${name}`;
  const decoded = csvBytesToText(fixtureBytes(`csv/${name}`), file);
  if (decoded.text === undefined) return { problems: decoded.problems };
  return csvTextToTable(decoded.text, file);
}

describe('csvBytesToText(bytes, file)', () => {
  it('accepts a UTF-8 BOM and drops it', () => {
    const { table, problems } = parseFixture('bom.csv');
    expect(problems).toEqual([]);
    expect(table?.header).toEqual(['key', 'metric']);
  });

  it('refuses GBK with a fix that names Excel’s UTF-8 option', () => {
    const { problems } = parseFixture('gbk.csv');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'CSV-ENCODING', file: 'tests/fixtures/csv/gbk.csv' });
    expect(problems[0]?.message).toContain('GBK');
    expect(problems[0]?.fix).toContain('CSV UTF-8');
  });
});

describe('csvTextToTable(text, file)', () => {
  it('keeps quoted commas, quotes and line breaks, and the line each record starts on', () => {
    const { table, problems } = parseFixture('crlf-multiline.csv');
    expect(problems).toEqual([]);
    expect(table?.records).toEqual([
      { line: 2, cells: ['funds', '多行\r\n文本'] },
      { line: 4, cells: ['households', '户数'] },
    ]);
  });

  it('reports an unclosed quote at the line where the record starts', () => {
    const { table, problems } = parseFixture('unclosed-quote.csv');
    expect(table).toBeUndefined();
    expect(problems[0]).toMatchObject({ code: 'CSV-QUOTE', line: 2 });
    expect(problems[0]?.message).toContain('引号');
  });

  it('refuses an empty file', () => {
    expect(parseFixture('empty.csv').problems).toMatchObject([{ code: 'CSV-EMPTY' }]);
  });

  it('refuses a header with no data rows', () => {
    expect(parseFixture('header-only.csv').problems).toMatchObject([{ code: 'CSV-HEADER-ONLY', line: 1 }]);
  });

  it('refuses a column named twice', () => {
    expect(parseFixture('duplicate-column.csv').problems).toMatchObject([{ code: 'CSV-DUPLICATE-COLUMN', field: 'key' }]);
  });

  it('stops after maxRecords records (a preview), counting blank lines for line numbers but not as records', () => {
    const { table, problems } = csvTextToTable('a,b\n1,2\n\n3,4\n5,"unclosed\n', 'x.csv', { maxRecords: 2 });
    expect(problems).toEqual([]);
    expect(table?.records).toEqual([{ line: 2, cells: ['1', '2'] }, { line: 4, cells: ['3', '4'] }]);
    expect(csvTextToTable('a,b\n1,2\n\n3,4\n5,"unclosed\n', 'x.csv', { maxRecords: 3 }).problems).toMatchObject([{ code: 'CSV-QUOTE', line: 5 }]);
  });

  it('skips blank lines but counts them for line numbers', () => {
    const { table } = csvTextToTable('a,b\n\n1,2\n\n', 'x.csv');
    expect(table?.records).toEqual([{ line: 3, cells: ['1', '2'] }]);
  });
});
