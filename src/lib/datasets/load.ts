import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { Problem } from '../problems.ts';
import { readRepoBytes, readRepoText, repoFileSize } from '../validation/files.ts';
import { yamlToValue, type YamlParse } from '../validation/yaml-doc.ts';
import { sha256Hex } from './checksum.ts';
import { DISAGREEMENTS_FILE, latestRowCheck, yamlToDisagreements, type Disagreement } from './disagreements.ts';
import { figureWordingProblems } from './figure-rows.ts';
import { figureMetaProblems } from './figures.ts';
import { GEO_DIR } from './geo.ts';
import { csvBytesToText, csvTextToTable } from './csv.ts';
import { PREVIEW_ROWS } from './display.ts';
import { csvFileSizeProblem } from './limits.ts';
import { indexedTextProblems } from '../search/index-limits.ts';
import { tableToRows, type Row } from './rows.ts';
import {
  DatasetMetaSchema,
  ReleasesFileSchema,
  SlugSchema,
  textField,
  type DatasetMeta,
  type ReleaseRecord,
  type Source,
} from './schemas.ts';
import { yamlToSources } from './sources.ts';
import { TARGET_CONTEXT_FILE, yamlToTargetContext, type TargetContext } from './target-context.ts';
import { compareVersions } from './versioning.ts';

/** One released, immutable version of a dataset, with its bytes verified. */
export interface DatasetVersion extends ReleaseRecord {
  /** Repository-relative path of the released CSV. */
  file: string;
  /** The released bytes, exactly as committed. */
  bytes_raw: Uint8Array<ArrayBuffer>;
  /** Column names as released (an older version may predate a change of fields). */
  header: string[];
  /** Every row, or, for a version read from its digest, the first PREVIEW_ROWS (see digest.ts). */
  rows: Row[];
  /** Line of each row in the file, aligned with `rows`. */
  lines: number[];
  /** How many rows the version has (more than `rows` holds when it is read from its digest). */
  rowCount: number;
  /** Read from its record's digest: `rows` is a preview, and the files built from it are described, not built. */
  fromDigest: boolean;
}

export interface Dataset {
  id: string;
  meta: DatasetMeta;
  /** Released versions, oldest first. */
  versions: DatasetVersion[];
  latest: DatasetVersion;
  /** The editors' working copy (data.csv), when there is one. */
  working?: { file: string; header: string[]; rows: Row[]; lines: number[] };
}

export interface Catalog {
  datasets: Dataset[];
  sources: Source[];
  /** Figures that disagree, are not comparable, or are one figure reported twice (data/disagreements.yaml). */
  disagreements: Disagreement[];
  /** What the record says around each 2025 target (data/target-context.yaml), when the file exists. */
  targetContext?: TargetContext;
  /** Dataset folders that failed validation: their problems are reported once, not again by every reference. */
  failed: string[];
}

export const SOURCES_FILE = 'data/sources.yaml';

/** Paths of one dataset's files, relative to the repository root. */
export function datasetPaths(id: string) {
  const dir = `data/${id}`;
  return {
    dir,
    meta: `${dir}/meta.yaml`,
    releases: `${dir}/releases.yaml`,
    working: `${dir}/data.csv`,
    versionsDir: `${dir}/versions`,
    version: (v: string) => `${dir}/versions/${v}.csv`,
  };
}

/** Ids of the dataset folders under data/ (not data/geo/), sorted; no file is read. */
export function listDatasetIds(root: string): string[] {
  const dataDir = join(root, 'data');
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir)
    .filter((name) => name !== GEO_DIR && lstatSync(join(dataDir, name)).isDirectory())
    .sort();
}

/** A YAML file of the repository, read as a plain file and checked by `schema`. */
function readYaml<S extends z.ZodType>(root: string, file: string, schema: S, code: string, checksumKeys: readonly string[] = []): YamlParse<z.output<S>> {
  const read = readRepoText(root, file);
  return 'problem' in read ? { problems: [read.problem] } : yamlToValue(read.text, file, schema, code, 0, checksumKeys);
}

