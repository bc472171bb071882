import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { releaseDataset } from '../../../src/lib/datasets/release.ts';
import { nextVersion } from '../../../src/lib/datasets/versioning.ts';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';

describe('nextVersion(current, bump)', () => {
  it.each([
    [undefined, 'minor', '1.0.0'],
    ['1.2.3', 'major', '2.0.0'],
    ['1.2.3', 'minor', '1.3.0'],
    ['1.2.3', 'patch', '1.2.4'],
  ] as const)('%s + %s → %s', (current, bump, next) => expect(nextVersion(current, bump)).toBe(next));
});

describe('releaseDataset(root, request)', () => {
  it('refuses a release with no change and touches nothing', async () => {
    const repo = copyFixtureRepo();
    const before = repo.read('data/demo/releases.yaml');
    const outcome = await releaseDataset(repo.root, { id: 'demo', bump: 'patch', note: '无变化', date: '2025-02-01' });
    expect(outcome).toMatchObject({ problems: [{ code: 'RELEASE-NO-CHANGE' }] });
    expect(repo.read('data/demo/releases.yaml')).toBe(before);
  });

  it('releases the working copy as the next version and leaves 1.0.0 byte-identical', async () => {
    const repo = copyFixtureRepo();
    const v1 = readFileSync(join(repo.root, 'data/demo/versions/1.0.0.csv'));
    repo.write('data/demo/data.csv', repo.read('data/demo/data.csv').replace('2200', '2300'));
    const outcome = await releaseDataset(repo.root, { id: 'demo', bump: 'patch', note: '更正户数', date: '2025-02-01' });
    expect(outcome).toMatchObject({ record: { version: '1.0.1', date: '2025-02-01', note: '更正户数' } });
    expect(readFileSync(join(repo.root, 'data/demo/versions/1.0.0.csv'))).toEqual(v1);
    const { catalog, problems } = loadCatalog(repo.root);
    expect(problems).toEqual([]);
    expect(catalog.datasets[0]?.versions.map((v) => v.version)).toEqual(['1.0.0', '1.0.1']);
  });

  it('refuses to release a working copy that fails validation', async () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/data.csv', repo.read('data/demo/data.csv').replace('2200', '两千'));
    const outcome = await releaseDataset(repo.root, { id: 'demo', bump: 'patch', note: 'x', date: '2025-02-01' });
    expect(outcome).toMatchObject({ problems: [{ code: 'CSV-TYPE', file: 'data/demo/data.csv' }] });
    expect(existsSync(join(repo.root, 'data/demo/versions/1.0.1.csv'))).toBe(false);
  });
});

describe('releaseDataset(root, request) and the Frictionless rule', () => {
  it('refuses a bump smaller than the change needs, and a first release validates data.csv', async () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/data.csv', `${repo.read('data/demo/data.csv')}new,新增,1,exact,yuan,2024,demo-source,\n`);
    const outcome = await releaseDataset(repo.root, { id: 'demo', bump: 'patch', note: '新增一行', date: '2025-02-01' });
    expect(outcome).toMatchObject({ problems: [{ code: 'RELEASE-BUMP-TOO-SMALL' }] });
    expect(JSON.stringify(outcome)).toContain('需要 minor');
    expect(await releaseDataset(repo.root, { id: 'demo', bump: 'minor', note: '新增一行', date: '2025-02-01' })).toMatchObject({ record: { version: '1.1.0' } });
  });

  it('refuses a working copy whose header disagrees with the schema', async () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/data.csv', repo.read('data/demo/data.csv').replace('period,', 'year,'));
    const outcome = await releaseDataset(repo.root, { id: 'demo', bump: 'major', note: 'x', date: '2025-02-01' });
    expect(outcome).toMatchObject({ problems: [{ code: 'CSV-MISSING-COLUMN' }, { code: 'CSV-EXTRA-COLUMN' }] });
  });
});

describe('releaseDataset(root, request): refusals that protect released versions', () => {
  it('refuses to overwrite an existing version file', async () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/data.csv', repo.read('data/demo/data.csv').replace('2200', '2300'));
    // A stray file where the next version would go is refused by validation first.
    repo.write('data/demo/versions/1.0.1.csv', 'key\n');
    const outcome = await releaseDataset(repo.root, { id: 'demo', bump: 'patch', note: 'x', date: '2025-02-01' });
    expect(outcome).toMatchObject({ problems: [{ code: 'RELEASE-UNRECORDED', file: 'data/demo/versions/1.0.1.csv' }] });
    expect(repo.read('data/demo/versions/1.0.1.csv')).toBe('key\n');
  });

  it('refuses release records whose version goes backwards', async () => {
    const repo = copyFixtureRepo();
    const record = repo.read('data/demo/releases.yaml');
    repo.write('data/demo/releases.yaml', `${record}${record.replace('1.0.0', '0.9.0').replace('首次发布', '倒退')}`);
    repo.write('data/demo/versions/0.9.0.csv', repo.read('data/demo/versions/1.0.0.csv'));
    const { problems } = loadCatalog(repo.root);
    expect(problems).toMatchObject([{ code: 'RELEASE-ORDER', value: '0.9.0' }]);
  });
});

