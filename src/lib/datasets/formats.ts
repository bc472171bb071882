import { forEachCsvRecord } from './csv.ts';
import type { Row } from './rows.ts';
import type { DatasetMeta } from './schemas.ts';
import { CsvChunks, TextChunks } from './text-chunks.ts';

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
 * Built record by record: never the whole file as one string.
 */
export function csvToExcelCsv(text: string, meta: DatasetMeta): Uint8Array<ArrayBuffer> {
  const out = new CsvChunks().pushBytes(BOM);
  let numeric: boolean[] | undefined;
  let records = 0;
  forEachCsvRecord(text, (cells) => {
    records += 1;
    if (numeric === undefined) {
      numeric = cells.map((name) => meta.fields.some((f) => f.name === name && ['number', 'integer', 'year'].includes(f.type)));
      // Today's field names are plain ASCII, but an older version's removed column was named by its file.
      out.record(cells.map(neutraliseFormula));
    } else {
      const types = numeric;
      out.record(cells.map((cell, i) => (types[i] ? cell : neutraliseFormula(cell))));
    }
  });
  // Published files keep their bytes: the whole-file Papa.unparse this replaced ended a
  // header-only file with an empty line.
  if (records === 1) out.push('\r\n');
  return out.toBytes();
}

/** Rows JSON.stringify writes at once in rowsToJson: a bounded string, few calls. */
export const JSON_ROWS_AT_ONCE = 5_000;

/**
 * Rows as JSON, typed per the schema (numbers as numbers, empty cells as null): the bytes
 * of `JSON.stringify(rows, null, 2)` and a newline, written JSON_ROWS_AT_ONCE rows at a
 * time (never the whole file as one string): each part is that array's items, its `[`
 * and `]` lines cut off. A third faster than one call per row at a million rows.
 */
export function rowsToJson(rows: readonly Row[]): Uint8Array<ArrayBuffer> {
  if (rows.length === 0) return new TextEncoder().encode('[]\n');
  const out = new TextChunks().push('[\n');
  for (let start = 0; start < rows.length; start += JSON_ROWS_AT_ONCE) {
    const part = JSON.stringify(rows.slice(start, start + JSON_ROWS_AT_ONCE), null, 2);
    out.push(part.slice('[\n'.length, -'\n]'.length)).push(start + JSON_ROWS_AT_ONCE < rows.length ? ',\n' : '\n');
  }
  return out.push(']\n').toBytes();
}
