import { describe, expect, it } from 'vitest';
import { csvTextToTable } from '../../../src/lib/datasets/csv.ts';
import { tableToRows } from '../../../src/lib/datasets/rows.ts';
import { DatasetMetaSchema } from '../../../src/lib/datasets/schemas.ts';
import { parse } from 'yaml';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';

const repo = copyFixtureRepo();
const meta = DatasetMetaSchema.parse(parse(repo.read('data/demo/meta.yaml')));
const HEADER = 'key,metric,value,qualifier,unit,period,source,note';

function rowsOf(body: string, header = HEADER) {
  const { table } = csvTextToTable(`${header}\n${body}`, 'data/demo/data.csv');
  if (!table) throw new Error('fixture did not parse');
  return tableToRows(table, meta, 'data/demo/data.csv');
}

describe('tableToRows(table, meta, file)', () => {
  it('types cells by the schema', () => {
    const { rows, problems } = rowsOf('funds,资金,30000000,nearly,yuan,近年来,demo-source,');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { key: 'funds', metric: '资金', value: 30000000, qualifier: 'nearly', unit: 'yuan', period: '近年来', source: 'demo-source', note: null },
    ]);
  });

  it('reports a wrong type with line, column, value and what was expected', () => {
    const { problems } = rowsOf('funds,资金,3000万,nearly,yuan,近年来,demo-source,');
    expect(problems).toMatchObject([{ code: 'CSV-TYPE', line: 2, field: 'value', value: '3000万' }]);
    expect(problems[0]?.expected).toContain('数字');
  });

  it('reports a qualifier and a unit that are not in the schema, both in one run', () => {
    const { problems } = rowsOf('funds,资金,1,about,元,近年来,demo-source,');
    expect(problems.map((p) => [p.code, p.field, p.value])).toEqual([
      ['CSV-ENUM', 'qualifier', 'about'],
      ['CSV-ENUM', 'unit', '元'],
    ]);
    expect(problems[0]?.expected).toContain('exact、nearly、more_than');
  });

  it('reports a missing and an extra column', () => {
    const { problems } = rowsOf('funds,资金,1,exact,yuan,2024,demo-source,x', 'key,metric,value,qualifier,unit,year,source,note');
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['CSV-MISSING-COLUMN', 'period'],
      ['CSV-EXTRA-COLUMN', 'year'],
    ]);
  });

  it('reports a ragged row and goes on to the next', () => {
    const { rows, problems } = rowsOf('funds,资金,1,exact,yuan\nhouseholds,户,2,exact,households,2024,demo-source,');
    expect(problems).toMatchObject([{ code: 'CSV-RAGGED', line: 2 }]);
    expect(rows.map((r) => r.key)).toEqual(['households']);
  });

  it('reports a duplicate row key with the line of the first', () => {
    const { problems } = rowsOf('funds,资金,1,exact,yuan,2024,demo-source,\nfunds,资金,2,exact,yuan,2024,demo-source,');
    expect(problems).toMatchObject([{ code: 'CSV-DUPLICATE-KEY', line: 3, value: 'funds' }]);
    expect(problems[0]?.message).toContain('第 2 行');
  });

  it('reports an empty required cell and a source the dataset does not cite', () => {
    const { problems } = rowsOf(',资金,1,exact,yuan,2024,other-source,');
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['CSV-REQUIRED', 'key'],
      ['CSV-SOURCE', 'source'],
    ]);
  });
});

describe('tableToRows: personal data in cells', () => {
  it('refuses a mobile number in a cell, masked, unless the field allows it', () => {
    const { problems } = rowsOf('funds,资金,1,exact,yuan,2024,demo-source,联系人 13812345678');
    expect(problems).toMatchObject([{ code: 'PII-MOBILE', line: 2, field: 'note', value: '138******78' }]);
    const allowed = { ...meta, fields: meta.fields.map((f) => (f.name === 'note' ? { ...f, personal_data: true } : f)) };
    const { table } = csvTextToTable(`${HEADER}\nfunds,资金,1,exact,yuan,2024,demo-source,联系人 13812345678`, 'x.csv');
    expect(tableToRows(table!, allowed, 'x.csv').problems).toEqual([]);
  });
});
