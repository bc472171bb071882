import Papa from 'papaparse';
import type { Problem } from '../problems.ts';
import { csvSizeCounter } from './limits.ts';

/** A CSV file as header and records, each record with the line it starts on. */
export interface CsvTable {
  header: string[];
  headerLine: number;
  records: CsvRecord[];
}
export interface CsvRecord {
  line: number;
  cells: string[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** True when the bytes start with a UTF-8 byte order mark. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((b, i) => bytes[i] === b);
}

/**
 * File bytes → text. UTF-8 only; a BOM is accepted and dropped. A file that is not
 * valid UTF-8 (typically saved as GBK by Excel or WPS) is refused with a fix.
 */
export function csvBytesToText(bytes: Uint8Array, file: string): { text?: string; problems: Problem[] } {
  const body = hasUtf8Bom(bytes) ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), problems: [] };
  } catch {
    const looksGbk = canDecode(body, 'gbk');
    return {
      problems: [
        {
          code: 'CSV-ENCODING',
          file,
          message: looksGbk
            ? '文件不是 UTF-8 编码，看起来是 GBK（Excel、WPS 默认“另存为 CSV”常用此编码）'
            : '文件不是 UTF-8 编码的文本',
          expected: 'UTF-8 编码（可带或不带 BOM）',
          fix: '在 Excel 中“另存为” → 选择“CSV UTF-8（逗号分隔）”；或在 WPS/记事本中另存为 UTF-8 编码。',
        },
      ],
    };
  }
}

function canDecode(bytes: Uint8Array, label: string): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** 1-based line number of a character offset. The text is scanned only as far as asked (a preview of a large file reads its first lines). */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  let scanned = 0;
  return (offset) => {
    for (; scanned <= offset && scanned < text.length; scanned++) if (text.charCodeAt(scanned) === 10) starts.push(scanned + 1);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * CSV text (RFC 4180, comma-separated) → header and records with their line numbers.
 * Blank lines are skipped. Reports an unclosed quote, an empty file, a missing data
 * row (unless `allowEmpty`) and a duplicate column name. `maxRecords`: stop after that
 * many records (the header not counted).
 */
export function csvTextToTable(text: string, file: string, options: { allowEmpty?: boolean; maxRecords?: number } = {}): { table?: CsvTable; problems: Problem[] } {
  if (text.trim() === '') {
    return { problems: [{ code: 'CSV-EMPTY', file, message: '文件是空的', expected: '第一行为表头，之后每行一条数据' }] };
  }
  const lineAt = lineIndex(text);
  const rows: CsvRecord[] = [];
  const problems: Problem[] = [];
  const size = csvSizeCounter(file);
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step: (result, parser) => {
      const end = result.meta.cursor;
      // Papaparse reports the offset of the row start for quote errors; the row's first
      // non-newline character is where an editor looks for it.
      const rowStart = start + (/^\r?\n/.exec(text.slice(start, start + 2))?.[0].length ?? 0);
      for (const err of result.errors) {
        problems.push({
          code: err.type === 'Quotes' ? 'CSV-QUOTE' : 'CSV-SYNTAX',
          file,
          line: lineAt(rowStart),
          message:
            err.type === 'Quotes'
              ? '引号没有成对：一个单元格以双引号开始，却没有结束的双引号'
              : `CSV 格式错误：${err.message}`,
          fix: '单元格内含逗号或换行时，用一对英文双引号把整个单元格括起来；单元格内的双引号写成两个 ""。',
        });
      }
      const cells = result.data;
      if (!(cells.length === 1 && (cells[0] ?? '').trim() === '')) {
        const line = lineAt(rowStart);
        rows.push({ line, cells });
        if (size.record(line, cells) || rows.length > (options.maxRecords ?? Infinity)) parser.abort();
      }
      start = end;
    },
  });
  problems.push(...size.problems);
  if (problems.length > 0) return { problems };
  const [head, ...records] = rows;
  if (head === undefined) {
    return { problems: [{ code: 'CSV-EMPTY', file, message: '文件是空的', expected: '第一行为表头，之后每行一条数据' }] };
  }
  const seen = new Set<string>();
  for (const name of head.cells) {
    if (seen.has(name)) {
      problems.push({ code: 'CSV-DUPLICATE-COLUMN', file, line: head.line, field: name, message: '表头中这一列出现了两次', fix: '删除或改名重复的列。' });
    }
    seen.add(name);
  }
  if (records.length === 0 && !options.allowEmpty) {
    problems.push({ code: 'CSV-HEADER-ONLY', file, line: head.line, message: '只有表头，没有数据行', expected: '表头之后至少一行数据' });
  }
  if (problems.length > 0) return { problems };
  return { table: { header: head.cells, headerLine: head.line, records }, problems };
}

/**
 * Calls `onRecord` with the cells of each record of a CSV already known to be valid (a
 * released version), header first: no line numbers or checks, so several times faster
 * than csvTextToTable, and no array of every record at once.
 */
export function forEachCsvRecord(text: string, onRecord: (cells: string[]) => void): void {
  Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true, step: (result) => onRecord(result.data) });
}
