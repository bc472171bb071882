import { readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvTextToTable } from '../../../src/lib/datasets/csv.ts';
import { CSV_LIMITS, DRAWN_LIMITS, csvFileSizeProblem, csvSizeCounter, drawnDatasetProblems } from '../../../src/lib/datasets/limits.ts';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';

describe('the limits', () => {
  it('are the ones the editor guide states', () => {
    expect(CSV_LIMITS).toEqual({ fileBytes: 100 * 1024 * 1024, rows: 2_000_000, cells: 20_000_000, cellChars: 10_000 });
    expect(DRAWN_LIMITS).toEqual({ rows: 500, cellChars: 200 });
    const guide = readFileSync('docs/editor-guide.md', 'utf8');
    for (const phrase of ['不超过 100 MB', '不超过 200 万行', '不超过 2000 万', '不超过 10000 个字符', '不超过 500 行，每个单元格不超过 200 个字符']) expect(guide).toContain(phrase);
  });
});

describe('csvFileSizeProblem(file, bytes)', () => {
  it('accepts 100 MB and refuses a byte more', () => {
    expect(csvFileSizeProblem('a.csv', 100 * 1024 * 1024)).toBeUndefined();
    expect(csvFileSizeProblem('a.csv', 100 * 1024 * 1024 + 1)).toMatchObject({ code: 'CSV-FILE-TOO-LARGE', file: 'a.csv', value: '100.0 MB' });
  });
  it('is checked before the file is read: a 101 MB data.csv is refused without reading it', () => {
    const repo = copyFixtureRepo();
    truncateSync(join(repo.root, 'data/demo/data.csv'), 101 * 1024 * 1024);
    const { problems } = loadCatalog(repo.root);
    expect(problems.map((p) => [p.code, p.file, p.value])).toEqual([['CSV-FILE-TOO-LARGE', 'data/demo/data.csv', '101.0 MB']]);
  });
});

describe('csvSizeCounter(file)', () => {
  it('lets 2,000,000 rows through and stops at the next one', () => {
    const counter = csvSizeCounter('a.csv');
    expect(counter.record(1, ['k'])).toBe(false);
    for (let i = 0; i < 2_000_000; i++) if (counter.record(i + 2, ['1'])) throw new Error(`stopped at row ${i + 1}`);
    expect(counter.record(2_000_002, ['1'])).toBe(true);
    expect(counter.problems).toMatchObject([{ code: 'CSV-TOO-MANY-ROWS', line: 2_000_002, expected: '不超过 200 万行' }]);
  });
  it('stops when the data cells (rows × columns) pass 20,000,000', () => {
    const counter = csvSizeCounter('a.csv');
    const row = Array.from({ length: 40 }, () => '1');
    let stoppedAt = 0;
    for (let line = 1; !stoppedAt; line++) if (counter.record(line, row)) stoppedAt = line;
    // The header, then 500,000 rows of 40 cells: 20,000,000 exactly, accepted; the next row is not.
    expect(stoppedAt).toBe(500_002);
    expect(counter.problems[0]?.code).toBe('CSV-TOO-MANY-ROWS');
  });
});

describe('csvTextToTable(text, file) on long cells', () => {
  it('takes a cell of 10,000 characters and refuses one of 10,001, naming line and column', () => {
    expect(csvTextToTable(`a,b\nx,${'字'.repeat(10_000)}\n`, 'f.csv').problems).toEqual([]);
    const { table, problems } = csvTextToTable(`a,b\nx,y\nx,"${'字'.repeat(10_001)}"\n`, 'f.csv');
    expect(table).toBeUndefined();
    expect(problems).toMatchObject([{ code: 'CSV-CELL-TOO-LONG', line: 3, field: '第 2 列', message: '单元格有 10001 个字符，太长' }]);
  });
  it('lists ten long cells and counts the rest in one more problem', () => {
    const rows = Array.from({ length: 15 }, () => `x,${'a'.repeat(10_001)}`).join('\n');
    const { problems } = csvTextToTable(`a,b\n${rows}\n`, 'f.csv');
    expect(problems).toHaveLength(11);
    expect(problems[10]).toMatchObject({ code: 'CSV-CELL-TOO-LONG', line: 12 });
  });
});

describe('drawnDatasetProblems(dataset, drawnIds)', () => {
  const { catalog } = loadCatalog(copyFixtureRepo().root);
  const demo = catalog.datasets[0]!; // a figure dataset: its rows become cards and bars
  const withRows = (n: number, metric = '指标') => {
    const row = demo.latest.rows[0]!;
    const rows = Array.from({ length: n }, (_, i) => ({ ...row, key: `k${i}`, metric }));
    return { ...demo, latest: { ...demo.latest, rows, lines: rows.map((_, i) => i + 2) } };
  };
  it('takes 500 rows of a figure dataset and refuses 501', () => {
    expect(drawnDatasetProblems(withRows(500), [])).toEqual([]);
    expect(drawnDatasetProblems(withRows(501), [])).toMatchObject([{ code: 'CSV-DRAWN-TOO-MANY-ROWS', value: '501 行' }]);
  });
  it('refuses a label longer than 200 characters, naming line and field', () => {
    expect(drawnDatasetProblems(withRows(1, '字'.repeat(200)), [])).toEqual([]);
    expect(drawnDatasetProblems(withRows(1, '字'.repeat(201)), [])).toMatchObject([{ code: 'CSV-DRAWN-CELL-TOO-LONG', line: 2, field: 'metric' }]);
  });
  it('leaves an ordinary table alone unless it is named as drawn', () => {
    const plain = { ...withRows(501), id: 'plain', meta: { ...demo.meta, fields: demo.meta.fields.filter((f) => f.name !== 'metric') } };
    expect(drawnDatasetProblems(plain, [])).toEqual([]);
    expect(drawnDatasetProblems(plain, ['plain'])).toHaveLength(1);
  });
});
