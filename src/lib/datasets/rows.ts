import type { Problem } from '../problems.ts';
import type { CsvTable } from './csv.ts';
import { CellError, fieldExpectation, fieldToCellParser, type Cell } from './cells.ts';
import type { DatasetMeta, Field } from './schemas.ts';
import { publishedTextProblems } from '../validation/published-text.ts';
import { SLUG } from './schemas.ts';

import { rowKey, type Row } from './row-key.ts';

export { rowKey, type Row };

export interface RowsResult {
  rows: Row[];
  /** The line each row starts on, aligned with `rows`. */
  lines: number[];
  problems: Problem[];
}

function cellProblemCode(field: Field, raw: string): string {
  if (raw.trim() === '') return 'CSV-REQUIRED';
  if (field.enum && !field.enum.includes(raw)) return 'CSV-ENUM';
  return 'CSV-TYPE';
}


/**
 * A parsed CSV table → rows typed by the dataset's fields. Every problem is
 * reported (columns, ragged rows, each bad cell, duplicate keys), not the first only.
 * A column named `source` must cite one of the dataset's declared sources.
 */
export function tableToRows(table: CsvTable, meta: DatasetMeta, file: string): RowsResult {
  const problems: Problem[] = [];
  const names = meta.fields.map((f) => f.name);
  const missing = names.filter((n) => !table.header.includes(n));
  const extra = table.header.filter((h) => !names.includes(h));
  for (const name of missing) {
    problems.push({
      code: 'CSV-MISSING-COLUMN',
      file,
      line: table.headerLine,
      field: name,
      message: '表头缺少这一列',
      expected: `表头包含全部字段：${names.join(',')}`,
      fix: '在表头补上这一列（名称与 meta.yaml 中 fields 的 name 完全一致），并为每行填值。',
    });
  }
  for (const name of extra) {
    problems.push({
      code: 'CSV-EXTRA-COLUMN',
      file,
      line: table.headerLine,
      field: name,
      message: '表头有一列不在数据集的字段定义中',
      expected: `只含这些字段：${names.join(',')}`,
      fix: '删除这一列，或先在 meta.yaml 的 fields 中定义它（这属于结构变更，需发布主版本）。',
    });
  }
  if (problems.length > 0) return { rows: [], lines: [], problems };

  const columns = meta.fields.map((field) => ({ field, column: table.header.indexOf(field.name), parse: fieldToCellParser(field) }));
  const keyFields = new Set(meta.primary_key);
  const rows: Row[] = [];
  const lines: number[] = [];
  const keyLines = new Map<string, number>();
  for (const record of table.records) {
    if (record.cells.length !== table.header.length) {
      problems.push({
        code: 'CSV-RAGGED',
        file,
        line: record.line,
        value: record.cells.join(','),
        message: `这一行有 ${record.cells.length} 个单元格，表头有 ${table.header.length} 列`,
        expected: `每行 ${table.header.length} 个单元格`,
        fix: '检查是否多写或漏写了逗号；单元格内的逗号要用英文双引号括起来。',
      });
      continue;
    }
    const row: Record<string, Cell> = {};
    let ok = true;
    for (const { field, column, parse } of columns) {
      const raw = record.cells[column] ?? '';
      const textProblems = publishedTextProblems(raw, { file, line: record.line, field: field.name }, { allowPersonalData: field.personal_data });
      // Almost every cell has none: spreading an empty list ten million times costs ~5 % of reading a million rows.
      if (textProblems.length > 0) problems.push(...textProblems);
      if (keyFields.has(field.name) && field.type === 'string' && raw !== '' && !SLUG.test(raw)) {
        ok = false;
        problems.push({ code: 'CSV-KEY', file, line: record.line, field: field.name, value: raw, message: '行键会成为网址的一部分（#row-…），只能用小写英文字母、数字和连字符', expected: '如 2021-funds、craftsmen-trained' });
        continue;
      }
      const parsed = parse(raw);
      if (!(parsed instanceof CellError)) {
        row[field.name] = parsed;
        continue;
      }
      ok = false;
      problems.push({
        code: cellProblemCode(field, raw),
        file,
        line: record.line,
        field: field.name,
        value: raw,
        message: parsed.messages.join('；'),
        expected: `${field.title}：${fieldExpectation(field)}`,
      });
    }
    if (typeof row.source === 'string' && !meta.sources.includes(row.source)) {
      ok = false;
      problems.push({
        code: 'CSV-SOURCE',
        file,
        line: record.line,
        field: 'source',
        value: row.source,
        message: '这一行引用的来源不在数据集的 sources 列表中',
        expected: `meta.yaml 中 sources 所列：${meta.sources.join('、')}`,
        fix: '改成已列出的来源代码；新的来源先在 data/sources.yaml 登记，再加进 meta.yaml 的 sources。',
      });
    }
    if (!ok) continue;
    const key = rowKey(row, meta.primary_key);
    const firstLine = keyLines.get(key);
    if (firstLine !== undefined) {
      problems.push({
        code: 'CSV-DUPLICATE-KEY',
        file,
        line: record.line,
        field: meta.primary_key.join(','),
        value: key,
        message: `行键与第 ${firstLine} 行重复`,
        expected: `每行的 ${meta.primary_key.join(' + ')} 组合唯一`,
        fix: '删除重复的行，或修改其中一行的键。',
      });
      continue;
    }
    keyLines.set(key, record.line);
    rows.push(row);
    lines.push(record.line);
  }
  return { rows, lines, problems };
}
