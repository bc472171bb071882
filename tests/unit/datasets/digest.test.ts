import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetChanges } from '../../../src/lib/datasets/changes.ts';
import { DIGEST_BYTES, digestProblems, needsDigest, versionDigest } from '../../../src/lib/datasets/digest.ts';
import { datasetDownloads, versionFiles } from '../../../src/lib/datasets/downloads.ts';
import { publishDatasetFiles, writeDatasetFiles, writeDigestFiles } from '../../../src/lib/datasets/file-output.ts';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { releaseDataset } from '../../../src/lib/datasets/release.ts';
import { validateData } from '../../../src/lib/validate.ts';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';
import { removeOnExit } from '../../helpers/temp.ts';

describe('needsDigest(bytes, previous)', () => {
  it('asks for a digest over the limit, or after a version that has one', () => {
    expect(needsDigest(DIGEST_BYTES, undefined)).toBe(false);
    expect(needsDigest(DIGEST_BYTES + 1, undefined)).toBe(true);
    expect(needsDigest(10, {})).toBe(false);
    expect(needsDigest(10, { digest: { rows: 1, files: [] } })).toBe(true);
    expect(needsDigest(11, undefined, 10)).toBe(true);
  });
});

/**
 * The fixture's demo dataset (two rows in 1.0.0) with 118 rows added and released as 1.1.0
 * with a digest: the limit is set to 1 byte, so that a small file stands for a large one.
 * Each test calls it (Stryker credits only tests that run the code).
 */
async function releasedWithDigest() {
  const repo = copyFixtureRepo();
  const added = Array.from({ length: 118 }, (_, i) => `r${i + 1},帮扶户数,${i + 1},exact,households,2024年,demo-source,\n`).join('');
  repo.write('data/demo/data.csv', repo.read('data/demo/data.csv') + added);
  const outcome = await releaseDataset(repo.root, { id: 'demo', bump: 'minor', note: '新增 118 行', date: '2025-02-01' }, { digestBytes: 1 });
  const read = () => ({
    full: loadCatalog(repo.root, { workingCopies: false }).catalog.datasets[0]!,
    pages: loadCatalog(repo.root, { workingCopies: false, fromDigests: true }).catalog.datasets[0]!,
  });
  return { repo, outcome, ...read() };
}