/**
 * The schema an older version is read with: today's fields where its header has them,
 * plain optional text for columns that were removed since (a major release).
 */
function metaForHeader(meta: DatasetMeta, header: readonly string[]): DatasetMeta {
  const fields = header.map(
    (name) => meta.fields.find((f) => f.name === name) ?? textField(name),
  );
  return { ...meta, fields, primary_key: meta.primary_key.filter((k) => header.includes(k)) };
}

/**
 * CSV file → header and typed rows, with every problem located in that file.
 * `strict`: the header must match today's fields (the working copy); otherwise the file is
 * read with the fields it has (a released version).
 */
function loadCsvRows(root: string, file: string, meta: DatasetMeta, options: { bytes?: Uint8Array<ArrayBuffer>; strict: boolean; maxRows?: number }) {
  const tooLarge = options.bytes ? undefined : csvFileSizeProblem(file, repoFileSize(root, file));
  if (tooLarge) return { header: [], rows: [], lines: [], problems: [tooLarge] };
  const read = options.bytes ? { bytes: options.bytes } : readRepoBytes(root, file);
  if ('problem' in read) return { header: [], rows: [], lines: [], problems: [read.problem] };
  const decoded = csvBytesToText(read.bytes, file);
  if (decoded.text === undefined) return { header: [], rows: [], lines: [], problems: decoded.problems };
  const parsed = csvTextToTable(decoded.text, file, { allowEmpty: meta.allow_empty, ...(options.maxRows === undefined ? {} : { maxRecords: options.maxRows }) });
  if (parsed.table === undefined) return { header: [], rows: [], lines: [], problems: parsed.problems };
  const { header } = parsed.table;
  return { header, ...tableToRows(parsed.table, options.strict ? meta : metaForHeader(meta, header), file) };
}

/**
 * Cross-field checks of a meta.yaml that zod's shape alone cannot make. `sourceIds` is
 * undefined when data/sources.yaml itself failed: its problems are reported once, not by
 * every dataset that cites a source.
 */
function metaProblems(meta: DatasetMeta, file: string, sourceIds: Set<string> | undefined): Problem[] {
  const problems: Problem[] = [];
  const names = meta.fields.map((f) => f.name);
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i) {
      problems.push({ code: 'META-FIELD', file, field: 'fields', value: name, message: '字段名重复', fix: '每个字段的 name 必须唯一。' });
    }
  });
  for (const key of meta.primary_key) {
    if (!names.includes(key)) {
      problems.push({ code: 'META-PRIMARY-KEY', file, field: 'primary_key', value: key, message: '行键引用了不存在的字段', expected: `fields 中的字段名：${names.join('、')}` });
    }
  }
  for (const id of meta.sources) {
    if (sourceIds && !sourceIds.has(id)) {
      problems.push({ code: 'META-SOURCE', file, field: 'sources', value: id, message: '引用了不存在的来源', expected: `data/sources.yaml 中的来源代码：${[...sourceIds].join('、')}`, fix: '先在 data/sources.yaml 中登记该来源。' });
    }
  }
  return problems;
}

/**
 * Released versions, verified against their recorded checksum and size. With `fromDigests`
 * (the build's pages), a version whose record has a digest is read only as far as its
 * first PREVIEW_ROWS rows.
 */
