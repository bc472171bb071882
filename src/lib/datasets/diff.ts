import type { Cell } from './cells.ts';
import { rowKey, type Row } from './rows.ts';

export interface CellChange {
  field: string;
  from: Cell;
  to: Cell;
}

export interface VersionDiff {
  /** Column names added and removed: a change of structure. */
  fieldsAdded: string[];
  fieldsRemoved: string[];
  added: Row[];
  removed: Row[];
  changed: { key: string; cells: CellChange[] }[];
}

/**
 * What changed between two versions' rows, matched by row key: rows added, removed,
 * and changed cell by cell (over the fields both versions share).
 */
export function diffRows(
  before: { fields: readonly string[]; rows: readonly Row[] },
  after: { fields: readonly string[]; rows: readonly Row[] },
  primaryKey: readonly string[],
): VersionDiff {
  const shared = after.fields.filter((f) => before.fields.includes(f));
  const oldByKey = new Map(before.rows.map((r) => [rowKey(r, primaryKey), r]));
  const newKeys = new Set(after.rows.map((r) => rowKey(r, primaryKey)));
  const diff: VersionDiff = {
    fieldsAdded: after.fields.filter((f) => !before.fields.includes(f)),
    fieldsRemoved: before.fields.filter((f) => !after.fields.includes(f)),
    added: [],
    removed: before.rows.filter((r) => !newKeys.has(rowKey(r, primaryKey))),
    changed: [],
  };
  for (const row of after.rows) {
    const key = rowKey(row, primaryKey);
    const old = oldByKey.get(key);
    if (!old) {
      diff.added.push(row);
      continue;
    }
    const cells = shared
      .filter((f) => (old[f] ?? null) !== (row[f] ?? null))
      .map((f) => ({ field: f, from: old[f] ?? null, to: row[f] ?? null }));
    if (cells.length > 0) diff.changed.push({ key, cells });
  }
  return diff;
}
