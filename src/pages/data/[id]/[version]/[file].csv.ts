import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetChanges } from '../../../../lib/datasets/changes.ts';
import { versionFiles, versionFolders } from '../../../../lib/datasets/downloads.ts';
import { getCatalog } from '../../../../lib/datasets/index.ts';

/**
 * /data/<id>/<version>/<id>.csv (released bytes) and <id>.excel.csv, for every version and
 * `latest`; and changes-from-<previous>.csv in each version's own folder.
 */
export const getStaticPaths = (() =>
  getCatalog().datasets.flatMap((dataset) => [
    ...versionFolders(dataset).flatMap(({ folder, version }) =>
      versionFiles(dataset, version)
        .filter((f) => f.format === 'csv')
        .map((f) => ({ params: { id: dataset.id, version: folder, file: f.name.replace(/\.csv$/, '') }, props: { body: f.body } })),
    ),
    ...datasetChanges(dataset).flatMap(({ version, file }) =>
      file ? [{ params: { id: dataset.id, version: version.version, file: file.name.replace(/\.csv$/, '') }, props: { body: file.body } }] : [],
    ),
  ])) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: Uint8Array<ArrayBuffer> }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
