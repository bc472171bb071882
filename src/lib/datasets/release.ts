import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, parseDocument, stringify } from 'yaml';
import type { Problem } from '../problems.ts';
import { sha256Hex } from './checksum.ts';
import { diffRows } from './diff.ts';
import { DIGEST_BYTES, needsDigest, versionDigest } from './digest.ts';
import { datasetPaths, loadCatalog, type DatasetVersion } from './load.ts';
import { validateProject } from '../validate.ts';
import type { Row } from './rows.ts';
import { SlugSchema, type ReleaseRecord } from './schemas.ts';
import { publishedTextProblems } from '../validation/published-text.ts';
import { bumpCovers, nextVersion, requiredBump, type Bump } from './versioning.ts';

export interface ReleaseRequest {
  id: string;
  bump: Bump;
  note: string;
  /** Release date YYYY-MM-DD: the build's as-of date, never read from the clock here. */
  date: string;
}

export type ReleaseOutcome = { record: ReleaseRecord } | { problems: Problem[] };

/**
 * Turns `data/<id>/data.csv` into the next released version: checks every data file
 * first, refuses a release with no change, a bump smaller than the change needs
 * (Frictionless rule, see requiredBump) or one that would overwrite a version, then
 * writes `versions/<v>.csv` (the working bytes, unchanged) and appends its record.
 * Older versions are never opened for writing.
 */
export async function releaseDataset(root: string, req: ReleaseRequest, { digestBytes = DIGEST_BYTES }: { digestBytes?: number } = {}): Promise<ReleaseOutcome> {
  if (!SlugSchema.safeParse(req.id).success) {
    return { problems: [{ code: 'RELEASE-UNKNOWN-DATASET', file: 'data/', value: req.id, message: '数据集代码只能用小写英文字母、数字和连字符' }] };
  }
  const paths = datasetPaths(req.id);
  const fail = (code: string, message: string, fix?: string): ReleaseOutcome => ({
    problems: [{ code, file: paths.working, message, ...(fix ? { fix } : {}) }],
  });
  // The note is published on the dataset page, in the feed and the descriptor: refused
  // before anything else is read or written.
  const noteProblems = publishedTextProblems(req.note, { file: paths.releases, field: 'note' });
  if (noteProblems.length > 0) return { problems: noteProblems };
  if (!existsSync(join(root, paths.meta))) return fail('RELEASE-UNKNOWN-DATASET', `没有数据集“${req.id}”`);
  if (!existsSync(join(root, paths.working))) return fail('RELEASE-NO-WORKING', '没有工作副本 data.csv', '先把要发布的数据写进 data.csv。');
  const { catalog, problems } = await validateProject(root);
  // What this release resolves: a first release, or a schema change waiting to be released.
  const resolved = (p: Problem) => (p.code === 'RELEASE-NONE' && p.file === paths.releases) || (p.code === 'RELEASE-PENDING-SCHEMA' && p.file === paths.meta);
  const blocking = problems.filter((p) => p.file.startsWith(`${paths.dir}/`) && !resolved(p));
  if (blocking.length > 0) return { problems: blocking };
  const bytes = new Uint8Array(readFileSync(join(root, paths.working)));
  const dataset = catalog.datasets.find((d) => d.id === req.id);
  const latest = dataset?.latest;
  if (dataset?.working && latest) {
    const refusal = bumpRefusal(dataset.working, latest, dataset.meta.primary_key, req.bump);
    if (refusal) return fail(refusal.code, refusal.message);
  }
  const version = nextVersion(latest?.version, req.bump);
  const target = paths.version(version);
  if (existsSync(join(root, target))) {
    return fail('RELEASE-EXISTS', `版本文件 ${target} 已存在，已发布的版本不可覆盖`);
  }
  const record: ReleaseRecord = { version, date: req.date, note: req.note, sha256: sha256Hex(bytes), bytes: bytes.length };
  mkdirSync(join(root, paths.versionsDir), { recursive: true });
  writeFileSync(join(root, target), bytes, { flag: 'wx' });
  writeFileSync(join(root, paths.releases), appendRelease(root, paths.releases, record));
  if (needsDigest(bytes.length, latest, digestBytes)) return { record: recordDigest(root, req.id) };
  return { record };
}

/**
 * Works out the digest of a dataset's latest version from the files as released (read
 * back from disk, as every build reads them) and writes it into its record; returns the
 * record. The release command calls it for a version that needs one (needsDigest).
 */
export function recordDigest(root: string, id: string): ReleaseRecord {
  const { catalog } = loadCatalog(root, { workingCopies: false });
  const dataset = catalog.datasets.find((d) => d.id === id);
  if (!dataset) throw new Error(`${id}: the dataset does not load, its digest cannot be worked out`);
  const { version, date, note, sha256, bytes } = dataset.latest;
  const withDigest: ReleaseRecord = { version, date, note, sha256, bytes, digest: versionDigest(dataset, dataset.latest) };
  const file = datasetPaths(id).releases;
  const { doc, list } = recordsDocument(root, file);
  doc.setIn([list.items.length - 1, 'digest'], doc.createNode(withDigest.digest));
  writeFileSync(join(root, file), String(doc));
  return withDigest;
}

/** Why the working copy cannot be released with this bump, if it cannot. */
function bumpRefusal(
  working: { header: string[]; rows: Row[] },
  latest: DatasetVersion,
  primaryKey: readonly string[],
  bump: Bump,
): { code: string; message: string } | undefined {
  const diff = diffRows({ fields: latest.header, rows: latest.rows }, { fields: working.header, rows: working.rows }, primaryKey);
  const needed = requiredBump(diff);
  if (needed === undefined) {
    return { code: 'RELEASE-NO-CHANGE', message: `data.csv 的数据与最新版本 ${latest.version} 相同，没有可发布的变化` };
  }
  if (!bumpCovers(bump, needed)) {
    return {
      code: 'RELEASE-BUMP-TOO-SMALL',
      message: `这次修改需要 ${needed} 版本（${BUMP_REASONS[needed]}），不能只发布 ${bump}`,
    };
  }
  return undefined;
}

const BUMP_REASONS: Record<Bump, string> = {
  major: '字段有增删或删除了行，会影响已有用户',
  minor: '新增了行',
  patch: '只更正了数值',
};

function appendRelease(root: string, file: string, record: ReleaseRecord): string {
  if (!existsSync(join(root, file))) {
    return `# 发布记录：由 npm run data:release 写入，请勿手改。\n${stringify([record])}`;
  }
  const { doc } = recordsDocument(root, file);
  doc.add(record);
  return String(doc);
}

/** A releases.yaml as a YAML document (its comments kept) and its list of records. */
function recordsDocument(root: string, file: string) {
  const doc = parseDocument(readFileSync(join(root, file), 'utf8'));
  const list = doc.contents;
  if (!isSeq(list)) throw new Error(`${file} 不是发布记录列表`);
  return { doc, list };
}
