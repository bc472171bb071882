/**
 * The dataset files of a build (every version's CSV, Excel CSV and JSON, in its own folder
 * and in latest/, and the changes files) are written beside the pages, not carried through
 * Astro's page pipeline: each dataset page hands its files over when it renders
 * (publishDatasetFiles), and when Astro is done the integration writes them into dist/.
 * As Astro routes, 1,776 files of 200 datasets (one of 1,000,000 rows: 40 MB of CSV, 45 MB
 * for Excel, 150 MB of JSON, each twice) each went through a Response and a copy.
 * In `npm run dev` the endpoints under src/pages/data/[id]/[version]/ serve them instead.
 *
 * The pages are bundled by Vite and the integration is loaded with astro.config.mjs: two
 * copies of this module in one process, so the files wait on globalThis.
 */
import { linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dataTimesLine, timed } from './build-clock.ts';
import { datasetDownloads } from './downloads.ts';
import type { Dataset } from './load.ts';

const KEY = Symbol.for('zq-open-data.dataset-files');

/** The files handed over so far, by site path (`/data/<id>/<folder>/<name>`). */
function handedOver(): Map<string, Uint8Array> {
  const store = globalThis as unknown as Record<symbol, Map<string, Uint8Array> | undefined>;
  return (store[KEY] ??= new Map());
}

/** Hands over every file of `dataset` to be written when the build is done (its page calls this). */
export function publishDatasetFiles(dataset: Dataset): void {
  for (const { path, body } of datasetDownloads(dataset)) handedOver().set(path, body);
}

/**
 * Writes every file handed over into `dist`; returns how many. A file whose bytes were
 * already written (`latest/` and its version's folder share them) becomes a hard link to
 * the first: the bytes go to disk once (at 1,000,000 rows, 200 MB fewer), and every host
 * and archive still sees two ordinary files with the same content.
 */
export function writeDatasetFiles(dist: string): number {
  const files = handedOver();
  const written = new Map<Uint8Array, string>();
  for (const [path, body] of files) {
    const target = join(dist, path);
    mkdirSync(dirname(target), { recursive: true });
    const first = written.get(body);
    if (first) linkSync(first, target);
    else {
      writeFileSync(target, body);
      written.set(body, target);
    }
  }
  const count = files.size;
  files.clear();
  return count;
}

export function datasetFiles(): AstroIntegration {
  return {
    name: 'zq-dataset-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`${timed('write', () => writeDatasetFiles(fileURLToPath(dir)))} 个数据文件`);
        logger.info(dataTimesLine());
      },
    },
  };
}
