/**
 * Which card a page is shared with: an article's first chart or map, else its headline
 * figure (the first <Fact>), else its summary; a dataset's first figure, else its
 * description; the site card for every other page.
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { renderChart, type ChartSpec } from '../charts/spec.ts';
import { ARTICLE_KIND_LABELS, type ArticleData } from '../content/article-schema.ts';
import type { PlacedComponent } from '../content/article-guard.ts';
import { datasetFigures, findFigure, type Figure } from '../datasets/figures.ts';
import type { Catalog, Dataset } from '../datasets/load.ts';
import { formatDateZh } from '../format/dates.ts';
import { formatQualifiedFigure } from '../format/figures.ts';
import type { CountyProps } from '../map/boundaries.ts';
import { placeMapChart } from '../map/chart.ts';
import { SITE } from '../site/config.ts';
import { absoluteUrl } from '../site/urls.ts';
import type { ShareCard } from './card-svg.ts';

const footer = () => ({ site: SITE.title, host: new URL(absoluteUrl('/')).host });
const figureOf = (f: Figure) => ({ value: formatQualifiedFigure(f), caption: `${f.metric} · ${f.period}` });

/** The SVG of the first chart or map an article places, in reading order. */
function firstChartSvg(components: readonly PlacedComponent[], catalog: Catalog, counties: FeatureCollection<MultiPolygon, CountyProps>): string | undefined {
  const first = components.find((c) => c.name === 'Chart' || c.name === 'ForestMap' || c.name === 'ServiceMap');
  if (!first) return undefined;
  const county = first.attributes.county === undefined ? undefined : Number(first.attributes.county);
  const drawn =
    first.name === 'Chart'
      ? renderChart(catalog, first.attributes as unknown as ChartSpec)
      : placeMapChart(first.name === 'ForestMap' ? 'forest' : 'service', catalog, counties, county);
  return 'svg' in drawn ? drawn.svg : undefined;
}

/** The first `<Fact>` of an article, as a figure. */
function firstFact(components: readonly PlacedComponent[], catalog: Catalog): Figure | undefined {
  const fact = components.find((c) => c.name === 'Fact');
  if (!fact) return undefined;
  const found = findFigure(catalog, fact.attributes.dataset ?? '', fact.attributes.key ?? '');
  return 'figure' in found ? found.figure : undefined;
}

/**
 * An article's card: its first chart, else its headline figure, else its summary.
 * `components` are what the article places, in reading order, as its compile found them.
 */
export function articleToCard(
  data: ArticleData,
  components: readonly PlacedComponent[],
  catalog: Catalog,
  counties: FeatureCollection<MultiPolygon, CountyProps>,
): ShareCard {
  const kicker = `文章 · ${ARTICLE_KIND_LABELS[data.kind]} · ${formatDateZh(data.date)}`;
  const chartSvg = firstChartSvg(components, catalog, counties);
  if (chartSvg) return { kicker, title: data.title, chartSvg, ...footer() };
  const figure = firstFact(components, catalog);
  return { kicker, title: data.title, ...(figure ? { figure: figureOf(figure) } : { text: data.summary }), ...footer() };
}

/** A dataset's card: its first figure (a table of figures), else its description. */
export function datasetToCard(dataset: Dataset): ShareCard {
  const [figure] = datasetFigures(dataset);
  const kicker = `数据集 · ${dataset.latest.version} 版 · ${dataset.meta.temporal}`;
  return { kicker, title: dataset.meta.title, ...(figure ? { figure: figureOf(figure) } : { text: dataset.meta.description }), ...footer() };
}

/** The card of every other page. */
export function siteToCard(): ShareCard {
  return { kicker: SITE.titleEn, title: SITE.title, text: SITE.description, ...footer() };
}

/** The card in words, for `og:image:alt`: what a reader who cannot see it should know. */
export function cardToAlt(card: ShareCard): string {
  const detail = card.figure ? `：${card.figure.value}（${card.figure.caption}）` : card.chartSvg ? '（含图表）' : '';
  return `${card.title}${detail} · ${card.site}`;
}
