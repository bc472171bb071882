import type { APIRoute, GetStaticPaths } from 'astro';
import { versionFiles, versionFolders } from '../../../../lib/datasets/downloads.ts';
import { getCatalog } from '../../../../lib/datasets/index.ts';

/** /data/<id>/<version>/<id>.csv (released bytes) and <id>.excel.csv, for every version and `latest`. */
export const getStaticPaths = (() =>
  getCatalog().datasets.flatMap((dataset) =>
    versionFolders(dataset).flatMap(({ folder, version }) =>
      versionFiles(dataset, version)
        .filter((f) => f.format === 'csv')
        .map((f) => ({ params: { id: dataset.id, version: folder, file: f.name.replace(/\.csv$/, '') }, props: { file: f } })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: { body: Uint8Array<ArrayBuffer>; mediatype: string } }> = ({ props }) =>
  new Response(props.file.body, { headers: { 'Content-Type': `${props.file.mediatype}; charset=utf-8` } });