function loadVersions(root: string, id: string, meta: DatasetMeta, releases: ReleaseRecord[], fromDigests: boolean) {
  const paths = datasetPaths(id);
  const problems: Problem[] = [];
  const versions: DatasetVersion[] = [];
  const recorded = new Set(releases.map((r) => r.version));
  releases.forEach((release, i) => {
    const previous = releases[i - 1];
    if (previous && compareVersions(previous.version, release.version) >= 0) {
      problems.push({ code: 'RELEASE-ORDER', file: paths.releases, field: 'version', value: release.version, message: `版本号没有递增（前一个是 ${previous.version}）`, fix: '发布记录按版本从小到大排列，版本号只增不减；请用发布命令生成，不要手改。' });
    }
    const file = paths.version(release.version);
    if (!existsSync(join(root, file))) {
      problems.push({ code: 'RELEASE-MISSING', file, value: release.version, message: '已发布版本的文件不见了', fix: `已发布的版本不可删除：从 git 历史恢复该文件（git checkout -- ${file}）。` });
      return;
    }
    const tooLarge = csvFileSizeProblem(file, repoFileSize(root, file));
    if (tooLarge) {
      problems.push(tooLarge);
      return;
    }
    const read = readRepoBytes(root, file);
    if ('problem' in read) {
      problems.push(read.problem);
      return;
    }
    const { bytes } = read;
    const sha = sha256Hex(bytes);
    if (sha !== release.sha256 || bytes.length !== release.bytes) {
      problems.push({
        code: 'RELEASE-CHANGED',
        file,
        value: `sha256 ${sha}，${bytes.length} 字节`,
        message: '已发布版本的文件被修改了：已发布的数据不可更改',
        expected: `sha256 ${release.sha256}，${release.bytes} 字节（见 ${paths.releases}）`,
        fix: `撤销对该文件的修改（git checkout -- ${file}），把更正写进 ${paths.working}，再发布一个新版本。`,
      });
      return;
    }
    // Read with the fields it was released with; the latest must match meta.yaml, except
    // while a schema change waits for its release (RELEASE-PENDING-SCHEMA, which the
    // release command lets through for the dataset it releases).
    const digest = fromDigests ? release.digest : undefined;
    const result = loadCsvRows(root, file, meta, { bytes, strict: false, ...(digest ? { maxRows: PREVIEW_ROWS } : {}) });
    problems.push(...result.problems);
    if (i === releases.length - 1) problems.push(...pendingSchemaProblems(id, meta, file, result.header));
    const { header, rows, lines } = result;
    versions.push({ ...release, file, bytes_raw: bytes, header, rows, lines, rowCount: digest?.rows ?? rows.length, fromDigest: digest !== undefined });
  });
  const dir = join(root, paths.versionsDir);
  const onDisk = existsSync(dir) ? readdirSync(dir) : [];
  for (const name of onDisk) {
    const version = name.replace(/\.csv$/, '');
    if (!recorded.has(version)) {
      problems.push({ code: 'RELEASE-UNRECORDED', file: `${paths.versionsDir}/${name}`, message: '版本文件没有发布记录', fix: `不要手动往 versions/ 放文件：编辑 ${paths.working}，然后运行 npm run data:release。` });
    }
  }
  return { versions, problems };
}

/** The latest release's columns differ from meta.yaml's fields: the schema change is not released yet. */
function pendingSchemaProblems(id: string, meta: DatasetMeta, file: string, header: readonly string[]): Problem[] {
  const names = meta.fields.map((f) => f.name);
  const added = names.filter((n) => !header.includes(n));
  const removed = header.filter((h) => !names.includes(h));
  if (header.length === 0 || (added.length === 0 && removed.length === 0)) return [];
  const change = [added.length > 0 ? `新增 ${added.join('、')}` : '', removed.length > 0 ? `删除 ${removed.join('、')}` : ''].filter(Boolean).join('，');
  return [{
    code: 'RELEASE-PENDING-SCHEMA',
    file: datasetPaths(id).meta,
    field: 'fields',
    value: change,
    message: `meta.yaml 的字段与最新发布版本（${file}）不一致：字段改动还没有发布`,
    fix: `把 data.csv 改成新的字段，然后运行 npm run data:release -- ${id} major "说明改了什么"。`,
  }];
}

/** A dataset's release records and released versions, with their problems; no versions when there are no usable records. */
function loadReleases(root: string, id: string, meta: DatasetMeta, fromDigests: boolean): { loaded?: ReturnType<typeof loadVersions>; problems: Problem[] } {
  const paths = datasetPaths(id);
  if (!existsSync(join(root, paths.releases))) {
    return { problems: [{ code: 'RELEASE-NONE', file: paths.releases, message: '数据集还没有发布过任何版本', fix: `填好 ${paths.working} 后运行 npm run data:release -- ${id} major "首次发布"。` }] };
  }
  // The release command writes each record's sha256; validation compares it with the file.
  const releases = readYaml(root, paths.releases, ReleasesFileSchema, 'RELEASE-INVALID', ['sha256']);
  if (releases.value === undefined) return { problems: releases.problems };
  const loaded = loadVersions(root, id, meta, releases.value, fromDigests);
  return { loaded, problems: [...releases.problems, ...loaded.problems] };
}

