import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, parseDocument, stringify } from 'yaml';
import type { Problem } from '../problems.ts';
import { sha256Hex } from './checksum.ts';
import { datasetPaths, loadCatalog } from './load.ts';
import type { ReleaseRecord } from './schemas.ts';

export const BUMPS = ['major', 'minor', 'patch'] as const;
export type Bump = (typeof BUMPS)[number];

/**
 * The version after `current` for a bump; the first release is always 1.0.0.
 * @example nextVersion('1.2.3', 'minor') // "1.3.0"
 */
export function nextVersion(current: string | undefined, bump: Bump): string {
  if (current === undefined) return '1.0.0';
  const [major = 0, minor = 0, patch = 0] = current.split('.').map(Number);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

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
 * first, refuses a release with no change or one that would overwrite a version, then
 * writes `versions/<v>.csv` (the working bytes, unchanged) and appends its record.
 * Older versions are never opened for writing.
 */
export function releaseDataset(root: string, req: ReleaseRequest): ReleaseOutcome {
  const paths = datasetPaths(req.id);
  const fail = (code: string, message: string, fix?: string): ReleaseOutcome => ({
    problems: [{ code, file: paths.working, message, ...(fix ? { fix } : {}) }],
  });
  if (!existsSync(join(root, paths.meta))) return fail('RELEASE-UNKNOWN-DATASET', `没有数据集“${req.id}”`);
  if (!existsSync(join(root, paths.working))) return fail('RELEASE-NO-WORKING', '没有工作副本 data.csv', '先把要发布的数据写进 data.csv。');
  const { catalog, problems } = loadCatalog(root);
  const firstRelease = (p: Problem) => p.code === 'RELEASE-NONE' && p.file === paths.releases;
  const blocking = problems.filter((p) => p.file.startsWith(`${paths.dir}/`) && !firstRelease(p));
  if (blocking.length > 0) return { problems: blocking };
  const bytes = new Uint8Array(readFileSync(join(root, paths.working)));
  const latest = catalog.datasets.find((d) => d.id === req.id)?.latest;
  if (latest && sha256Hex(bytes) === latest.sha256) {
    return fail('RELEASE-NO-CHANGE', `data.csv 与最新版本 ${latest.version} 完全相同，没有可发布的变化`);
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
  return { record };
}

function appendRelease(root: string, file: string, record: ReleaseRecord): string {
  if (!existsSync(join(root, file))) {
    return `# 发布记录：由 npm run data:release 写入，请勿手改。\n${stringify([record])}`;
  }
  const doc = parseDocument(readFileSync(join(root, file), 'utf8'));
  if (!isSeq(doc.contents)) throw new Error(`${file} 不是发布记录列表`);
  doc.add(record);
  return String(doc);
}
