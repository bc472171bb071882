/**
 * The git side of the release history check (history.ts): a few git processes in all,
 * whatever the number of datasets — one `git rev-parse`, one `git log` for every addition
 * of a released file and every write of a releases.yaml, one `git cat-file --batch` for
 * those texts, and `git rev-list --parents` only when history disagrees with itself.
 * Released files are compared by git object id, computed here from the bytes on disk.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems.ts';
import { SITE } from '../site/config.ts';
import {
  RECORDS_PATH,
  VERSION_PATH,
  historyNeedsParents,
  releaseHistoryToProblems,
  type CommitParents,
  type Introduction,
  type ReleaseHistory,
  type ReleaseTree,
} from './history.ts';

/** History read from git, or why it could not be read (in Chinese, for the report). */
export type HistoryAccess =
  | { history: ReleaseHistory; objectFormat: string; parents: () => CommitParents }
  | { missing: string };

// Variables a git hook or the caller's shell may set that would point git at another repository.
const REPOSITORY_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_COMMON_DIR', 'GIT_NAMESPACE'];

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
  for (const name of REPOSITORY_VARIABLES) delete env[name];
  return env;
}

type Run = (args: string[], input?: string) => { status: number | null; stdout: Buffer; stderr: string; error?: NodeJS.ErrnoException };

function runner(root: string, command: string): Run {
  // Replacement refs and a user's log options could show another history than the commits'.
  const fixed = ['--no-replace-objects', '-c', 'log.showSignature=false', '-c', 'core.quotePath=true'];
  return (args, input) => {
    const run = spawnSync(command, [...fixed, ...args], { cwd: root, env: gitEnv(), input, maxBuffer: 1 << 30 });
    return { status: run.status, stdout: run.stdout ?? Buffer.alloc(0), stderr: run.stderr?.toString() ?? '', ...(run.error ? { error: run.error as NodeJS.ErrnoException } : {}) };
  };
}

const firstLine = (text: string) => text.trim().split('\n')[0] ?? '';

/** `git log --raw` output → additions of released files and writes of release records. */
function logToHistory(log: string, prefix: string): Pick<ReleaseHistory, 'additions' | 'recordFiles'> {
  const additions = new Map<string, Introduction[]>();
  const recordFiles = new Map<string, Introduction[]>();
  const add = (map: Map<string, Introduction[]>, path: string, intro: Introduction) => {
    const list = map.get(path) ?? [];
    if (list.at(-1)?.commit !== intro.commit || list.at(-1)?.blob !== intro.blob) list.push(intro);
    map.set(path, list);
  };
  let commit = '';
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('\x01')) {
      [commit = '', date = ''] = line.slice(1).split(' ');
      continue;
    }
    // :100644 100644 <old id> <new id> <status>\t<path>
    const raw = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) ([A-Z])\d*\t(.+)$/.exec(line);
    if (!raw || !raw[3]!.startsWith(prefix)) continue;
    const [, blob = '', status, fullPath = ''] = raw;
    const path = fullPath.slice(prefix.length);
    if (status === 'A' && VERSION_PATH.test(path)) add(additions, path, { commit, date, blob });
    else if (status !== 'D' && RECORDS_PATH.test(path)) add(recordFiles, path, { commit, date, blob });
  }
  return { additions, recordFiles };
}

/** `git cat-file --batch` output → text of each object. */
function batchToTexts(out: Buffer): Map<string, string> {
  const texts = new Map<string, string>();
  let at = 0;
  while (at < out.length) {
    const end = out.indexOf(0x0a, at);
    const [id = '', type, size] = out.subarray(at, end).toString().split(' ');
    if (type !== 'blob') {
      at = end + 1;
      continue;
    }
    const length = Number(size);
    texts.set(id, out.subarray(end + 1, end + 1 + length).toString('utf8'));
    at = end + 1 + length + 1;
  }
  return texts;
}

/** `git rev-list --parents` output → parents of each commit. */
function revListToParents(text: string): CommitParents {
  const parents = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [commit, ...rest] = line.split(' ');
    if (commit) parents.set(commit, rest);
  }
  return parents;
}

/**
 * Reads the history of released data under `root` (which may be a folder inside the
 * repository). `git`: the command to run (tests pass a missing one).
 */
