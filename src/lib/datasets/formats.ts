import Papa from 'papaparse';
import { csvTextToCells } from './csv.ts';
import type { Row } from './rows.ts';
import type { DatasetMeta } from './schemas.ts';

/** Characters that make a spreadsheet read a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe for Excel and WPS: one that would start a formula gets a
 * leading apostrophe, so `=1+1` stays text. Numbers are never passed here.
 * @example neutraliseFormula('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/**
 * The released CSV as Excel and WPS open it correctly: UTF-8 with BOM, CRLF, and
 * formula-like text cells (and column names) neutralised. Cells of number, integer and
 * year columns are copied unchanged (validated numbers; a negative one stays a number).
 */
export function csvToExcelCsv(text: string, meta: DatasetMeta): Uint8Array<ArrayBuffer> {
  const [header = [], ...records] = csvTextToCells(text);
  const numeric = header.map((name) => meta.fields.some((f) => f.name === name && ['number', 'integer', 'year'].includes(f.type)));
  const data = records.map((cells) => cells.map((cell, i) => (numeric[i] ? cell : neutraliseFormula(cell))));
  // Today's field names are plain ASCII, but an older version's removed column was named by its file.
  const body = new TextEncoder().encode(Papa.unparse({ fields: header.map(neutraliseFormula), data }, { newline: '\r\n' }) + '\r\n');
  const out = new Uint8Array(BOM.length + body.length);
  out.set(BOM);
  out.set(body, BOM.length);
  return out;
}

/** Rows as JSON, typed per the schema (numbers as numbers, empty cells as null). */
export function rowsToJson(rows: readonly Row[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
