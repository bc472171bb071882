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

describe('tableToRows: which rows are kept, and where they came from', () => {
  it('reads columns by name, whatever their order in the header', () => {
    const { rows, problems } = rowsOf('近年来,funds,30000000,demo-source,nearly,yuan,资金,', 'period,key,value,source,qualifier,unit,metric,note');
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ key: 'funds', metric: '资金', value: 30000000, qualifier: 'nearly', unit: 'yuan', period: '近年来', source: 'demo-source', note: null }]);
  });

  it('leaves out a row with any bad cell and gives each kept row its own line', () => {
    const { rows, lines, problems } = rowsOf(['a,资金,1,exact,yuan,2024,demo-source,', 'b,资金,x,exact,yuan,2024,demo-source,', '', 'c,资金,3,exact,yuan,2024,other-source,', 'd,资金,4,exact,yuan,2024,demo-source,'].join('\n'));
    expect(problems.map((p) => [p.code, p.line])).toEqual([['CSV-TYPE', 3], ['CSV-SOURCE', 5]]);
    expect(rows.map((r) => r.key)).toEqual(['a', 'd']);
    expect(lines).toEqual([2, 6]);
  });

  it('refuses a row key that cannot be part of a web address, and keeps the row out', () => {
    const { rows, problems } = rowsOf('Funds 2024,资金,1,exact,yuan,2024,demo-source,\nfunds,资金,1,exact,yuan,2024,demo-source,');
    expect(problems).toMatchObject([{ code: 'CSV-KEY', line: 2, field: 'key', value: 'Funds 2024' }]);
    expect(rows.map((r) => r.key)).toEqual(['funds']);
  });

  it('does not count a refused row as the first of a key: the next row with that key is kept', () => {
    const { rows, problems } = rowsOf('funds,资金,x,exact,yuan,2024,demo-source,\nfunds,资金,2,exact,yuan,2024,demo-source,');
    expect(problems.map((p) => p.code)).toEqual(['CSV-TYPE']);
    expect(rows).toMatchObject([{ key: 'funds', value: 2 }]);
  });

  it('names the problem by its kind: empty, not an allowed value, or the wrong type; with the field’s title and rule', () => {
    const { problems } = rowsOf('funds,资金, ,nearly,yuan,2024,demo-source,\nb,资金,1,约,yuan,2024,demo-source,\nc,资金,1e3,exact,yuan,2024,demo-source,');
    expect(problems.map((p) => [p.code, p.field, p.message, p.expected])).toEqual([
      ['CSV-REQUIRED', 'value', '必填项为空', '数值：数字（小数点用英文句点，不带千位分隔符，如 1.5）；必填'],
      ['CSV-ENUM', 'qualifier', '不在允许的取值中', '限定词：文本；只能取：exact、nearly、more_than；必填'],
      ['CSV-TYPE', 'value', '不是数字', '数值：数字（小数点用英文句点，不带千位分隔符，如 1.5）；必填'],
    ]);
  });

  it('says how many cells a ragged row has against the header', () => {
    const { problems } = rowsOf('funds,资金,1,exact,yuan,2024,demo-source,,extra');
    expect(problems).toMatchObject([{ code: 'CSV-RAGGED', line: 2, value: 'funds,资金,1,exact,yuan,2024,demo-source,,extra', message: '这一行有 9 个单元格，表头有 8 列', expected: '每行 8 个单元格' }]);
  });

  it('names the missing column at the header line and lists the fields expected', () => {
    const { rows, problems } = rowsOf('funds,资金,1,exact,yuan,2024,demo-source', 'key,metric,value,qualifier,unit,period,source');
    expect(rows).toEqual([]);
    expect(problems).toMatchObject([{ code: 'CSV-MISSING-COLUMN', line: 1, field: 'note', expected: '表头包含全部字段：key,metric,value,qualifier,unit,period,source,note' }]);
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

describe('tableToRows: what the editor is told', () => {
  it('for a missing and an extra column: what the header must hold and how to fix it', () => {
    const { problems } = rowsOf('funds,资金,1,exact,yuan,2024,demo-source,x', 'key,metric,value,qualifier,unit,year,source,note');
    const fields = 'key,metric,value,qualifier,unit,period,source,note';
    expect(problems).toStrictEqual([
      { code: 'CSV-MISSING-COLUMN', file: 'data/demo/data.csv', line: 1, field: 'period', message: '表头缺少这一列', expected: `表头包含全部字段：${fields}`, fix: '在表头补上这一列（名称与 meta.yaml 中 fields 的 name 完全一致），并为每行填值。' },
      { code: 'CSV-EXTRA-COLUMN', file: 'data/demo/data.csv', line: 1, field: 'year', message: '表头有一列不在数据集的字段定义中', expected: `只含这些字段：${fields}`, fix: '删除这一列，或先在 meta.yaml 的 fields 中定义它（这属于结构变更，需发布主版本）。' },
    ]);
  });

  it('for a ragged row, a bad key, an unknown source and a duplicate key', () => {
    const { problems } = rowsOf(['funds,资金,1', 'Bad Key,资金,1,exact,yuan,2024,demo-source,', 'a,资金,1,exact,yuan,2024,elsewhere,', 'b,资金,1,exact,yuan,2024,demo-source,', 'b,资金,2,exact,yuan,2024,demo-source,'].join('\n'));
    expect(problems).toStrictEqual([
      { code: 'CSV-RAGGED', file: 'data/demo/data.csv', line: 2, value: 'funds,资金,1', message: '这一行有 3 个单元格，表头有 8 列', expected: '每行 8 个单元格', fix: '检查是否多写或漏写了逗号；单元格内的逗号要用英文双引号括起来。' },
      { code: 'CSV-KEY', file: 'data/demo/data.csv', line: 3, field: 'key', value: 'Bad Key', message: '行键会成为网址的一部分（#row-…），只能用小写英文字母、数字和连字符', expected: '如 2021-funds、craftsmen-trained' },
      { code: 'CSV-SOURCE', file: 'data/demo/data.csv', line: 4, field: 'source', value: 'elsewhere', message: '这一行引用的来源不在数据集的 sources 列表中', expected: 'meta.yaml 中 sources 所列：demo-source', fix: '改成已列出的来源代码；新的来源先在 data/sources.yaml 登记，再加进 meta.yaml 的 sources。' },
      { code: 'CSV-DUPLICATE-KEY', file: 'data/demo/data.csv', line: 6, field: 'key', value: 'b', message: '行键与第 5 行重复', expected: '每行的 key 组合唯一', fix: '删除重复的行，或修改其中一行的键。' },
    ]);
  });

  it('joins the messages of one cell, and names a key of two columns with both', () => {
    const twoKey = { ...meta, primary_key: ['key', 'period'], sources: ['demo-source', 'other-source'] };
    const { table } = csvTextToTable(`${HEADER}\na,资金,1,exact,yuan,2024,demo-source,\na,资金,2,exact,yuan,2024,demo-source,\nb,资金,1,exact,yuan,2024,third,`, 'x.csv');
    expect(tableToRows(table!, twoKey, 'x.csv').problems.map((p) => [p.code, p.field, p.expected])).toEqual([
      ['CSV-DUPLICATE-KEY', 'key,period', '每行的 key + period 组合唯一'],
      ['CSV-SOURCE', 'source', 'meta.yaml 中 sources 所列：demo-source、other-source'],
    ]);
    const dated = { ...meta, fields: meta.fields.map((f) => (f.name === 'period' ? { ...f, type: 'date' as const, enum: ['2024-02-30', '2024-03-01'] } : f)) };
    const { table: t2 } = csvTextToTable(`${HEADER}\na,资金,1,exact,yuan,2024-02-30,demo-source,`, 'x.csv');
    expect(tableToRows(t2!, dated, 'x.csv').problems).toMatchObject([{ code: 'CSV-TYPE', field: 'period', message: '这一天不存在' }]);
  });
});
