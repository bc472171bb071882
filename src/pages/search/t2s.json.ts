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
  const cells = new Set<string>();
  for (const { meta, latest } of datasets) {
    const texts = meta.fields.filter((f) => f.type === 'string').map((f) => f.name);
    for (const row of latest.rows) for (const name of texts) if (typeof row[name] === 'string') cells.add(row[name]);
  }
  const meta = datasets.map((d) => JSON.stringify(d.meta));
  const texts = [...meta, ...cells, JSON.stringify(STRINGS), ...articles.flatMap((a) => [a.data.title, a.data.summary, a.body ?? ''])];
  const converters = (['tw', 'hk', 't'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
  return new Response(JSON.stringify(traditionalMap(texts, converters)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
