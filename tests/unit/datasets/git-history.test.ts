import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/lib/datasets/checksum.ts';
import { bytesToBlobId, releaseHistoryProblems } from '../../../src/lib/datasets/git-history.ts';
import { releaseDataset } from '../../../src/lib/datasets/release.ts';
import { problemsToReport } from '../../../src/lib/problems.ts';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';
import { commitAll, git, initRepo } from '../../helpers/git-repo.ts';
import { removeOnExit } from '../../helpers/temp.ts';

const V1 = 'data/demo/versions/1.0.0.csv';
const RECORDS = 'data/demo/releases.yaml';

/** The fixture repository (data/demo released as 1.0.0) with that release committed. */
function committedRepo() {
  const repo = copyFixtureRepo();
  const first = initRepo(repo.root, '2025-01-01');
  return { ...repo, first, short: first.slice(0, 7) };
}

/** Edits released bytes and writes the matching checksum and size into the record, as a careful attacker would. */
function rewriteRelease(repo: { read: (file: string) => string; write: (file: string, text: string) => void }, from: string, to: string): void {
  const text = repo.read(V1).replace(from, to);
  repo.write(V1, text);
  const bytes = new TextEncoder().encode(text);
  repo.write(RECORDS, repo.read(RECORDS).replace(/sha256: \w+/, `sha256: ${sha256Hex(bytes)}`).replace(/bytes: \d+/, `bytes: ${bytes.length}`));
}

const check = (root: string, options: Parameters<typeof releaseHistoryProblems>[1] = {}) =>
  releaseHistoryProblems(root, { warn: () => {}, require: false, ...options });

describe('bytesToBlobId(bytes)', () => {
  it('is the id git gives the same bytes', () => {
    const repo = copyFixtureRepo();
    initRepo(repo.root);
    expect(bytesToBlobId(new Uint8Array(Buffer.from(repo.read(V1))))).toBe(git(repo.root, ['rev-parse', `HEAD:${V1}`]));
  });
});

