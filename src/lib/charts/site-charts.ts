import { getPublishedArticles } from '../content/published.ts';
import { getCatalog } from '../datasets/index.ts';
import { getCounties } from '../map/site-map.ts';
import { SITE } from '../site/config.ts';
import { collectCharts } from './registry.ts';

let charts: ReturnType<typeof load> | undefined;

async function load() {
  const articles = await getPublishedArticles();
  return collectCharts(getCatalog(), getCounties(), articles.map((a) => a.body ?? ''), SITE.asOf);
}

/** Every chart of this build, for the SVG and PNG endpoints and embed pages: collected once. */
export function getSiteCharts() {
  charts ??= load();
  return charts;
}
