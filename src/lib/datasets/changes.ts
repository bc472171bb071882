import type { Cell } from './cells.ts';
import { timed } from './build-clock.ts';
import { diffRows, type VersionDiff } from './diff.ts';
import { sha256Hex } from './checksum.ts';
import { neutraliseFormula } from './formats.ts';
import type { Dataset, DatasetVersion } from './load.ts';
import { rowKey } from './rows.ts';
import { textField, type DatasetMeta } from './schemas.ts';
import { CsvChunks } from './text-chunks.ts';

/** The full list of changes between two versions, as a download (the page shows only the first). */
export interface ChangesFile {
  /** File name under /data/<id>/<version>/, e.g. `changes-from-1.0.0.csv`. */
  name: string;
  bytes: number;
  sha256: string;
  /** The bytes; absent for a version read from its digest (digest.ts). */
  body?: Uint8Array<ArrayBuffer>;
}

/** How much changed between two versions: rows added, removed and changed, fields added and removed. */
export interface ChangeCounts {
  added: number;
  removed: number;
  changed: number;
  fieldsAdded: string[];
  fieldsRemoved: string[];
}

/** One released version with what changed since the one before (none for the first). */
export interface VersionChanges {
  version: DatasetVersion;
  previous?: DatasetVersion;
  counts?: ChangeCounts;
  /** The changes themselves; absent for a version read from its digest, which gives only the counts. */
  diff?: VersionDiff;
  file?: ChangesFile;
}

/** Columns of a changes file: one line per added or removed row (its key), per changed cell, per added or removed field. */
export const CHANGES_HEADER = ['change', 'key', 'field', 'before', 'after'] as const;

const NUMERIC = new Set(['number', 'integer', 'year']);

const cellText = (cell: Cell | undefined) => (cell === null || cell === undefined ? '' : String(cell));

/**
 * The lines of a changes file, one at a time. Text is made safe for spreadsheets as in the
 * Excel CSV (a value that would start a formula gets an apostrophe); numbers are unchanged.
 */
export function* diffToChangeLines(diff: VersionDiff, meta: DatasetMeta): Generator<string[]> {
  const numeric = (field: string) => NUMERIC.has((meta.fields.find((f) => f.name === field) ?? textField(field)).type);
  const text = (field: string, cell: Cell | undefined) => (numeric(field) ? cellText(cell) : neutraliseFormula(cellText(cell)));
  for (const field of diff.fieldsAdded) yield ['field_added', '', field, '', ''];
  for (const field of diff.fieldsRemoved) yield ['field_removed', '', field, '', ''];
  for (const row of diff.removed) yield ['removed', neutraliseFormula(rowKey(row, meta.primary_key)), '', '', ''];
  for (const row of diff.added) yield ['added', neutraliseFormula(rowKey(row, meta.primary_key)), '', '', ''];
  for (const { key, cells } of diff.changed) {
    for (const c of cells) yield ['changed', neutraliseFormula(key), c.field, text(c.field, c.from), text(c.field, c.to)];
  }
}

/**
 * A version pair's changes as a CSV file for Excel and WPS (UTF-8 with BOM, CRLF), built
 * line by line: never one string of the whole file.
 */
export function diffToChangesFile(diff: VersionDiff, meta: DatasetMeta, previousVersion: string): Required<ChangesFile> {
  const out = new CsvChunks().pushBytes(new Uint8Array([0xef, 0xbb, 0xbf])).record([...CHANGES_HEADER]);
  for (const line of diffToChangeLines(diff, meta)) out.record(line);
  const body = out.toBytes();
  return { name: `changes-from-${previousVersion}.csv`, bytes: body.length, sha256: sha256Hex(body), body };
}

/**
 * What changed into `version` from `previous`: worked out from their rows, or, for a
 * version read from its digest, as its record gives it.
 */
function changesInto(dataset: Dataset, version: DatasetVersion, previous: DatasetVersion): VersionChanges {
  if (version.fromDigest || previous.fromDigest) {
    const recorded = version.digest?.changes;
    if (!version.fromDigest || !recorded) throw new Error(`${dataset.id} ${version.version}: the changes from ${previous.version} are not in its digest`);
    const { name, bytes, sha256, added, removed, changed, fields_added, fields_removed } = recorded;
    return { version, previous, counts: { added, removed, changed, fieldsAdded: fields_added, fieldsRemoved: fields_removed }, file: { name, bytes, sha256 } };
  }
  const diff = diffRows({ fields: previous.header, rows: previous.rows }, { fields: version.header, rows: version.rows }, dataset.meta.primary_key);
  const counts = { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, fieldsAdded: diff.fieldsAdded, fieldsRemoved: diff.fieldsRemoved };
  return { version, previous, counts, diff, file: diffToChangesFile(diff, dataset.meta, previous.version) };
}

const cache = new WeakMap<Dataset, VersionChanges[]>();

/**
 * Every version of a dataset with its changes from the one before and those changes as a
 * file, newest first: computed once, shared by the dataset page and the download endpoint.
 */
export function datasetChanges(dataset: Dataset): VersionChanges[] {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const changes = timed('changes', () =>
    dataset.versions.map((version, i) => {
      const previous = dataset.versions[i - 1];
      return previous ? changesInto(dataset, version, previous) : { version };
    }).reverse(),
  );
  cache.set(dataset, changes);
  return changes;
}
