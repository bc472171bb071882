import type { APIRoute } from 'astro';
import * as OpenCC from 'opencc-js';
import { getPublishedArticles } from '../../lib/content/published.ts';
import { getCatalog } from '../../lib/datasets/index.ts';
import { traditionalMap } from '../../lib/search/t2s.ts';
import { STRINGS } from '../../lib/site/strings.ts';

/**
 * Every text cell of every dataset's latest release that the pages read, one at a time: of a
 * version read from its digest, the first rows the dataset page shows (all the search index
 * holds of it).
 */
function* cellTexts(datasets: ReturnType<typeof getCatalog>['datasets']): Generator<string> {
  for (const { meta, latest } of datasets) {
    const texts = meta.fields.filter((f) => f.type === 'string').map((f) => f.name);
    for (const row of latest.rows) {
      for (const name of texts) {
        const cell = row[name];
        if (typeof cell === 'string') yield cell;
      }
    }
  }
}

/** /search/t2s.json: traditional → simplified for the characters this site uses (see traditionalMap). */
export const GET: APIRoute = async () => {
  const articles = await getPublishedArticles();
  const { datasets } = getCatalog();
  const texts = [...datasets.map((d) => JSON.stringify(d.meta)), JSON.stringify(STRINGS), ...articles.flatMap((a) => [a.data.title, a.data.summary, a.body ?? ''])];
  const converters = (['tw', 'hk', 't'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
  function* everything() {
    yield* texts;
    yield* cellTexts(datasets);
  }
  const map = traditionalMap(everything(), converters);
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
