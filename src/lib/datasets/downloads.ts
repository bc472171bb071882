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
  body: Uint8Array<ArrayBuffer>;
  bytes: number;
  sha256: string;
}

function file(name: string, label: string, format: DownloadFile['format'], mediatype: string, encoding: DownloadFile['encoding'], body: Uint8Array<ArrayBuffer>): DownloadFile {
  return { name, label, format, mediatype, encoding, body, bytes: body.length, sha256: sha256Hex(body) };
}

/** Largest JSON the dataset page's table fetches to sort and page (5 MB: about 40,000 rows of five short columns). */
export const INTERACTIVE_JSON_BYTES = 5 * 1024 * 1024;

const cache = new WeakMap<DatasetVersion, DownloadFile[]>();

/**
 * The data files of a version, built once and shared by the download endpoints, the
 * descriptor, the dataset page and the catalog: the canonical CSV (the released bytes,
 * unchanged), the Excel variant and typed JSON.
 */
export function versionFiles(dataset: Dataset, version: DatasetVersion): DownloadFile[] {
  const cached = cache.get(version);
  if (cached) return cached;
  const files = timed('downloads', () => {
    const text = new TextDecoder().decode(version.bytes_raw);
    return [
      file(`${dataset.id}.csv`, 'CSV', 'csv', 'text/csv', 'utf-8', version.bytes_raw),
      file(`${dataset.id}.excel.csv`, 'Excel 用 CSV', 'csv', 'text/csv', 'utf-8', csvToExcelCsv(text, dataset.meta)),
      file(`${dataset.id}.json`, 'JSON', 'json', 'application/json', 'utf-8', rowsToJson(version.rows)),
    ];
  });
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

/**
 * Every file a dataset publishes beside its page, by site path: each version's files in its
 * own folder and in `latest/`, and each changes file in the folder of the version it leads to.
 */
export function datasetDownloads(dataset: Dataset): { path: string; body: Uint8Array<ArrayBuffer> }[] {
  return [
    ...versionFolders(dataset).flatMap(({ folder, version }) => versionFiles(dataset, version).map((f) => ({ path: paths.download(dataset.id, folder, f.name), body: f.body }))),
    ...datasetChanges(dataset).flatMap(({ version, file }) => (file ? [{ path: paths.download(dataset.id, version.version, file.name), body: file.body }] : [])),
  ];
}
