import type { APIRoute, GetStaticPaths } from 'astro';
import { versionToDataPackage } from '../../../../lib/datasets/datapackage.ts';
import { versionFiles, versionFolders } from '../../../../lib/datasets/downloads.ts';
import { getCatalog } from '../../../../lib/datasets/index.ts';

/** /data/<id>/<version>/<id>.json (typed rows) and datapackage.json, for every version and `latest`. */
export const getStaticPaths = (() => {
  const catalog = getCatalog();
  return catalog.datasets.flatMap((dataset) =>
    versionFolders(dataset).flatMap(({ folder, version }) => {
      const json = versionFiles(dataset, version).find((f) => f.format === 'json')!;
      const descriptor = `${JSON.stringify(versionToDataPackage(catalog, dataset, version), null, 2)}\n`;
      return [
        { params: { id: dataset.id, version: folder, file: dataset.id }, props: { body: json.body } },
        { params: { id: dataset.id, version: folder, file: 'datapackage' }, props: { body: new TextEncoder().encode(descriptor) } },
      ];
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: Uint8Array<ArrayBuffer> }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
