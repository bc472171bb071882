import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site/urls.ts';

/** Crawlers may read everything; the sitemap's absolute address comes from the site config (SITE_URL, SITE_BASE). */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
