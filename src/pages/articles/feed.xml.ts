import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articlesToAtom } from '../../lib/feeds/articles.ts';
import { SITE } from '../../lib/site/config.ts';

/** Atom feed of the newest articles (drafts never). */
export const GET: APIRoute = async () =>
  new Response(articlesToAtom(await getCollection('articles'), SITE.asOf), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
