import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../../lib/datasets/index.ts';

/** Released CSVs at permanent URLs, byte for byte: /data/<id>/<version>/<id>.csv and …/latest/…. */
export const getStaticPaths = (() =>
  getCatalog().datasets.flatMap((dataset) =>
    [...dataset.versions.map((v) => ({ label: v.version, v })), { label: 'latest', v: dataset.latest }].map(({ label, v }) => ({
      params: { id: dataset.id, version: label, file: dataset.id },
      props: { bytes: v.bytes_raw },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { bytes: Uint8Array<ArrayBuffer> }).bytes, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
