import { getPublishedArticles } from '../content/published.ts';
import { articleFigures } from '../content/article-figures.ts';
import { getCatalog } from '../datasets/index.ts';
import { sitePlaceMap } from '../map/site-map.ts';
import { SITE } from '../site/config.ts';
import { collectCharts } from './registry.ts';

let charts: ReturnType<typeof load> | undefined;

async function load() {
  const articles = await getPublishedArticles();
  const placed = articles.map((a) => articleFigures(a.filePath ?? `content/articles/${a.id}.mdx`, a.body ?? ''));
  return collectCharts(getCatalog(), sitePlaceMap, placed, SITE.asOf);
}

/** Every chart of this build, for the SVG and PNG endpoints and embed pages: collected once. */
export function getSiteCharts() {
  charts ??= load();
  return charts;
}
