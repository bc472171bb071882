import { describe, expect, it } from 'vitest';
import { diffRows, type VersionDiff } from '../../../src/lib/datasets/diff.ts';
import { bumpCovers, requiredBump, type Bump } from '../../../src/lib/datasets/versioning.ts';

const fields = ['key', 'value', 'note'];
const v1 = [
  { key: 'a', value: 1, note: null },
  { key: 'b', value: 2, note: 'x' },
];

describe('diffRows(before, after, primaryKey)', () => {
  it('finds rows added, removed and changed cell by cell, matched by key', () => {
    const after = [
      { key: 'b', value: 3, note: 'x' },
      { key: 'c', value: 4, note: null },
    ];
    const diff = diffRows({ fields, rows: v1 }, { fields, rows: after }, ['key']);
    expect(diff.added).toEqual([{ key: 'c', value: 4, note: null }]);
    expect(diff.removed).toEqual([{ key: 'a', value: 1, note: null }]);
    expect(diff.changed).toEqual([{ key: 'b', cells: [{ field: 'value', from: 2, to: 3 }] }]);
  });

  it('treats a changed key as one row removed and one added', () => {
    const diff = diffRows({ fields, rows: v1 }, { fields, rows: [v1[0]!, { ...v1[1]!, key: 'bb' }] }, ['key']);
    expect(diff.removed.map((r) => r.key)).toEqual(['b']);
    expect(diff.added.map((r) => r.key)).toEqual(['bb']);
    expect(diff.changed).toEqual([]);
  });

  it('reports fields added and removed', () => {
    const diff = diffRows({ fields, rows: v1 }, { fields: ['key', 'value', 'unit'], rows: v1.map(({ key, value }) => ({ key, value, unit: 'yuan' })) }, ['key']);
    expect([diff.fieldsAdded, diff.fieldsRemoved]).toEqual([['unit'], ['note']]);
    expect(diff.changed).toEqual([]);
  });
});

describe('requiredBump(diff) and bumpCovers(chosen, needed)', () => {
  const base: VersionDiff = { fieldsAdded: [], fieldsRemoved: [], added: [], removed: [], changed: [] };
  it.each<[string, VersionDiff, Bump | undefined]>([
    ['fields changed', { ...base, fieldsAdded: ['unit'] }, 'major'],
    ['rows removed', { ...base, removed: [v1[0]!] }, 'major'],
    ['rows added', { ...base, added: [v1[0]!], changed: [{ key: 'b', cells: [] }] }, 'minor'],
    ['values fixed', { ...base, changed: [{ key: 'b', cells: [] }] }, 'patch'],
    ['nothing', base, undefined],
  ])('%s → %s', (_, diff, bump) => expect(requiredBump(diff)).toBe(bump));

  it('lets a larger bump cover a smaller change, never the reverse', () => {
    expect(bumpCovers('major', 'patch')).toBe(true);
    expect(bumpCovers('minor', 'minor')).toBe(true);
    expect(bumpCovers('patch', 'minor')).toBe(false);
  });
});
