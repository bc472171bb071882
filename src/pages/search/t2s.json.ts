import type { APIRoute } from 'astro';
import * as OpenCC from 'opencc-js';
import { getPublishedArticles } from '../../lib/content/published.ts';
import { getCatalog } from '../../lib/datasets/index.ts';
import { traditionalMap } from '../../lib/search/t2s.ts';
import { STRINGS } from '../../lib/site/strings.ts';

/** /search/t2s.json: traditional → simplified for the characters this site uses (see traditionalMap). */
export const GET: APIRoute = async () => {
  const articles = await getPublishedArticles();
  const { datasets } = getCatalog();
  // Distinct cell texts only: a dataset of 100,000 rows repeats a few hundred values.
  const cells = new Set(datasets.flatMap((d) => d.latest.rows.flatMap((r) => Object.values(r).filter((v) => typeof v === 'string'))));
  const meta = datasets.map((d) => JSON.stringify(d.meta));
  const text = [...meta, ...cells, JSON.stringify(STRINGS), ...articles.map((a) => `${a.data.title}${a.data.summary}${a.body ?? ''}`)].join('');
  const converters = (['tw', 'hk', 't'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
  return new Response(JSON.stringify(traditionalMap(text, converters)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
