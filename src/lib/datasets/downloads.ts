import { paths } from '../site/urls.ts';
import { timed } from './build-clock.ts';
import { datasetChanges } from './changes.ts';
import { sha256Hex } from './checksum.ts';
import { csvToExcelCsv, rowsToJson } from './formats.ts';
import type { Dataset, DatasetVersion } from './load.ts';

/** One file a reader can download for a dataset version. */
export interface DownloadFile {
  /** File name under /data/<id>/<version>/. */
  name: string;
  /** Chinese label for the button. */
  label: string;
  format: 'csv' | 'json';
  mediatype: string;
  /** IANA charset name, as Data Package v2 wants: a file with a BOM is still `utf-8` (`utf-8-sig` is Python's codec name, which browsers refuse). */
  encoding: 'utf-8';
  /** The bytes; absent for a version read from its digest (the validation writes its files: digest.ts). */
  body?: Uint8Array<ArrayBuffer>;
  bytes: number;
  sha256: string;
}

/** The files of every version: the canonical CSV (the released bytes, unchanged), the Excel variant and typed JSON. */
const KINDS = [
  { suffix: '.csv', label: 'CSV', format: 'csv', build: (_dataset: Dataset, version: DatasetVersion) => version.bytes_raw },
  { suffix: '.excel.csv', label: 'Excel 用 CSV', format: 'csv', build: (dataset: Dataset, version: DatasetVersion) => csvToExcelCsv(new TextDecoder().decode(version.bytes_raw), dataset.meta) },
  { suffix: '.json', label: 'JSON', format: 'json', build: (_dataset: Dataset, version: DatasetVersion) => rowsToJson(version.rows) },
] as const;

const MEDIATYPES = { csv: 'text/csv', json: 'application/json' } as const;

/** Largest JSON the dataset page's table fetches to sort and page (5 MB: about 40,000 rows of five short columns). */
export const INTERACTIVE_JSON_BYTES = 5 * 1024 * 1024;

const cache = new WeakMap<DatasetVersion, DownloadFile[]>();

/**
 * The data files of a version, built once and shared by the download endpoints, the
 * descriptor, the dataset page and the catalog: the canonical CSV (the released bytes,
 * unchanged), the Excel variant and typed JSON. For a version read from its digest, the
 * sizes and checksums its record gives, without bytes.
 */
export function versionFiles(dataset: Dataset, version: DatasetVersion): DownloadFile[] {
  const cached = cache.get(version);
  if (cached) return cached;
  const files = timed('downloads', () =>
    KINDS.map(({ suffix, label, format, build }, i): DownloadFile => {
      const name = `${dataset.id}${suffix}`;
      const common = { name, label, format, mediatype: MEDIATYPES[format], encoding: 'utf-8' as const };
      if (version.fromDigest) {
        // The canonical CSV is described by its record, the others by its digest.
        const described = i === 0 ? version : version.digest?.files.find((f) => f.name === name);
        if (!described) throw new Error(`${dataset.id} ${version.version}: its digest does not describe ${name}`);
        return { ...common, bytes: described.bytes, sha256: described.sha256 };
      }
      const body = build(dataset, version);
      return { ...common, body, bytes: body.length, sha256: sha256Hex(body) };
    }),
  );
  cache.set(version, files);
  return files;
}

/** The canonical CSV of a version (its released bytes). */
export function canonicalCsv(dataset: Dataset, version: DatasetVersion): DownloadFile {
  return versionFiles(dataset, version)[0]!;
}

/**
 * Every folder a dataset's files are served from: one per released version, and
 * `latest` for the newest.
 */
export function versionFolders(dataset: Dataset): { folder: string; version: DatasetVersion }[] {
  return [...dataset.versions.map((v) => ({ folder: v.version, version: v })), { folder: 'latest', version: dataset.latest }];
}

/** A file a dataset publishes beside its page. */
export interface PublishedFile {
  /** Site path, `/data/<id>/<folder>/<name>`. */
  path: string;
  body?: Uint8Array<ArrayBuffer>;
  /** The version it belongs to has a digest: the validation writes it, not Astro (digest.ts). */
  digest: boolean;
}

/**
 * Every file a dataset publishes beside its page, by site path: each version's files in its
 * own folder and in `latest/`, and each changes file in the folder of the version it leads to.
 */
export function datasetDownloads(dataset: Dataset): PublishedFile[] {
  const hasDigest = (version: DatasetVersion) => version.digest !== undefined;
  return [
    ...versionFolders(dataset).flatMap(({ folder, version }) =>
      versionFiles(dataset, version).map((f) => ({ path: paths.download(dataset.id, folder, f.name), body: f.body, digest: hasDigest(version) })),
    ),
    ...datasetChanges(dataset).flatMap(({ version, file }) => (file ? [{ path: paths.download(dataset.id, version.version, file.name), body: file.body, digest: hasDigest(version) }] : [])),
  ];
}
