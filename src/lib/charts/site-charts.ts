import { getPublishedArticles } from '../content/published.ts';
import { getCatalog } from '../datasets/index.ts';
import { getCounties } from '../map/site-map.ts';
import { SITE } from '../site/config.ts';
import { collectCharts } from './registry.ts';

/** Every chart of this build, for the SVG endpoint and embed pages. */
export async function getSiteCharts() {
  const articles = await getPublishedArticles();
  return collectCharts(getCatalog(), getCounties(), articles.map((a) => a.body ?? ''), SITE.asOf);
}
