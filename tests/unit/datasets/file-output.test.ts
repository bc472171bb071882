import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetDownloads } from '../../../src/lib/datasets/downloads.ts';
import { publishDatasetFiles, writeDatasetFiles } from '../../../src/lib/datasets/file-output.ts';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { removeOnExit } from '../../helpers/temp.ts';

const { catalog } = loadCatalog(process.cwd());
const hardship = catalog.datasets.find((d) => d.id === 'hardship-assistance')!;
const dist = mkdtempSync(join(tmpdir(), 'zq-files-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('datasetDownloads(dataset)', () => {
  it('lists each version’s three files in its folder and in latest/, and the changes file in the folder of the version it leads to', () => {
    // data/hardship-assistance/releases.yaml: 1.0.0, then 2.0.0.
    expect(datasetDownloads(hardship).map((f) => f.path)).toEqual([
      '/data/hardship-assistance/1.0.0/hardship-assistance.csv',
      '/data/hardship-assistance/1.0.0/hardship-assistance.excel.csv',
      '/data/hardship-assistance/1.0.0/hardship-assistance.json',
      '/data/hardship-assistance/2.0.0/hardship-assistance.csv',
      '/data/hardship-assistance/2.0.0/hardship-assistance.excel.csv',
      '/data/hardship-assistance/2.0.0/hardship-assistance.json',
      '/data/hardship-assistance/latest/hardship-assistance.csv',
      '/data/hardship-assistance/latest/hardship-assistance.excel.csv',
      '/data/hardship-assistance/latest/hardship-assistance.json',
      '/data/hardship-assistance/2.0.0/changes-from-1.0.0.csv',
    ]);
  });
});

describe('publishDatasetFiles(dataset) and writeDatasetFiles(dist)', () => {
  it('writes every handed-over file with its bytes, the released CSV unchanged, then forgets them', () => {
    publishDatasetFiles(hardship);
    expect(writeDatasetFiles(dist)).toBe(10);
    expect(readdirSync(join(dist, 'data/hardship-assistance')).sort()).toEqual(['1.0.0', '2.0.0', 'latest']);
    const released = readFileSync('data/hardship-assistance/versions/2.0.0.csv');
    expect(readFileSync(join(dist, 'data/hardship-assistance/2.0.0/hardship-assistance.csv'))).toEqual(released);
    expect(readFileSync(join(dist, 'data/hardship-assistance/latest/hardship-assistance.csv'))).toEqual(released);
    expect(readFileSync(join(dist, 'data/hardship-assistance/2.0.0/changes-from-1.0.0.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(writeDatasetFiles(dist)).toBe(0);
  });

  it('writes the bytes latest/ shares with its version once, as a hard link; other files stay apart', () => {
    const own = mkdtempSync(join(tmpdir(), 'zq-files-'));
    removeOnExit(own);
    publishDatasetFiles(hardship);
    writeDatasetFiles(own);
    const file = (path: string) => statSync(join(own, 'data/hardship-assistance', path));
    expect(file('latest/hardship-assistance.json').ino).toBe(file('2.0.0/hardship-assistance.json').ino);
    expect(file('latest/hardship-assistance.excel.csv').ino).toBe(file('2.0.0/hardship-assistance.excel.csv').ino);
    expect(file('1.0.0/hardship-assistance.json').ino).not.toBe(file('2.0.0/hardship-assistance.json').ino);
    expect(file('2.0.0/hardship-assistance.json').nlink).toBe(2);
  });
});