describe('releaseHistoryProblems(root) on a repository with history', () => {
  it('passes the committed release, and a new release before and after it is committed', async () => {
    const repo = committedRepo();
    expect(check(repo.root)).toEqual([]);
    repo.write('data/demo/data.csv', repo.read('data/demo/data.csv').replace('2200', '2300'));
    expect(await releaseDataset(repo.root, { id: 'demo', bump: 'patch', note: '更正户数', date: '2025-02-01' })).toMatchObject({ record: { version: '1.0.1' } });
    expect(check(repo.root)).toEqual([]);
    commitAll(repo.root, 'data: demo 1.0.1', '2025-02-01');
    expect(check(repo.root)).toEqual([]);
  });

  it('refuses a released file rewritten together with its record, committed', () => {
    const repo = committedRepo();
    rewriteRelease(repo, '2200', '2300');
    commitAll(repo.root, '改写已发布的数字', '2025-03-01');
    const problems = check(repo.root);
    expect(problems).toMatchObject([
      { code: 'RELEASE-REWRITTEN', file: V1 },
      { code: 'RELEASE-RECORD-EDITED', file: RECORDS, line: 4, field: 'sha256', expected: '374ffc7473ff8d36a85cbd7076109c172faf011259db847c6080105fcb4c5e5a' },
    ]);
    expect(problems).toHaveLength(2); // the size did not change: 2200 → 2300
    const report = problemsToReport(problems);
    expect(report).toContain(`${V1} [RELEASE-REWRITTEN] 已发布版本的文件与首次提交时不同：已发布的数据不可更改（它由 2025-01-01 的提交 ${repo.short} 加入）`);
    expect(report).toContain(`修改方法：恢复原文件：git checkout ${repo.short} -- ${V1}。要更正已发布的数字，把更正写进 data/demo/data.csv，再用 npm run data:release 发布一个新版本`);
    expect(report).toContain(`${RECORDS}:4 [RELEASE-RECORD-EDITED] sha256：版本 1.0.0 的发布记录提交后被改动了`);
  });

  it('refuses the same rewrite before it is committed', () => {
    const repo = committedRepo();
    rewriteRelease(repo, '30000000', '3000000');
    expect(check(repo.root)).toMatchObject([
      { code: 'RELEASE-REWRITTEN', file: V1 },
      { code: 'RELEASE-RECORD-EDITED', field: 'sha256' },
      { code: 'RELEASE-RECORD-EDITED', line: 5, field: 'bytes', value: '212', expected: '213' },
    ]);
  });

  it('refuses an edited release note, naming the line, the old and the new note', () => {
    const repo = committedRepo();
    repo.write(RECORDS, repo.read(RECORDS).replace('note: 首次发布', 'note: 首次发布（已核实）'));
    commitAll(repo.root, '改说明', '2025-03-01');
    expect(check(repo.root)).toEqual([
      expect.objectContaining({ code: 'RELEASE-RECORD-EDITED', file: RECORDS, line: 3, field: 'note', value: '首次发布（已核实）', expected: '首次发布' }),
    ]);
  });

  it('refuses a removed record, even with its file gone too', async () => {
    const repo = committedRepo();
    repo.write('data/demo/data.csv', repo.read('data/demo/data.csv').replace('2200', '2300'));
    await releaseDataset(repo.root, { id: 'demo', bump: 'patch', note: '更正户数', date: '2025-02-01' });
    commitAll(repo.root, 'data: demo 1.0.1', '2025-02-01');
    repo.write(RECORDS, repo.read(RECORDS).replace(/^- version: 1\.0\.0\n(  .*\n)+/m, ''));
    rmSync(join(repo.root, V1));
    commitAll(repo.root, '删掉旧版本', '2025-03-01');
    const problems = check(repo.root);
    expect(problems).toMatchObject([{ code: 'RELEASE-RECORD-REMOVED', file: RECORDS, value: '1.0.0' }]);
    expect(problemsToReport(problems)).toContain(`git checkout ${repo.short} -- ${RECORDS} ${V1}`);
  });

  it('refuses a deleted file re-added with other bytes: it is compared with its first addition', () => {
    const repo = committedRepo();
    const original = repo.read(V1);
    rmSync(join(repo.root, V1));
    repo.write(RECORDS, '- version: 0.9.0\n  date: 2025-01-01\n  note: 占位\n  sha256: 374ffc7473ff8d36a85cbd7076109c172faf011259db847c6080105fcb4c5e5a\n  bytes: 213\n');
    commitAll(repo.root, '删除', '2025-02-01');
    repo.write(V1, original);
    repo.write(RECORDS, '- version: 1.0.0\n  date: 2025-01-01\n  note: 首次发布\n  sha256: 374ffc7473ff8d36a85cbd7076109c172faf011259db847c6080105fcb4c5e5a\n  bytes: 213\n');
    rewriteRelease(repo, '2200', '2300');
    commitAll(repo.root, '重新加入', '2025-03-01');
    expect(check(repo.root)).toMatchObject([
      { code: 'RELEASE-REWRITTEN', file: V1, message: expect.stringContaining(`2025-01-01 的提交 ${repo.short}`) },
      { code: 'RELEASE-RECORD-EDITED', field: 'sha256' },
      { code: 'RELEASE-RECORD-REMOVED', value: '0.9.0' },
    ]);
  });

  it('refuses a link put where a released file was', () => {
    const repo = committedRepo();
    repo.write('data/demo/elsewhere.csv', repo.read(V1));
    rmSync(join(repo.root, V1));
    symlinkSync('../elsewhere.csv', join(repo.root, V1));
    expect(check(repo.root)).toMatchObject([{ code: 'RELEASE-REWRITTEN', file: V1 }]);
  });

  it('passes once a rewrite is undone, though history keeps the rewrite', () => {
    const repo = committedRepo();
    const [file, records] = [repo.read(V1), repo.read(RECORDS)];
    rewriteRelease(repo, '2200', '2300');
    commitAll(repo.root, '改写', '2025-02-01');
    repo.write(V1, file);
    repo.write(RECORDS, records);
    commitAll(repo.root, '恢复', '2025-02-02');
    expect(check(repo.root)).toEqual([]);
  });

  it('refuses a rewrite merged from a branch that added the same release in parallel', () => {
    const repo = copyFixtureRepo();
    const [file, records] = [repo.read(V1), repo.read(RECORDS)];
    rmSync(join(repo.root, 'data/demo/versions'), { recursive: true });
    rmSync(join(repo.root, RECORDS));
    initRepo(repo.root, '2025-01-01');
    git(repo.root, ['checkout', '-q', '-b', 'side']);
    mkdirSync(join(repo.root, 'data/demo/versions'));
    repo.write(V1, file);
    repo.write(RECORDS, records);
    rewriteRelease(repo, '2200', '2300');
    commitAll(repo.root, '旁支发布', '2025-01-02');
    git(repo.root, ['checkout', '-q', 'main']);
    mkdirSync(join(repo.root, 'data/demo/versions'));
    repo.write(V1, file);
    repo.write(RECORDS, records);
    commitAll(repo.root, '正式发布', '2025-01-03');
    // The merge takes the side branch's bytes: the release has two first additions, and they differ.
    git(repo.root, ['merge', '-q', '-X', 'theirs', '--no-edit', 'side'], '2025-01-04');
    expect(repo.read(V1)).toContain('2300');
    expect(check(repo.root).map((p) => p.code)).toEqual(['RELEASE-REWRITTEN', 'RELEASE-RECORD-EDITED']);
  });

  it('anchors a release first committed in a merge commit', async () => {
    const repo = committedRepo();
    git(repo.root, ['checkout', '-q', '-b', 'side']);
    commitAll(repo.root, '旁支', '2025-01-02');
    git(repo.root, ['checkout', '-q', 'main']);
    commitAll(repo.root, '主干', '2025-01-03');
    git(repo.root, ['merge', '-q', '--no-commit', 'side']);
    repo.write('data/demo/data.csv', repo.read('data/demo/data.csv').replace('2200', '2300'));
    await releaseDataset(repo.root, { id: 'demo', bump: 'patch', note: '更正户数', date: '2025-01-04' });
    const merge = commitAll(repo.root, '合并时发布 1.0.1', '2025-01-04');
    const v2 = 'data/demo/versions/1.0.1.csv';
    repo.write(v2, repo.read(v2).replace('2300', '2400'));
    repo.write(RECORDS, repo.read(RECORDS).replace('note: 更正户数', 'note: 再次更正'));
    commitAll(repo.root, '改写 1.0.1', '2025-01-05');
    expect(check(repo.root)).toMatchObject([
      { code: 'RELEASE-REWRITTEN', file: v2, message: expect.stringContaining(merge.slice(0, 7)) },
      { code: 'RELEASE-RECORD-EDITED', field: 'note', expected: '更正户数' },
    ]);
  });

  it('works when the site is a folder inside the repository', () => {
    const outer = mkdtempSync(join(tmpdir(), 'zq-outer-'));
    removeOnExit(outer);
    const repo = copyFixtureRepo();
    renameSync(repo.root, join(outer, 'site'));
    const root = join(outer, 'site');
    initRepo(outer, '2025-01-01');
    writeFileSync(join(root, RECORDS), readFileSync(join(root, RECORDS), 'utf8').replace('note: 首次发布', 'note: 改过'));
    expect(check(root)).toMatchObject([{ code: 'RELEASE-RECORD-EDITED', file: RECORDS, field: 'note' }]);
  });
});