describe('releaseDataset(root, request): what a release note and id may hold', () => {
  it.each([
    ['更正，联系人 138 1234 5678', 'PII-MOBILE'],
    ['更正\u202e说明', 'TEXT-CONTROL'],
  ])('refuses the note %j before reading or writing anything (%s)', async (note, code) => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/data.csv', repo.read('data/demo/data.csv').replace('2200', '2300'));
    const before = repo.read('data/demo/releases.yaml');
    const outcome = await releaseDataset(repo.root, { id: 'demo', bump: 'patch', note, date: '2025-02-01' });
    expect(outcome).toMatchObject({ problems: [{ code, file: 'data/demo/releases.yaml', field: 'note' }] });
    expect(repo.read('data/demo/releases.yaml')).toBe(before);
  });

  it('refuses a dataset id that is a path, not a slug', async () => {
    const repo = copyFixtureRepo();
    expect(await releaseDataset(repo.root, { id: '../demo', bump: 'patch', note: 'x', date: '2025-02-01' })).toMatchObject({ problems: [{ code: 'RELEASE-UNKNOWN-DATASET' }] });
  });
});

describe('releaseDataset(root, request): a schema change', () => {
  it('releases a new column as a major version once data.csv has it; before that, the build is refused', async () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/meta.yaml', repo.read('data/demo/meta.yaml').replace('primary_key: [key]', '  - { name: place, title: 地点, type: string, description: 地点, enum: [\'4412\'] }\nprimary_key: [key]'));
    const csv = repo.read('data/demo/data.csv').split('\n');
    repo.write('data/demo/data.csv', csv.map((line, i) => (line === '' ? line : `${line},${i === 0 ? 'place' : '4412'}`)).join('\n'));
    expect(await releaseDataset(repo.root, { id: 'demo', bump: 'minor', note: '加地点', date: '2025-02-01' })).toMatchObject({ problems: [{ code: 'RELEASE-BUMP-TOO-SMALL' }] });
    expect(await releaseDataset(repo.root, { id: 'demo', bump: 'major', note: '加地点', date: '2025-02-01' })).toMatchObject({ record: { version: '2.0.0' } });
    const { catalog, problems } = loadCatalog(repo.root);
    expect(problems).toEqual([]);
    expect(catalog.datasets[0]?.latest.rows[0]).toMatchObject({ key: 'funds', place: '4412' });
    expect(catalog.datasets[0]?.versions[0]?.header).not.toContain('place');
  });
});

