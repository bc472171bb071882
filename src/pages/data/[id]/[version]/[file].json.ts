import type { APIRoute, GetStaticPaths } from 'astro';
import { versionToDataPackage } from '../../../../lib/datasets/datapackage.ts';
import { versionFiles, versionFolders } from '../../../../lib/datasets/downloads.ts';
import { getCatalog } from '../../../../lib/datasets/index.ts';

/**
 * /data/<id>/<version>/datapackage.json for every version and `latest`; and <id>.json (typed
 * rows) for `npm run dev` only: a build writes the data files beside the pages (lib/datasets/file-output.ts).
 */
export const getStaticPaths = (() => {
  const catalog = getCatalog();
  return catalog.datasets.flatMap((dataset) =>
    versionFolders(dataset).flatMap(({ folder, version }) => {
      const descriptor = `${JSON.stringify(versionToDataPackage(catalog, dataset, version), null, 2)}\n`;
      const json = import.meta.env.DEV ? [{ params: { id: dataset.id, version: folder, file: dataset.id }, props: { body: versionFiles(dataset, version).find((f) => f.format === 'json')!.body } }] : [];
      return [...json, { params: { id: dataset.id, version: folder, file: 'datapackage' }, props: { body: new TextEncoder().encode(descriptor) } }];
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: Uint8Array<ArrayBuffer> }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
