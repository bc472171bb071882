import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCardKeys, sharePng } from '../../lib/share/site-cards.ts';

/** Share cards (1200 × 630 PNG): /share/site.png, /share/data/<id>.png, /share/articles/<slug>.png. */
export const getStaticPaths = (async () => (await shareCardKeys()).map((card) => ({ params: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(await sharePng(params.card!), { headers: { 'Content-Type': 'image/png' } });
