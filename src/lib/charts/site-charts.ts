import { getPublishedArticles } from '../content/published.ts';
import { articleCompiler } from '../content/mdx-pipeline.ts';
import { articleFigures } from '../content/article-figures.ts';
import { getCatalog } from '../datasets/index.ts';
import { getCounties } from '../map/site-map.ts';
import { SITE } from '../site/config.ts';
import { collectCharts } from './registry.ts';

let charts: ReturnType<typeof load> | undefined;

async function load() {
  const articles = await getPublishedArticles();
  const compiler = await articleCompiler(SITE.root);
  const placed = [];
  // One at a time: the compiler reports what its guard found for the body it last compiled.
  for (const a of articles) placed.push(await articleFigures(compiler, a.filePath ?? `content/articles/${a.id}.mdx`, a.body ?? ''));
  return collectCharts(getCatalog(), getCounties(), placed, SITE.asOf);
}

/** Every chart of this build, for the SVG and PNG endpoints and embed pages: collected once. */
export function getSiteCharts() {
  charts ??= load();
  return charts;
}
