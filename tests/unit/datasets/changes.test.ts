import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { datasetChanges, diffToChangeLines, diffToChangesFile } from '../../../src/lib/datasets/changes.ts';
import { diffRows } from '../../../src/lib/datasets/diff.ts';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';
import { KEY_VALUE_NOTE_META } from '../../helpers/meta.ts';

const meta = KEY_VALUE_NOTE_META;
const before = { fields: ['key', 'value', 'old', 'note'], rows: [{ key: 'a', value: 1, note: '=1+1', old: 'x' }, { key: 'gone', value: 2, note: null, old: 'y' }] };
const after = { fields: ['key', 'value', 'note'], rows: [{ key: 'a', value: -1, note: '@SUM(A1)' }, { key: '-new', value: 3, note: null }] };
/** Called in each test: Stryker credits only tests that run the code. */
const changes = () => diffRows(before, after, ['key']);

describe('diffToChangeLines(diff, meta)', () => {
  it('lists fields, removed and added rows by key, and each changed cell with both values', () => {
    expect([...diffToChangeLines(changes(), meta)]).toEqual([
      ['field_removed', '', 'old', '', ''],
      ['removed', 'gone', '', '', ''],
      ['added', "'-new", '', '', ''],
      ['changed', 'a', 'value', '1', '-1'],
      ['changed', 'a', 'note', "'=1+1", "'@SUM(A1)"],
    ]);
  });
});

describe('diffToChangeLines(diff, meta): a field added, and empty cells', () => {
  it('lists the added field, and an empty cell as an empty value, before or after', () => {
    const diff = diffRows(
      { fields: ['key', 'value'], rows: [{ key: 'a', value: null }, { key: 'b', value: 2 }] },
      { fields: ['key', 'value', 'note'], rows: [{ key: 'a', value: 3, note: null }, { key: 'b', value: null, note: 'x' }] },
      ['key'],
    );
    expect([...diffToChangeLines(diff, meta)]).toEqual([
      ['field_added', '', 'note', '', ''],
      ['changed', 'a', 'value', '', '3'],
      ['changed', 'b', 'value', '2', ''],
    ]);
  });
});

describe('diffToChangesFile(diff, meta, previousVersion)', () => {
  it('is a CSV with BOM and CRLF, named after the version it compares with, with its real size and hash', () => {
    const file = diffToChangesFile(changes(), meta, '1.0.0');
    expect(file.name).toBe('changes-from-1.0.0.csv');
    expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.bytes).toBe(file.body.length);
    expect(file.sha256).toBe(createHash('sha256').update(file.body).digest('hex'));
    const text = new TextDecoder().decode(file.body.subarray(3));
    expect(text.split('\r\n')[0]).toBe('change,key,field,before,after');
    expect(Papa.parse(text, { skipEmptyLines: true }).data).toHaveLength(6);
  });
  it('holds every change, however many', () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => ({ key: `r${i}`, value: i, note: null }));
    const big = diffToChangesFile(diffRows({ fields: ['key', 'value', 'note'], rows: [] }, { fields: ['key', 'value', 'note'], rows }, ['key']), meta, '1.0.0');
    const lines = new TextDecoder().decode(big.body).split('\r\n');
    expect(lines).toHaveLength(25_002);
    expect(lines[25_000]).toBe('added,r24999,,,');
  });
});

describe('datasetChanges(dataset)', () => {
  it('gives the first version no diff and no file, and is computed once', () => {
    const { catalog } = loadCatalog(copyFixtureRepo().root);
    const demo = catalog.datasets[0]!;
    const changes = datasetChanges(demo);
    expect(changes.map((c) => [c.version.version, c.file])).toEqual([['1.0.0', undefined]]);
    expect(datasetChanges(demo)).toBe(changes);
  });
});