describe('releaseHistoryProblems(root) where history is missing', () => {
  it('says so in one line when there is no .git, and fails when history is required', () => {
    const repo = copyFixtureRepo();
    const lines: string[] = [];
    expect(check(repo.root, { warn: (line) => lines.push(line) })).toEqual([]);
    expect(lines).toEqual(['注意：已发布的数据没有对照 git 历史核对，因为这里不是 git 仓库（没有 .git，例如下载的压缩包或复制的文件夹）。本机构建照常进行；发布用的构建（REQUIRE_RELEASE_HISTORY=1）会因此停止。']);
    expect(check(repo.root, { require: true })).toMatchObject([{ code: 'RELEASE-HISTORY-MISSING', file: '.git', message: '无法对照 git 历史核对已发布的数据：这里不是 git 仓库（没有 .git，例如下载的压缩包或复制的文件夹）' }]);
  });

  it('refuses to trust a shallow clone', () => {
    const repo = committedRepo();
    repo.write(RECORDS, repo.read(RECORDS).replace('note: 首次发布', 'note: 改过'));
    commitAll(repo.root, '改说明', '2025-02-01');
    const clone = mkdtempSync(join(tmpdir(), 'zq-shallow-'));
    removeOnExit(clone);
    git(tmpdir(), ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
    const lines: string[] = [];
    expect(check(clone, { warn: (line) => lines.push(line) })).toEqual([]);
    expect(lines.join('')).toContain('这是浅克隆（shallow clone），缺少早期的提交');
    expect(check(clone, { require: true })).toMatchObject([{ code: 'RELEASE-HISTORY-MISSING', message: expect.stringContaining('浅克隆') }]);
    git(clone, ['fetch', '-q', '--unshallow']);
    expect(check(clone, { require: true })).toMatchObject([{ code: 'RELEASE-RECORD-EDITED', field: 'note' }]);
  });

  it('passes every release of a repository without commits yet as new', () => {
    const repo = copyFixtureRepo();
    git(repo.root, ['init', '-q']);
    expect(check(repo.root, { require: true })).toEqual([]);
  });

  it('names a missing git command', () => {
    const repo = committedRepo();
    expect(check(repo.root, { require: true, git: join(repo.root, 'no-such-git') })).toMatchObject([{ code: 'RELEASE-HISTORY-MISSING', message: expect.stringContaining('找不到 git 命令') }]);
  });
});

describe('npm run validate without history', () => {
  const validate = (root: string, require: string) =>
    spawnSync(process.execPath, ['scripts/validate.ts'], { env: { ...process.env, SITE_ROOT: root, REQUIRE_RELEASE_HISTORY: require }, encoding: 'utf8' });

  it('passes with one line saying why released data was not checked', () => {
    const run = validate(copyFixtureRepo().root, '');
    expect(run.stderr).toContain('注意：已发布的数据没有对照 git 历史核对，因为这里不是 git 仓库');
    expect(run.stdout).toContain('校验通过');
    expect(run.status).toBe(0);
  });

  it('fails with REQUIRE_RELEASE_HISTORY=1', () => {
    const run = validate(copyFixtureRepo().root, '1');
    expect(run.stderr).toContain('.git [RELEASE-HISTORY-MISSING] 无法对照 git 历史核对已发布的数据：这里不是 git 仓库');
    expect(run.status).toBe(1);
  });
});

describe('npm run validate on a copy of this repository with history', () => {
  it('refuses a released file rewritten together with its record, in Chinese, with file, line and code', () => {
    const root = mkdtempSync(join(tmpdir(), 'zq-history-'));
    removeOnExit(root);
    for (const dir of ['data', 'content']) cpSync(dir, join(root, dir), { recursive: true });
    const first = initRepo(root).slice(0, 7);
    const file = 'data/union-forests/versions/1.0.0.csv';
    const records = 'data/union-forests/releases.yaml';
    const text = readFileSync(join(root, file), 'utf8').replace(',35,exact,', ',36,exact,');
    writeFileSync(join(root, file), text);
    const record = readFileSync(join(root, records), 'utf8').replace(/sha256: \w+/, `sha256: ${sha256Hex(new TextEncoder().encode(text))}`);
    writeFileSync(join(root, records), record);
    commitAll(root, '改写工会林数量', '2026-11-25');
    const run = spawnSync(process.execPath, ['scripts/validate.ts'], { env: { ...process.env, SITE_ROOT: root }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file} [RELEASE-REWRITTEN] 已发布版本的文件与首次提交时不同：已发布的数据不可更改（它由 2026-11-24 的提交 ${first} 加入）`);
    expect(run.stderr).toContain(`${records}:5 [RELEASE-RECORD-EDITED] sha256：版本 1.0.0 的发布记录提交后被改动了`);
    expect(run.stderr).toContain('应为：f3aedc3729d743d7da85d535abb580bd1d220b6f66a3b30c72c6b1ec8791013c');
    expect(run.stderr).toContain('共发现 2 个问题。');
  });
});
