/**
 * Which card a page is shared with. An article is shared with the card of its first chart
 * or map, else the card of its headline figure (its first <Fact>), else the site card; these
 * cards show the chart or the figure, not the article (platforms print the article's own
 * title and summary beside the image from og:title and og:description), so one card serves
 * every article that opens with the same chart or figure and a build draws as many cards as
 * there are charts and figures, not articles. A dataset has its own card: its first figure,
 * else its description. Every other page has the site card.
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { chartSpecId, renderChart, type ChartSpec } from '../charts/spec.ts';
import type { PlacedComponent } from '../content/article-guard.ts';
import { datasetFigures, findFigure, type Figure } from '../datasets/figures.ts';
import type { Catalog, Dataset } from '../datasets/load.ts';
import { formatQualifiedFigure } from '../format/figures.ts';
import type { CountyProps } from '../map/boundaries.ts';
import { placeMapChart } from '../map/chart.ts';
import { SITE } from '../site/config.ts';
import { absoluteUrl } from '../site/urls.ts';
import type { ShareCard } from './card-svg.ts';

const footer = () => ({ site: SITE.title, host: new URL(absoluteUrl('/')).host });
const figureOf = (f: Figure) => ({ value: formatQualifiedFigure(f), caption: `${f.metric} · ${f.period}` });

const isChartOrMap = (c: PlacedComponent) => c.name === 'Chart' || c.name === 'ForestMap' || c.name === 'ServiceMap';

/**
 * The card an article is shared with, under its key (`charts/<chart id>` or
 * `figures/<dataset>/<key>`), from what the article places in reading order; undefined:
 * the site card. A chart that cannot be drawn or a figure that does not exist falls through.
 */
export function articleToCard(
  components: readonly PlacedComponent[],
  catalog: Catalog,
  counties: FeatureCollection<MultiPolygon, CountyProps>,
): { key: string; card: ShareCard } | undefined {
  const chart = components.find(isChartOrMap);
  if (chart) {
    const county = chart.attributes.county === undefined ? undefined : Number(chart.attributes.county);
    const drawn =
      chart.name === 'Chart'
        ? renderChart(catalog, chart.attributes as unknown as ChartSpec)
        : placeMapChart(chart.name === 'ForestMap' ? 'forest' : 'service', catalog, counties, county);
    if ('svg' in drawn) {
      const id = chart.name === 'Chart' ? chartSpecId(chart.attributes as unknown as ChartSpec) : drawn.id;
      return { key: `charts/${id}`, card: { kicker: `图表 · ${drawn.dataset.meta.title}（${drawn.dataset.latest.version} 版）`, title: drawn.title, chartSvg: drawn.svg, ...footer() } };
    }
  }
  const fact = components.find((c) => c.name === 'Fact');
  const found = fact ? findFigure(catalog, fact.attributes.dataset ?? '', fact.attributes.key ?? '') : undefined;
  if (found && 'figure' in found) {
    const { figure, dataset } = found;
    return { key: `figures/${dataset.id}/${figure.key}`, card: { kicker: `数字 · ${dataset.meta.title}`, title: figure.metric, figure: figureOf(figure), ...footer() } };
  }
  return undefined;
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