/**
 * The editors' working copy, read against today's fields. When it is byte for byte the
 * latest release (`latest`, given only when every version read cleanly), whose columns
 * are today's fields in order, that version's rows are the working copy's: the same
 * bytes read with the same fields (a million-row table is then parsed once, not twice).
 */
function loadWorkingCopy(root: string, file: string, meta: DatasetMeta, latest: DatasetVersion | undefined) {
  const sameColumns = latest !== undefined && latest.header.length === meta.fields.length && latest.header.every((name, i) => meta.fields[i]?.name === name);
  if (latest && sameColumns && !latest.fromDigest && repoFileSize(root, file) === latest.bytes) {
    const read = readRepoBytes(root, file);
    if ('bytes' in read && sha256Hex(read.bytes) === latest.sha256) return { header: latest.header, rows: latest.rows, lines: latest.lines, problems: [] };
  }
  return loadCsvRows(root, file, meta, { strict: true });
}

/** Problems that do not stop a dataset from loading: it is read as released, only not yet publishable. */
const SOFT_CODES = new Set(['RELEASE-PENDING-SCHEMA']);

function loadDataset(root: string, id: string, sourceIds: Set<string> | undefined, { workingCopies, fromDigests }: Required<LoadOptions>): { dataset?: Dataset; problems: Problem[] } {
  const paths = datasetPaths(id);
  const idCheck = SlugSchema.safeParse(id);
  if (!idCheck.success) {
    return { problems: [{ code: 'DATASET-ID', file: paths.dir, value: id, message: '数据集文件夹名不合规', expected: '小写英文字母、数字和连字符，如 union-forests' }] };
  }
  if (!existsSync(join(root, paths.meta))) {
    return { problems: [{ code: 'DATASET-NO-META', file: paths.meta, message: '数据集缺少 meta.yaml', fix: '用 npm run new:dataset 创建数据集，或补上 meta.yaml。' }] };
  }
  const metaText = readRepoText(root, paths.meta);
  if ('problem' in metaText) return { problems: [metaText.problem] };
  const meta = yamlToValue(metaText.text, paths.meta, DatasetMetaSchema, 'META-INVALID');
  if (meta.value === undefined) return { problems: meta.problems };
  const problems = [...meta.problems, ...metaProblems(meta.value, paths.meta, sourceIds), ...figureMetaProblems(meta.value, paths.meta), ...indexedTextProblems(metaText.text, paths.meta)];
  if (problems.length > 0) return { problems };
  // Released versions first: a working copy that is the latest release byte for byte is not read twice.
  const released = loadReleases(root, id, meta.value, fromDigests);
  const latest = released.loaded?.versions.at(-1);
  let working: Dataset['working'];
  if (workingCopies && existsSync(join(root, paths.working))) {
    const result = loadWorkingCopy(root, paths.working, meta.value, released.loaded?.problems.length === 0 ? latest : undefined);
    working = { file: paths.working, header: result.header, rows: result.rows, lines: result.lines };
    problems.push(...result.problems, ...figureWordingProblems(meta.value, working));
  }
  problems.push(...released.problems);
  const { loaded } = released;
  if (loaded === undefined) return { problems };
  // Without a working copy, what the build publishes is the latest release: check that instead.
  if (!working && latest) problems.push(...figureWordingProblems(meta.value, latest));
  if (problems.some((p) => !SOFT_CODES.has(p.code)) || latest === undefined) return { problems };
  const dataset: Dataset = { id, meta: meta.value, versions: loaded.versions, latest };
  if (working) dataset.working = working;
  return { dataset, problems };
}

/**
 * Cells of a field declared with `references` must name a value of the referenced
 * dataset's field (in its latest release), in the latest release and the working copy.
 */
