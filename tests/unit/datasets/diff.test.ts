import { describe, expect, it } from 'vitest';
import { diffRows, type VersionDiff } from '../../../src/lib/datasets/diff.ts';
import { bumpCovers, compareVersions, requiredBump, type Bump } from '../../../src/lib/datasets/versioning.ts';

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

  it('sees a cell emptied and a cell filled in, and a value in a column the other version lacks not as a change', () => {
    const after = [
      { key: 'a', value: 1, note: 'y' },
      { key: 'b', value: 2, note: null },
    ];
    const diff = diffRows({ fields, rows: v1 }, { fields, rows: after }, ['key']);
    expect(diff.changed).toEqual([
      { key: 'a', cells: [{ field: 'note', from: null, to: 'y' }] },
      { key: 'b', cells: [{ field: 'note', from: 'x', to: null }] },
    ]);
    // A cell missing from a row object reads as empty: null → missing is no change.
    expect(diffRows({ fields, rows: v1 }, { fields, rows: [{ key: 'a', value: 1 }, v1[1]!] }, ['key']).changed).toEqual([]);
    expect(diffRows({ fields, rows: [{ key: 'a', value: 1 }, v1[1]!] }, { fields, rows: v1 }, ['key']).changed).toEqual([]);
  });

  it('matches rows by a key of two columns', () => {
    const before = [{ year: 2024, county: 441202, value: 5 }, { year: 2025, county: 441202, value: 6 }];
    const after = [{ year: 2024, county: 441202, value: 5 }, { year: 2025, county: 441202, value: 7 }];
    const diff = diffRows({ fields: ['year', 'county', 'value'], rows: before }, { fields: ['year', 'county', 'value'], rows: after }, ['year', 'county']);
    expect(diff.changed.map((c) => c.cells)).toEqual([[{ field: 'value', from: 6, to: 7 }]]);
    expect([diff.added, diff.removed]).toEqual([[], []]);
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
    ['fields added', { ...base, fieldsAdded: ['unit'] }, 'major'],
    ['fields removed', { ...base, fieldsRemoved: ['note'] }, 'major'],
    ['rows removed and added', { ...base, removed: [v1[0]!], added: [v1[1]!] }, 'major'],
    ['rows removed', { ...base, removed: [v1[0]!] }, 'major'],
    ['rows added', { ...base, added: [v1[0]!], changed: [{ key: 'b', cells: [] }] }, 'minor'],
    ['values fixed', { ...base, changed: [{ key: 'b', cells: [] }] }, 'patch'],
    ['nothing', base, undefined],
  ])('%s → %s', (_, diff, bump) => expect(requiredBump(diff)).toBe(bump));

  it('lets a larger bump cover a smaller change, never the reverse', () => {
    expect(bumpCovers('major', 'patch')).toBe(true);
    expect(bumpCovers('minor', 'minor')).toBe(true);
    expect(bumpCovers('patch', 'minor')).toBe(false);
    expect(bumpCovers('minor', 'major')).toBe(false);
    expect(bumpCovers('patch', 'patch')).toBe(true);
    expect(bumpCovers('major', 'minor')).toBe(true);
  });
});

describe('compareVersions(a, b)', () => {
  it('compares part by part as numbers, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '10.0.0')).toBeLessThan(0);
    expect(compareVersions('1.0.1', '1.0.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.1')).toBeLessThan(0);
    expect(compareVersions('1.2.0', '1.1.9')).toBeGreaterThan(0);
    expect(compareVersions('3.4.5', '3.4.5')).toBe(0);
  });
});
