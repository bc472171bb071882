import type { Cell } from './cells.ts';

/** One validated row: field name → typed cell, in the schema's field order. */
export type Row = Readonly<Record<string, Cell>>;

/** The row key: primary-key cells joined, e.g. `funds` or `2024|duanzhou`. (Dependency-free: also runs in the browser.) */
export function rowKey(row: Row, primaryKey: readonly string[]): string {
  return primaryKey.map((name) => String(row[name] ?? '')).join('|');
}
