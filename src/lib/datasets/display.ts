import { formatNumberPlain } from '../format/numbers.ts';
import { QUALIFIERS, isQualifierId } from '../format/qualifiers.ts';
import { UNITS, isUnitId } from '../format/units.ts';
import type { Cell } from './cells.ts';
import type { Field } from './schemas.ts';

/** Field types whose cells are right-aligned numbers in tables. */
export function isNumericField(field: Field): boolean {
  return field.type === 'number' || field.type === 'integer';
}

/**
 * A typed cell as text for an HTML table. Numbers get thousands separators, qualifier
 * and unit codes their Chinese names; empty cells a dash. Never HTML: Astro escapes it.
 * @example cellToDisplay({ name: 'qualifier', … }, 'nearly') // "近（接近，略少于）"
 */
export function cellToDisplay(field: Field, value: Cell): string {
  if (value === null) return '—';
  if (typeof value === 'number') return field.type === 'year' ? String(value) : formatNumberPlain(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (field.name === 'qualifier' && isQualifierId(value)) return QUALIFIERS[value].label;
  if (field.name === 'unit' && isUnitId(value)) return UNITS[value].label;
  return value;
}

/**
 * Where a cell links to, if anywhere: a `source` cell to the source's entry on the
 * sources page (`sourcesPage`, e.g. "/sources/"). Shared by the HTML table and the
 * script that re-renders it, so both link alike.
 * @example cellToHref({ name: 'source', … }, 'xjrb-2022-hardship', '/sources/') // "/sources/#xjrb-2022-hardship"
 */
export function cellToHref(field: Field, value: Cell, sourcesPage: string): string | undefined {
  return field.name === 'source' && typeof value === 'string' && value !== '' ? `${sourcesPage}#${value}` : undefined;
}

/** Characters of a cell the dataset page's table shows; the downloads have every cell whole. */
export const PREVIEW_CELL_CHARS = 100;
/** Cells the dataset page's table holds at most (50 rows of 40 columns). */
export const PREVIEW_CELLS = 2_000;

/** Rows of the latest version a dataset page renders into its HTML (fewer for a very wide table). */
export const PREVIEW_ROWS = 50;

/**
 * Text cut to `max` characters (whole code points) with an ellipsis, for places that show
 * a value among many (a page must not grow with a cell's length; the download has it whole).
 * @example clipText('一二三四五', 3) // "一二三…"
 */
export function clipText(text: string, max: number): string {
  // max + 1 code points fit in 2 × (max + 1) UTF-16 units: enough to know whether there are more.
  const head = Array.from(text.slice(0, 2 * (max + 1)));
  return head.length > max ? `${head.slice(0, max).join('')}…` : text;
}

/** Chinese names of the field types, for the field table. */
export const FIELD_TYPE_LABELS: Record<Field['type'], string> = {
  string: '文本',
  integer: '整数',
  number: '数字',
  date: '日期',
  year: '年份',
  boolean: '是/否',
};

/** A disagreement mark as a table cell links it (built by the page, re-used by the script that re-renders rows). */
export interface CellMark {
  label: string;
  name: string;
  href: string;
}

/**
 * The column whose cells carry a row's disagreement marks: the figure's value, so the
 * mark stands beside the number wherever the table is sorted or paged.
 */
export function isMarkedField(field: Field): boolean {
  return field.name === 'value';
}
