import type { APIRoute } from 'astro';
import { catalogToReleasesFeed } from '../../lib/feeds/releases.ts';
import { getCatalog } from '../../lib/datasets/index.ts';

/** RSS feed of data releases. */
export const GET: APIRoute = () =>
  new Response(catalogToReleasesFeed(getCatalog()), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
