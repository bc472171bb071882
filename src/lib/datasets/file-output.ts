/**
 * The dataset files of a build (every version's CSV, Excel CSV and JSON, in its own folder
 * and in latest/, and the changes files) are written beside the pages, not carried through
 * Astro's page pipeline: each dataset page hands its files over when it renders
 * (publishDatasetFiles), and when Astro is done the integration (integration.ts) writes them into dist/.
 * As Astro routes, 1,776 files of 200 datasets (one of 1,000,000 rows: 40 MB of CSV, 45 MB
 * for Excel, 150 MB of JSON, each twice) each went through a Response and a copy.
 * In `npm run dev` the endpoints under src/pages/data/[id]/[version]/ serve them instead.
 * The files of a version with a digest (over 5 MB: digest.ts) are not built in Astro at
 * all: the validation beside it, which reads every row, writes them (writeDigestFiles)
 * and `npm run build` moves them into dist/ when both are done.
 *
 * The pages are bundled by Vite and the integration is loaded with astro.config.mjs: two
 * copies of this module in one process, so the files wait on globalThis.
 */
import { linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { datasetDownloads } from './downloads.ts';
import type { Catalog, Dataset } from './load.ts';

const KEY = Symbol.for('zq-open-data.dataset-files');

/** The files handed over so far, by site path (`/data/<id>/<folder>/<name>`). */
function handedOver(): Map<string, Uint8Array> {
  const store = globalThis as unknown as Record<symbol, Map<string, Uint8Array> | undefined>;
  return (store[KEY] ??= new Map());
}

/** Hands over every file of `dataset` to be written when the build is done (its page calls this), but those the validation writes (digest.ts). */
export function publishDatasetFiles(dataset: Dataset): void {
  for (const { path, body, digest } of datasetDownloads(dataset)) {
    if (digest) continue;
    if (!body) throw new Error(`${path}: no bytes to publish`);
    handedOver().set(path, body);
  }
}

/**
 * Writes files into `dir` by site path; returns how many. A file whose bytes were already
 * written (`latest/` and its version's folder share them) becomes a hard link to the
 * first: the bytes go to disk once (at 1,000,000 rows, 200 MB fewer), and every host and
 * archive still sees two ordinary files with the same content.
 */
function writeFiles(dir: string, files: Iterable<[path: string, body: Uint8Array]>): number {
  const written = new Map<Uint8Array, string>();
  let count = 0;
  for (const [path, body] of files) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    const first = written.get(body);
    if (first) linkSync(first, target);
    else {
      writeFileSync(target, body);
      written.set(body, target);
    }
    count += 1;
  }
  return count;
}

/** Writes every file handed over into `dist`; returns how many. */
export function writeDatasetFiles(dist: string): number {
  const files = handedOver();
  const count = writeFiles(dist, files);
  files.clear();
  return count;
}

/** Where the validation in `npm run build` writes the files of versions with a digest; the build moves them into dist/. */
export const DIGEST_FILES_DIR = 'node_modules/.cache/zq-digest-files';

/**
 * Writes the files of every version with a digest (read in full: the validation's
 * catalog) into `dir`, by site path; returns how many. These are exactly the files
 * publishDatasetFiles leaves out.
 */
export function writeDigestFiles(catalog: Catalog, dir: string): number {
  return writeFiles(
    dir,
    // Only datasets with such a version: the others' files are neither built nor written here.
    catalog.datasets.filter((d) => d.versions.some((v) => v.digest)).flatMap((dataset) =>
      datasetDownloads(dataset).flatMap(({ path, body, digest }): [string, Uint8Array][] => {
        if (!digest) return [];
        if (!body) throw new Error(`${path}: read from its digest, the validation has no bytes for it`);
        return [[path, body]];
      }),
    ),
  );
}
