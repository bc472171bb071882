import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetDownloads } from '../../../../lib/datasets/downloads.ts';
import { getCatalog } from '../../../../lib/datasets/index.ts';

/**
 * /data/<id>/<version>/<id>.csv (released bytes), <id>.excel.csv and changes-from-<previous>.csv,
 * for `npm run dev` only: a build writes these files beside the pages (lib/datasets/file-output.ts).
 */
export const getStaticPaths = (() =>
  import.meta.env.DEV
    ? getCatalog().datasets.flatMap((dataset) =>
        datasetDownloads(dataset)
          .filter((f) => f.path.endsWith('.csv'))
          .map(({ path, body }) => {
            const [, , id = '', version = '', file = ''] = path.split('/');
            return { params: { id, version, file: file.replace(/\.csv$/, '') }, props: { body } };
          }),
      )
    : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: Uint8Array<ArrayBuffer> }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
