/**
 * Released data checked against git history, not against another file of the same commit:
 * a released `versions/<v>.csv` keeps the bytes of the commit that first added it, and a
 * release record, once committed, is never edited or removed. Pure: the git calls live in
 * git-history.ts, which gathers a ReleaseHistory and the working tree for these functions.
 */
import type { Problem } from '../problems.ts';
import { datasetPaths } from './load.ts';
import { committedRecords, textToRecords, type RecordEntry } from './release-records.ts';

/** A commit that introduced a value: a released file's blob, or a text of a releases.yaml. */
export interface Introduction {
  commit: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
  /** Git object id of the file as that commit recorded it. */
  blob: string;
}

/** What git history holds about released data (paths relative to the repository root). */
export interface ReleaseHistory {
  /** Every commit that added a `data/<id>/versions/<v>.csv`, newest first. */
  additions: ReadonlyMap<string, readonly Introduction[]>;
  /** Every commit that wrote a `data/<id>/releases.yaml`, newest first. */
  recordFiles: ReadonlyMap<string, readonly Introduction[]>;
  /** Text of each blob in `recordFiles`. */
  texts: ReadonlyMap<string, string>;
}

/** The files as they are now: git object ids of the released CSVs, texts of the release records. */
export interface ReleaseTree {
  versionBlobs: ReadonlyMap<string, string>;
  recordTexts: ReadonlyMap<string, string>;
}

/** Parents of every commit reachable from HEAD; needed only when history disagrees with itself. */
export type CommitParents = ReadonlyMap<string, readonly string[]>;

/** Repository paths the history check reads; anything else under data/ is not a release. */
export const VERSION_PATH = /^data\/([a-z0-9]+(?:-[a-z0-9]+)*)\/versions\/((?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*))\.csv$/;
export const RECORDS_PATH = /^data\/([a-z0-9]+(?:-[a-z0-9]+)*)\/releases\.yaml$/;

/** A value as it was introduced, keyed so that equal values compare equal. */
interface Variant<T> {
  intro: Introduction;
  key: string;
  value: T;
}

const short = (commit: string) => commit.slice(0, 7);

/** True when a proper ancestor of `commit` is one of `commits`. */
function hasAncestorIn(parents: CommitParents, commit: string, commits: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  const stack = [...(parents.get(commit) ?? [])];
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (commits.has(c)) return true;
    if (seen.has(c)) continue;
    seen.add(c);
    stack.push(...(parents.get(c) ?? []));
  }
  return false;
}

/**
 * The first variants of a value: those introduced by a commit with no earlier
 * introduction among its ancestors. One when history is a line; two that differ only
 * when parallel branches introduced the same path or version, and then today's value
 * must equal both (a merge cannot choose which of them was "first").
 */
function firstVariants<T>(variants: readonly Variant<T>[], parents: CommitParents | undefined): Variant<T>[] {
  const oldest = variants.at(-1)!;
  if (variants.every((v) => v.key === oldest.key)) return [oldest];
  if (!parents) throw new Error('history disagrees with itself: commit parents are needed');
  const commits = new Set(variants.map((v) => v.intro.commit));
  const roots = variants.filter((v) => !hasAncestorIn(parents, v.intro.commit, commits));
  const byKey = new Map(roots.map((v) => [v.key, v]));
  return [...byKey.values()];
}

type Variants = ReturnType<typeof collectVariants>;
const variantsCache = new WeakMap<ReleaseHistory, Variants>();

/** Every variant of every value the history introduced, grouped by what it is the value of (once per history). */
function historyVariants(history: ReleaseHistory): Variants {
  let variants = variantsCache.get(history);
  if (!variants) variantsCache.set(history, (variants = collectVariants(history)));
  return variants;
}

function collectVariants(history: ReleaseHistory) {
  const files = new Map<string, Variant<null>[]>();
  for (const [path, intros] of history.additions) {
    files.set(path, intros.map((intro) => ({ intro, key: intro.blob, value: null })));
  }
  const records = new Map<string, Map<string, Variant<RecordEntry>[]>>();
  const parsed = new Map<string, Map<string, RecordEntry> | undefined>();
  const items = new Map<string, Map<string, RecordEntry> | undefined>();
  for (const [path, intros] of history.recordFiles) {
    const byVersion = new Map<string, Variant<RecordEntry>[]>();
    for (const intro of intros) {
      if (!parsed.has(intro.blob)) parsed.set(intro.blob, committedRecords(history.texts.get(intro.blob) ?? '', items));
      for (const [version, entry] of parsed.get(intro.blob) ?? []) {
        const list = byVersion.get(version) ?? [];
        list.push({ intro, key: entry.key, value: entry });
        byVersion.set(version, list);
      }
    }
    records.set(path, byVersion);
  }
  return { files, records };
}

