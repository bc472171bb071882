import type { APIRoute } from 'astro';
import { catalogToDcat } from '../../lib/datasets/discovery.ts';
import { getCatalog } from '../../lib/datasets/index.ts';
import { getCityBox } from '../../lib/map/site-map.ts';

/** DCAT-AP 3 catalog of every dataset and version. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(catalogToDcat(getCatalog(), getCityBox()), null, 2)}\n`, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