describe('releaseDataset(root, request): the record written and what the editor is told', () => {
  it('records the bytes and SHA-256 of the working copy and appends to releases.yaml, keeping what was there', async () => {
    const repo = copyFixtureRepo();
    const csv = repo.read('data/demo/data.csv').replace('2200', '2300');
    repo.write('data/demo/data.csv', csv);
    const before = repo.read('data/demo/releases.yaml');
    const outcome = await releaseDataset(repo.root, { id: 'demo', bump: 'patch', note: '更正户数', date: '2025-02-01' });
    const sha256 = createHash('sha256').update(csv).digest('hex');
    expect(outcome).toStrictEqual({ record: { version: '1.0.1', date: '2025-02-01', note: '更正户数', sha256, bytes: Buffer.byteLength(csv) } });
    expect(repo.read('data/demo/versions/1.0.1.csv')).toBe(csv);
    expect(repo.read('data/demo/releases.yaml')).toBe(`${before}- version: 1.0.1\n  date: 2025-02-01\n  note: 更正户数\n  sha256: ${sha256}\n  bytes: ${Buffer.byteLength(csv)}\n`);
  });

  it('writes the first release record with a note not to edit it by hand', async () => {
    const repo = copyFixtureRepo();
    rmSync(join(repo.root, 'data/demo/releases.yaml'));
    rmSync(join(repo.root, 'data/demo/versions'), { recursive: true });
    const outcome = await releaseDataset(repo.root, { id: 'demo', bump: 'patch', note: '首次发布', date: '2025-02-01' });
    expect(outcome).toMatchObject({ record: { version: '1.0.0' } });
    expect(repo.read('data/demo/releases.yaml')).toMatch(/^# 发布记录：由 npm run data:release 写入，请勿手改。\n- version: 1\.0\.0\n/);
  });

  it.each([
    ['patch', '新增一行', 'minor', '新增了行'],
    ['minor', '删除一行', 'major', '字段有增删或删除了行，会影响已有用户'],
  ] as const)('refuses %s for a change that needs more, saying why (%s)', async (bump, change, needed, reason) => {
    const repo = copyFixtureRepo();
    const csv = repo.read('data/demo/data.csv');
    repo.write('data/demo/data.csv', change === '新增一行' ? `${csv}new,新增,1,exact,yuan,2024,demo-source,\n` : csv.split('\n').filter((line) => !line.startsWith('households,')).join('\n'));
    expect(await releaseDataset(repo.root, { id: 'demo', bump, note: change, date: '2025-02-01' })).toStrictEqual({
      problems: [{ code: 'RELEASE-BUMP-TOO-SMALL', file: 'data/demo/data.csv', message: `这次修改需要 ${needed} 版本（${reason}），不能只发布 ${bump}` }],
    });
  });

  it('says what is missing: the dataset, its working copy, or any change', async () => {
    const repo = copyFixtureRepo();
    expect(await releaseDataset(repo.root, { id: 'nothing', bump: 'patch', note: 'x', date: '2025-02-01' })).toStrictEqual({ problems: [{ code: 'RELEASE-UNKNOWN-DATASET', file: 'data/nothing/data.csv', message: '没有数据集“nothing”' }] });
    expect(await releaseDataset(repo.root, { id: 'demo', bump: 'patch', note: 'x', date: '2025-02-01' })).toStrictEqual({ problems: [{ code: 'RELEASE-NO-CHANGE', file: 'data/demo/data.csv', message: 'data.csv 的数据与最新版本 1.0.0 相同，没有可发布的变化' }] });
    rmSync(join(repo.root, 'data/demo/data.csv'));
    expect(await releaseDataset(repo.root, { id: 'demo', bump: 'patch', note: 'x', date: '2025-02-01' })).toStrictEqual({ problems: [{ code: 'RELEASE-NO-WORKING', file: 'data/demo/data.csv', message: '没有工作副本 data.csv', fix: '先把要发布的数据写进 data.csv。' }] });
    expect(await releaseDataset(repo.root, { id: 'Demo', bump: 'patch', note: 'x', date: '2025-02-01' })).toStrictEqual({ problems: [{ code: 'RELEASE-UNKNOWN-DATASET', file: 'data/', value: 'Demo', message: '数据集代码只能用小写英文字母、数字和连字符' }] });
  });

  it('is not stopped by a problem in another dataset', async () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/data.csv', repo.read('data/demo/data.csv').replace('2200', '2300'));
    mkdirSync(join(repo.root, 'data/other'));
    repo.write('data/other/meta.yaml', 'title: [\n');
    expect(await releaseDataset(repo.root, { id: 'demo', bump: 'patch', note: 'x', date: '2025-02-01' })).toMatchObject({ record: { version: '1.0.1' } });
  });
});

describe('releaseDataset(root, request): what a release resolves, and what it does not', () => {
  it('is stopped by a broken release record or a problem in meta.yaml of the dataset', async () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/data.csv', repo.read('data/demo/data.csv').replace('2200', '2300'));
    const releases = repo.read('data/demo/releases.yaml');
    repo.write('data/demo/releases.yaml', releases.replace('bytes: 213', 'bytes: many'));
    expect(await releaseDataset(repo.root, { id: 'demo', bump: 'patch', note: 'x', date: '2025-02-01' })).toMatchObject({ problems: [{ code: 'RELEASE-INVALID', file: 'data/demo/releases.yaml' }] });
    repo.write('data/demo/releases.yaml', releases);
    repo.write('data/demo/meta.yaml', repo.read('data/demo/meta.yaml').replace('sources: [demo-source]', 'sources: [demo-source, nowhere]'));
    expect(await releaseDataset(repo.root, { id: 'demo', bump: 'patch', note: 'x', date: '2025-02-01' })).toMatchObject({ problems: [{ code: 'META-SOURCE', file: 'data/demo/meta.yaml' }] });
    expect(existsSync(join(repo.root, 'data/demo/versions/1.0.1.csv'))).toBe(false);
  });
});