function referenceProblems(dataset: Dataset, datasets: readonly Dataset[]): Problem[] {
  const problems: Problem[] = [];
  for (const field of dataset.meta.fields) {
    const ref = field.references;
    if (!ref) continue;
    const target = datasets.find((d) => d.id === ref.dataset);
    // Only its first rows were read (the build's pages): the validation that reads every row checks these references.
    if (target?.latest.fromDigest) continue;
    const allowed = new Set(target?.latest.rows.map((row) => String(row[ref.field] ?? '')) ?? []);
    const tables = [dataset.latest, ...(dataset.working ? [dataset.working] : [])];
    for (const table of tables) {
      table.rows.forEach((row, i) => {
        const value = row[field.name];
        if (value === null || value === undefined || allowed.has(String(value))) return;
        problems.push({
          code: 'CSV-REFERENCE',
          file: table.file,
          line: table.lines[i] ?? 0,
          field: field.name,
          value: String(value),
          message: `在数据集 ${ref.dataset} 的 ${ref.field} 列中找不到这个值`,
          expected: `取自：${[...allowed].join('、') || `（数据集 ${ref.dataset} 不存在或为空）`}`,
        });
      });
    }
  }
  return problems;
}

export interface LoadOptions {
  /** false: leave out the editors' data.csv files (pages publish releases only). */
  workingCopies?: boolean;
  /** true: read a version whose record has a digest from that digest and its first rows (the build's pages; see digest.ts). */
  fromDigests?: boolean;
}

/**
 * Reads and validates everything under `root/data/`: sources, every dataset's meta,
 * release records, released versions (checksums), working copies, and the notes on
 * figures that disagree or cannot be compared (optional file). The only code
 * that opens a data file. Problems from every file are returned together.
 */
export function loadCatalog(root: string, { workingCopies = true, fromDigests = false }: LoadOptions = {}): { catalog: Catalog; problems: Problem[] } {
  const problems: Problem[] = [];
  let sources: Source[] = [];
  if (existsSync(join(root, SOURCES_FILE))) {
    const read = readRepoText(root, SOURCES_FILE);
    const parsed = 'problem' in read ? { sources: [], problems: [read.problem] } : yamlToSources(read.text, SOURCES_FILE);
    problems.push(...parsed.problems, ...('text' in read ? indexedTextProblems(read.text, SOURCES_FILE) : []));
    sources = parsed.sources;
  } else {
    problems.push({ code: 'SOURCE-INVALID', file: SOURCES_FILE, message: '缺少来源登记文件', fix: '创建 data/sources.yaml，登记每个数据来源。' });
  }
  const sourceIds = problems.length === 0 ? new Set(sources.map((s) => s.id)) : undefined;
  const datasets: Dataset[] = [];
  const failed: string[] = [];
  for (const id of listDatasetIds(root)) {
    const result = loadDataset(root, id, sourceIds, { workingCopies, fromDigests });
    problems.push(...result.problems);
    if (result.dataset) datasets.push(result.dataset);
    else failed.push(id);
  }
  for (const dataset of datasets) problems.push(...referenceProblems(dataset, datasets));
  let disagreements: Disagreement[] = [];
  if (existsSync(join(root, DISAGREEMENTS_FILE))) {
    const read = readRepoText(root, DISAGREEMENTS_FILE);
    const parsed = 'problem' in read ? { disagreements: [], problems: [read.problem] } : yamlToDisagreements(read.text, DISAGREEMENTS_FILE, latestRowCheck(datasets, failed));
    problems.push(...parsed.problems);
    disagreements = parsed.disagreements;
  }
  const catalog: Catalog = { datasets, sources, disagreements, failed };
  if (existsSync(join(root, TARGET_CONTEXT_FILE))) {
    const read = readRepoText(root, TARGET_CONTEXT_FILE);
    const parsed = 'problem' in read ? { problems: [read.problem] } : yamlToTargetContext(read.text, TARGET_CONTEXT_FILE, datasets, failed);
    problems.push(...parsed.problems);
    if ('context' in parsed && parsed.context) catalog.targetContext = parsed.context;
  }
  return { catalog, problems };
}