describe('a version released with a digest', () => {
  it('has its digest written into its record by the release command', async () => {
    const { repo, outcome } = await releasedWithDigest();
    expect(outcome).toMatchObject({ record: { version: '1.1.0', digest: { rows: 120 } } });
    const record = repo.read('data/demo/releases.yaml');
    expect(record).toMatch(/- version: 1\.1\.0[\s\S]*digest:\n\s+rows: 120\n\s+files:\n\s+- name: demo\.excel\.csv\n[\s\S]*- name: demo\.json\n/);
    expect(record).toContain('name: changes-from-1.0.0.csv');
    expect(record).toMatch(/added: 118\n\s+removed: 0\n\s+changed: 0\n\s+fields_added: \[\]\n\s+fields_removed: \[\]/);
  });

  it('passes validation, which compares the digest with every row, whatever order its keys are written in', async () => {
    const { repo, full } = await releasedWithDigest();
    expect(validateData(repo.root).problems).toEqual([]);
    expect(digestProblems(full)).toEqual([]);
    const records = repo.read('data/demo/releases.yaml');
    const [rowsLine] = /\n {4}rows: 120\n/.exec(records)!;
    const reordered = records.replace(rowsLine, '\n').replace(/(\n {6}added: 118)(\n {6}removed: 0)/, '$2$1') + '    rows: 120\n';
    expect(reordered).not.toBe(records);
    repo.write('data/demo/releases.yaml', reordered);
    expect(validateData(repo.root).problems).toEqual([]);
  });

  it('is read by the pages as its first 50 rows and its row count, and is not checked there', async () => {
    const { full, pages } = await releasedWithDigest();
    const latest = pages.latest;
    expect(latest.fromDigest).toBe(true);
    expect(latest.rowCount).toBe(120);
    expect(latest.rows).toHaveLength(50);
    expect(latest.rows).toEqual(full.latest.rows.slice(0, 50));
    expect(latest.lines).toEqual(full.latest.lines.slice(0, 50));
    expect(latest.rows[2]).toMatchObject({ key: 'r1', value: 1 });
    // The version before it has no digest: read in full.
    expect(pages.versions[0]).toMatchObject({ fromDigest: false, rowCount: 2 });
    expect(full.latest).toMatchObject({ fromDigest: false, rowCount: 120 });
    expect(digestProblems(pages)).toEqual([]);
    expect(() => versionDigest(pages, latest)).toThrow('demo 1.1.0: a digest is computed from every row');
  });

  it('gives the pages the same sizes and checksums as the files built from every row, without bytes', async () => {
    const { full, pages } = await releasedWithDigest();
    const described = versionFiles(pages, pages.latest);
    const built = versionFiles(full, full.latest);
    expect(described.map(({ name, bytes, sha256 }) => ({ name, bytes, sha256 }))).toEqual(built.map(({ name, bytes, sha256 }) => ({ name, bytes, sha256 })));
    expect(described.map((f) => f.body)).toEqual([undefined, undefined, undefined]);
    expect(built.every((f) => f.body && f.body.length === f.bytes)).toBe(true);
    // Built once per version: the descriptor, the page and the files share them.
    expect(versionFiles(full, full.latest)).toBe(built);
  });

  it('gives the pages the counts of its changes and the changes file, not the changed rows', async () => {
    const { full, pages } = await releasedWithDigest();
    const [fromDigest] = datasetChanges(pages);
    const [fromRows] = datasetChanges(full);
    expect(fromDigest!.counts).toEqual({ added: 118, removed: 0, changed: 0, fieldsAdded: [], fieldsRemoved: [] });
    expect(fromRows!.counts).toEqual(fromDigest!.counts);
    expect(fromDigest!.diff).toBeUndefined();
    expect(fromRows!.diff?.added).toHaveLength(118);
    expect(fromDigest!.file).toEqual({ name: 'changes-from-1.0.0.csv', bytes: fromRows!.file!.bytes, sha256: fromRows!.file!.sha256 });
  });

  it('has its files written by the validation, and every other file handed over by the pages: each file once, with the bytes built from every row', async () => {
    const { full, pages } = await releasedWithDigest();
    const dir = mkdtempSync(join(tmpdir(), 'zq-digest-'));
    removeOnExit(dir);
    // A dataset without a digest beside it: none of its rows is read, nothing of it written here.
    const plain = loadCatalog(copyFixtureRepo().root).catalog.datasets[0]!;
    const versions = plain.versions.map((v) => Object.defineProperty({ ...v, id: 'other' }, 'rows', { get: () => expect.fail('rows of a dataset without a digest were read') }));
    const other = { ...plain, id: 'other', versions, latest: versions.at(-1)! };
    expect(writeDigestFiles({ datasets: [other, full], sources: [], disagreements: [], failed: [] }, dir)).toBe(7);
    const written = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => `/${relative(dir, join(e.parentPath, e.name)).split(sep).join('/')}`)
      .sort();
    expect(written).toEqual([
      '/data/demo/1.1.0/changes-from-1.0.0.csv',
      '/data/demo/1.1.0/demo.csv',
      '/data/demo/1.1.0/demo.excel.csv',
      '/data/demo/1.1.0/demo.json',
      '/data/demo/latest/demo.csv',
      '/data/demo/latest/demo.excel.csv',
      '/data/demo/latest/demo.json',
    ]);
    const byPages = datasetDownloads(pages).filter((f) => !f.digest);
    expect(byPages.map((f) => f.path)).toEqual(['/data/demo/1.0.0/demo.csv', '/data/demo/1.0.0/demo.excel.csv', '/data/demo/1.0.0/demo.json']);
    expect(byPages.every((f) => f.body)).toBe(true);
    const all = datasetDownloads(full);
    expect([...written, ...byPages.map((f) => f.path)].sort()).toEqual(all.map((f) => f.path).sort());
    for (const path of written) expect(new Uint8Array(readFileSync(join(dir, path)))).toEqual(all.find((f) => f.path === path)!.body);
  });

  it('is left out of the files the pages hand over, which are written when Astro is done', async () => {
    const { pages } = await releasedWithDigest();
    const dir = mkdtempSync(join(tmpdir(), 'zq-pages-'));
    removeOnExit(dir);
    publishDatasetFiles(pages);
    expect(writeDatasetFiles(dir)).toBe(3);
    expect(readdirSync(join(dir, 'data/demo'))).toEqual(['1.0.0']);
  });

  it('stops the pages with a message when its digest lacks a part they need (validation refuses such a record first)', async () => {
    const { pages } = await releasedWithDigest();
    const digest = pages.latest.digest!;
    const files = digest.files;
    digest.files = files.slice(0, 1);
    expect(() => versionFiles(pages, pages.latest)).toThrow('demo 1.1.0: its digest does not describe demo.json');
    digest.files = files;
    delete digest.changes;
    expect(() => datasetChanges(pages)).toThrow('demo 1.1.0: the changes from 1.0.0 are not in its digest');
  });

  it('has no bytes in the pages: neither writer takes a file without them', async () => {
    const { pages } = await releasedWithDigest();
    const dir = mkdtempSync(join(tmpdir(), 'zq-none-'));
    removeOnExit(dir);
    expect(() => writeDigestFiles({ datasets: [pages], sources: [], disagreements: [], failed: [] }, dir)).toThrow('/data/demo/1.1.0/demo.csv: read from its digest, the validation has no bytes for it');
    delete pages.latest.digest;
    expect(() => publishDatasetFiles(pages)).toThrow('/data/demo/1.1.0/demo.csv: no bytes to publish');
    writeDatasetFiles(dir); // what was handed over before the error, so that no other test writes it
  });

  it('is refused, before any page links to it, when a file name in its digest is a path', async () => {
    const { repo } = await releasedWithDigest();
    const records = repo.read('data/demo/releases.yaml');
    repo.write('data/demo/releases.yaml', records.replace('name: changes-from-1.0.0.csv', 'name: ../../index.html'));
    expect(loadCatalog(repo.root, { fromDigests: true }).problems).toMatchObject([{ code: 'RELEASE-INVALID', file: 'data/demo/releases.yaml', value: '../../index.html' }]);
  });

  it('is refused when its digest has been edited by hand, naming the parts that differ', async () => {
    const { repo } = await releasedWithDigest();
    const records = repo.read('data/demo/releases.yaml');
    repo.write('data/demo/releases.yaml', records.replace('rows: 120', 'rows: 121'));
    expect(validateData(repo.root).problems).toEqual([
      expect.objectContaining({ code: 'RELEASE-DIGEST', file: 'data/demo/releases.yaml', field: 'digest.rows', value: '1.1.0', message: '发布记录中的大版本摘要与这次构建由该版本生成的结果不一致（rows）', expected: '120' }),
    ]);
    repo.write('data/demo/releases.yaml', records.replace('rows: 120', 'rows: 121').replace('added: 118', 'added: 117'));
    const [problem] = validateData(repo.root).problems;
    expect(problem).toMatchObject({ field: 'digest.rows', message: '发布记录中的大版本摘要与这次构建由该版本生成的结果不一致（rows、changes）' });
    repo.write('data/demo/releases.yaml', records.replace('added: 118', 'added: 117'));
    expect(validateData(repo.root).problems).toMatchObject([{ field: 'digest.changes', expected: expect.stringContaining('"added":118') }]);
    // A name the build does give, but to another file: the page would link to the version's CSV as its changes.
    repo.write('data/demo/releases.yaml', records.replace('name: changes-from-1.0.0.csv', 'name: demo.csv'));
    expect(validateData(repo.root).problems).toMatchObject([{ code: 'RELEASE-DIGEST', field: 'digest.changes' }]);
    // A long part is cut to 200 characters in the report; the fix says what to do in either case.
    const json = versionFiles(loadCatalog(repo.root).catalog.datasets[0]!, loadCatalog(repo.root).catalog.datasets[0]!.latest).find((f) => f.format === 'json')!;
    repo.write('data/demo/releases.yaml', records.replace(json.sha256, 'f'.repeat(64)));
    const [files] = validateData(repo.root).problems;
    expect(files).toMatchObject({ field: 'digest.files', fix: '发布记录由 npm run data:release 写入，请勿手改：用 git checkout 恢复 releases.yaml。若是程序的改动使已发布版本的下载文件变了：已发布的字节不可更改，请撤销那个改动。' });
    expect(files?.expected).toHaveLength(200);
    expect(files?.expected).toMatch(/^\[\{"name":"demo\.excel\.csv","bytes":\d+,"sha256":"[0-9a-f]{64}"\},\{"name":"demo\.json"/);
  });
});

describe('digestProblems(dataset, limit)', () => {
  it('asks a version over the limit for a digest it lacks', () => {
    const { root } = copyFixtureRepo();
    const demo = loadCatalog(root).catalog.datasets[0]!;
    // data/demo/versions/1.0.0.csv is 213 bytes.
    expect(digestProblems(demo, 213)).toEqual([]);
    expect(digestProblems(demo, 212)).toEqual([
      { code: 'RELEASE-DIGEST', file: 'data/demo/releases.yaml', value: '1.0.0', message: '这一版本的文件超过 212 字节，发布记录却没有大版本摘要', fix: '发布记录由 npm run data:release 写入，请勿手改：用 git checkout 恢复 releases.yaml。' },
    ]);
  });
});

describe('a version after one with a digest', () => {
  it('gets a digest of its own however small it is, and is refused without it', async () => {
    const { repo } = await releasedWithDigest();
    repo.write('data/demo/data.csv', repo.read('data/demo/data.csv').replace('r1,帮扶户数,1,', 'r1,帮扶户数,5,'));
    const outcome = await releaseDataset(repo.root, { id: 'demo', bump: 'patch', note: '更正一行', date: '2025-03-01' });
    expect(outcome).toMatchObject({ record: { version: '1.1.1', digest: { rows: 120, changes: { name: 'changes-from-1.1.0.csv', added: 0, removed: 0, changed: 1 } } } });
    const pages = loadCatalog(repo.root, { workingCopies: false, fromDigests: true }).catalog.datasets[0]!;
    expect(datasetChanges(pages).map((c) => [c.version.version, c.counts?.changed])).toEqual([['1.1.1', 1], ['1.1.0', 0], ['1.0.0', undefined]]);
    const records = repo.read('data/demo/releases.yaml');
    repo.write('data/demo/releases.yaml', records.slice(0, records.lastIndexOf('  digest:')));
    expect(validateData(repo.root).problems).toMatchObject([{ code: 'RELEASE-DIGEST', value: '1.1.1', message: '前一版本有大版本摘要，发布记录却没有大版本摘要' }]);
    // A file exactly at the limit is not over it: the reason is still the version before.
    const full = loadCatalog(repo.root).catalog.datasets[0]!;
    expect(digestProblems(full, full.latest.bytes)).toMatchObject([{ message: '前一版本有大版本摘要，发布记录却没有大版本摘要' }]);
    expect(digestProblems(full, full.latest.bytes - 1)).toMatchObject([{ message: `这一版本的文件超过 ${((full.latest.bytes - 1) / 1024).toFixed(1)} KB，发布记录却没有大版本摘要` }]);
  });

  it('is not given one when neither it nor the version before is large', async () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/data.csv', repo.read('data/demo/data.csv').replace('2200', '2300'));
    const outcome = await releaseDataset(repo.root, { id: 'demo', bump: 'patch', note: '更正户数', date: '2025-02-01' });
    expect(outcome).toMatchObject({ record: { version: '1.0.1' } });
    expect(outcome).not.toHaveProperty('record.digest');
    expect(repo.read('data/demo/releases.yaml')).not.toContain('digest');
  });
});
