/**
 * Large versions and their digests. A released version over DIGEST_BYTES (a provincial
 * archive's million-row table) is not read row by row by the build's pages: what they
 * show of it (its row count, the files built from it, what changed since the version
 * before) is computed once by the release command and kept in its record in
 * releases.yaml, and the pages read that plus the rows the dataset page shows
 * (PREVIEW_ROWS, display.ts).
 *
 * Nothing is trusted for it: the validation that `npm run build` runs beside Astro reads
 * every row, builds every file of such a version, compares them with the digest
 * (digestProblems) and writes those files itself (file-output.ts), so the work leaves
 * Astro's thread but is still done and checked in every build.
 */
import { formatBytes } from '../format/bytes.ts';
import type { Problem } from '../problems.ts';
import { datasetChanges } from './changes.ts';
import { versionFiles } from './downloads.ts';
import { datasetPaths, type Dataset, type DatasetVersion } from './load.ts';
import { DigestSchema, type Digest, type ReleaseRecord } from './schemas.ts';

/** A released CSV over this many bytes gets a digest (5 MB: about 100,000 rows of five short columns). */
export const DIGEST_BYTES = 5 * 1024 * 1024;

/**
 * Whether a new version's record must carry a digest: it is large, or the version before
 * has one (pages read only the first rows of that one, so they cannot work out the
 * changes from it).
 */
export function needsDigest(bytes: number, previous: Pick<ReleaseRecord, 'digest'> | undefined, limit = DIGEST_BYTES): boolean {
  return bytes > limit || previous?.digest !== undefined;
}

/**
 * The digest of `version` of `dataset`, read in full: its rows, the Excel CSV and JSON
 * built from it, and its changes from the version before.
 */
export function versionDigest(dataset: Dataset, version: DatasetVersion): Digest {
  if (version.fromDigest) throw new Error(`${dataset.id} ${version.version}: a digest is computed from every row, not from a digest`);
  const [, ...derived] = versionFiles(dataset, version);
  const digest: Digest = { rows: version.rows.length, files: derived.map(({ name, bytes, sha256 }) => ({ name, bytes, sha256 })) };
  const entry = datasetChanges(dataset).find((c) => c.version === version);
  if (entry?.counts && entry.file) {
    const { name, bytes, sha256 } = entry.file;
    const { added, removed, changed, fieldsAdded, fieldsRemoved } = entry.counts;
    digest.changes = { name, bytes, sha256, added, removed, changed, fields_added: fieldsAdded, fields_removed: fieldsRemoved };
  }
  return digest;
}

/** The parts of a digest, in the order a problem names them. */
const DIGEST_PARTS = ['rows', 'files', 'changes'] as const satisfies readonly (keyof Digest)[];

/**
 * Each version of a dataset read in full whose record lacks the digest it needs (a CSV
 * over `limit` bytes, or a version after one with a digest), or carries one that differs
 * from what this build generates from its rows.
 */
export function digestProblems(dataset: Dataset, limit = DIGEST_BYTES): Problem[] {
  const file = datasetPaths(dataset.id).releases;
  const fix = '发布记录由 npm run data:release 写入，请勿手改：用 git checkout 恢复 releases.yaml。';
  const problems: Problem[] = [];
  dataset.versions.forEach((version, i) => {
    if (version.fromDigest) return; // pages: checked by the validation that reads every row
    const recorded = version.digest;
    if (!recorded) {
      if (!needsDigest(version.bytes, dataset.versions[i - 1], limit)) return;
      const why = version.bytes > limit ? `这一版本的文件超过 ${formatBytes(limit)}` : '前一版本有大版本摘要';
      problems.push({ code: 'RELEASE-DIGEST', file, value: version.version, message: `${why}，发布记录却没有大版本摘要`, fix });
      return;
    }
    // Through the schema the record was read with: both have their keys in one order, whatever order the YAML has.
    const expected = DigestSchema.parse(versionDigest(dataset, version));
    const differs = DIGEST_PARTS.filter((part) => JSON.stringify(recorded[part]) !== JSON.stringify(expected[part]));
    const [first] = differs;
    if (first === undefined) return;
    problems.push({
      code: 'RELEASE-DIGEST',
      file,
      field: `digest.${first}`,
      value: version.version,
      message: `发布记录中的大版本摘要与这次构建由该版本生成的结果不一致（${differs.join('、')}）`,
      expected: JSON.stringify(expected[first]).slice(0, 200),
      fix: `${fix}若是程序的改动使已发布版本的下载文件变了：已发布的字节不可更改，请撤销那个改动。`,
    });
  });
  return problems;
}