export function readReleaseHistory(root: string, git = 'git'): HistoryAccess {
  const run = runner(root, git);
  const head = run(['rev-parse', '--is-shallow-repository', '--show-object-format', '--show-prefix', 'HEAD']);
  if (head.error) {
    return { missing: head.error.code === 'ENOENT' ? '找不到 git 命令（这台机器没有安装 git）' : `无法运行 git：${head.error.message}` };
  }
  const [shallow, objectFormat = 'sha1', prefix = '', headId = ''] = head.stdout.toString().split('\n');
  if (shallow !== 'true' && shallow !== 'false') {
    return { missing: /not a git repository/.test(head.stderr) ? '这里不是 git 仓库（没有 .git，例如下载的压缩包或复制的文件夹）' : `git 无法读取这个仓库：${firstLine(head.stderr)}` };
  }
  if (shallow === 'true') return { missing: '这是浅克隆（shallow clone），缺少早期的提交' };
  const empty: ReleaseHistory = { additions: new Map(), recordFiles: new Map(), texts: new Map() };
  if (!/^[0-9a-f]{40,64}$/.test(headId)) {
    // A repository without commits yet: every release in it is new.
    if (/ambiguous argument 'HEAD'/.test(head.stderr)) return { history: empty, objectFormat, parents: () => new Map() };
    return { missing: `git 无法读取 HEAD：${firstLine(head.stderr)}` };
  }

  const log = run(['log', 'HEAD', '--full-history', '--diff-merges=separate', '--no-renames', '--raw', '--no-abbrev', '--no-color', '--format=%x01%H %cs', '--',
    ':(glob)data/*/versions/*.csv', ':(glob)data/*/releases.yaml']);
  if (log.status !== 0) return { missing: `git log 出错：${firstLine(log.stderr)}` };
  const { additions, recordFiles } = logToHistory(log.stdout.toString(), prefix);
  const blobs = [...new Set([...recordFiles.values()].flatMap((intros) => intros.map((i) => i.blob)))];
  let texts = new Map<string, string>();
  if (blobs.length > 0) {
    const batch = run(['cat-file', '--batch'], `${blobs.join('\n')}\n`);
    if (batch.status !== 0) return { missing: `git cat-file 出错：${firstLine(batch.stderr)}` };
    texts = batchToTexts(batch.stdout);
  }
  let parents: CommitParents | undefined;
  return {
    history: { additions, recordFiles, texts },
    objectFormat,
    parents: () => (parents ??= revListToParents(run(['rev-list', '--parents', 'HEAD']).stdout.toString())),
  };
}

/** Git's object id of some bytes: the hash of `blob <length>\0` and the bytes. */
export function bytesToBlobId(bytes: Uint8Array, objectFormat = 'sha1'): string {
  return createHash(objectFormat === 'sha256' ? 'sha256' : 'sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

const NOT_A_FILE = '(not a regular file)';

/** The released files and release records under `root/data/` as they are now. */
export function readReleaseTree(root: string, objectFormat = 'sha1'): ReleaseTree {
  const versionBlobs = new Map<string, string>();
  const recordTexts = new Map<string, string>();
  const dataDir = join(root, 'data');
  const ids = existsSync(dataDir) ? readdirSync(dataDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : [];
  for (const id of ids) {
    const records = `data/${id}/releases.yaml`;
    if (RECORDS_PATH.test(records) && existsSync(join(root, records))) recordTexts.set(records, readFileSync(join(root, records), 'utf8'));
    const versions = join(dataDir, id, 'versions');
    if (!existsSync(versions)) continue;
    for (const entry of readdirSync(versions, { withFileTypes: true })) {
      const path = `data/${id}/versions/${entry.name}`;
      if (!VERSION_PATH.test(path)) continue;
      // A link or a folder where a released file was is not that file, whatever it points to.
      versionBlobs.set(path, entry.isFile() ? bytesToBlobId(new Uint8Array(readFileSync(join(root, path))), objectFormat) : NOT_A_FILE);
    }
  }
  return { versionBlobs, recordTexts };
}

export interface HistoryCheckOptions {
  /** Missing history is a problem, not a notice (REQUIRE_RELEASE_HISTORY=1: CI and deploy). */
  require?: boolean;
  /** Where the one-line notice about missing history goes. */
  warn?: (line: string) => void;
  git?: string;
}

const warned = new Set<string>();

/**
 * Released data under `root` checked against git history (see history.ts). Where history
 * is missing (no .git, a shallow clone, no git), says so in one line instead of passing
 * quietly, or reports RELEASE-HISTORY-MISSING when history is required.
 */
export function releaseHistoryProblems(root: string, options: HistoryCheckOptions = {}): Problem[] {
  const { require = SITE.requireReleaseHistory, warn = (line: string) => console.warn(line), git } = options;
  const access = readReleaseHistory(root, git);
  if ('missing' in access) {
    if (require) {
      return [{
        code: 'RELEASE-HISTORY-MISSING',
        file: '.git',
        message: `无法对照 git 历史核对已发布的数据：${access.missing}`,
        fix: '在完整克隆的仓库里构建：git clone 不加 --depth；浅克隆先运行 git fetch --unshallow；GitHub Actions 中给 actions/checkout 设 fetch-depth: 0。',
      }];
    }
    if (!warned.has(root)) {
      warned.add(root);
      warn(`注意：已发布的数据没有对照 git 历史核对，因为${access.missing}。本机构建照常进行；发布用的构建（REQUIRE_RELEASE_HISTORY=1）会因此停止。`);
    }
    return [];
  }
  const { history, objectFormat, parents } = access;
  return releaseHistoryToProblems(history, readReleaseTree(root, objectFormat), historyNeedsParents(history) ? parents() : undefined);
}