/** Whether some path or record has taken different values in history (then commit parents are needed). */
export function historyNeedsParents(history: ReleaseHistory): boolean {
  const { files, records } = historyVariants(history);
  const differs = (variants: readonly Variant<unknown>[]) => variants.some((v) => v.key !== variants[0]!.key);
  return [...files.values()].some(differs) || [...records.values()].some((byVersion) => [...byVersion.values()].some(differs));
}

function rewrittenFile(path: string, first: Introduction): Problem {
  const [, id] = VERSION_PATH.exec(path)!;
  return {
    code: 'RELEASE-REWRITTEN',
    file: path,
    message: `已发布版本的文件与首次提交时不同：已发布的数据不可更改（它由 ${first.date} 的提交 ${short(first.commit)} 加入）`,
    expected: `与提交 ${short(first.commit)} 中的文件逐字节相同`,
    fix: `恢复原文件：git checkout ${short(first.commit)} -- ${path}。要更正已发布的数字，把更正写进 ${datasetPaths(id!).working}，再用 npm run data:release 发布一个新版本；旧版本保持原样。`,
  };
}

function editedRecord(path: string, version: string, field: string, first: Variant<RecordEntry>, today: RecordEntry): Problem {
  const was = first.value.fields[field];
  const now = today.fields[field];
  return {
    code: 'RELEASE-RECORD-EDITED',
    file: path,
    line: today.fieldLines[field] ?? today.line,
    field,
    value: now ?? '（没有这一项）',
    message: `版本 ${version} 的发布记录提交后被改动了：发布记录一经提交就不能再改（原记录见 ${first.intro.date} 的提交 ${short(first.intro.commit)}）`,
    expected: was ?? '（没有这一项）',
    fix: `恢复原记录：git checkout ${short(first.intro.commit)} -- ${path}。要更正说明或数字，请发布一个新版本，在新版本的说明里写明更正了什么。`,
  };
}

function removedRecord(path: string, version: string, first: Variant<RecordEntry>): Problem {
  const [, id] = RECORDS_PATH.exec(path)!;
  const commit = short(first.intro.commit);
  return {
    code: 'RELEASE-RECORD-REMOVED',
    file: path,
    field: 'version',
    value: version,
    message: `版本 ${version} 的发布记录已经提交过（${first.intro.date} 的提交 ${commit}），现在不见了：已发布的版本不可删除`,
    fix: `从 git 恢复记录和文件：git checkout ${commit} -- ${path} ${datasetPaths(id!).version(version)}。`,
  };
}

/**
 * Problems of the working tree against history: every released CSV that differs from the
 * commit that first added its path (even after a delete and re-add), every committed
 * release record edited or removed since. A release not yet committed is not checked here.
 * `parents` is needed only when historyNeedsParents(history).
 */
export function releaseHistoryToProblems(history: ReleaseHistory, tree: ReleaseTree, parents?: CommitParents): Problem[] {
  const problems: Problem[] = [];
  const { files, records } = historyVariants(history);
  for (const [path, blob] of tree.versionBlobs) {
    const variants = files.get(path);
    if (!variants) continue;
    const differing = firstVariants(variants, parents).find((v) => v.key !== blob);
    if (differing) problems.push(rewrittenFile(path, differing.intro));
  }
  for (const [path, byVersion] of records) {
    const text = tree.recordTexts.get(path);
    const today = text === undefined ? new Map<string, RecordEntry>() : textToRecords(text);
    // A releases.yaml that does not parse is reported by validation (RELEASE-INVALID, YAML-SYNTAX).
    if (today === undefined) continue;
    for (const [version, variants] of byVersion) {
      const now = today.get(version);
      const firsts = firstVariants(variants, parents);
      if (!now) {
        problems.push(removedRecord(path, version, firsts[0]!));
        continue;
      }
      const reported = new Set<string>();
      for (const first of firsts) {
        const names = [...new Set([...Object.keys(first.value.fields), ...Object.keys(now.fields)])];
        for (const field of names.filter((n) => first.value.fields[n] !== now.fields[n] && !reported.has(n))) {
          reported.add(field);
          problems.push(editedRecord(path, version, field, first, now));
        }
      }
    }
  }
  return problems;
}
