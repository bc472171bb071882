import type { FigureRef } from '../content/article-figure-refs.ts';
import { datasetFigures, type Figure } from '../datasets/figures.ts';
import type { Catalog, Dataset } from '../datasets/load.ts';
import type { Source } from '../datasets/schemas.ts';
import { sourcesNewestFirst } from '../datasets/sources.ts';

/** An article as the register needs it: where it is, and which figures it shows. */
export interface ArticleFigures {
  slug: string;
  title: string;
  refs: readonly FigureRef[];
}

/** One source with everything the site took from it. */
export interface SourceEntry {
  source: Source;
  /** The figures it gave, by dataset (figure datasets, latest release). */
  figures: { dataset: Dataset; figures: Figure[] }[];
  /** The first REGISTER_LISTED datasets that cite it (in `sources`, which lists every source its rows cite), in catalog order. */
  datasets: Dataset[];
  /** How many datasets cite it. */
  datasetCount: number;
  /** The first REGISTER_LISTED of the published articles that show one of its figures, in the order given (newest first). */
  articles: { slug: string; title: string }[];
  /** How many published articles show one of its figures. */
  articleCount: number;
}

/**
 * Articles and datasets named under one source: the rest are counted, not listed, so
 * /sources/ does not grow with the archive (10,000 articles quoting the interview made it
 * 727,000 characters).
 */
export const REGISTER_LISTED = 20;

/**
 * Every registered source, newest first (a source whose year is not printed last), with
 * the figures it gave, the datasets that cite it and the articles that show its figures
 * (the first REGISTER_LISTED of each named, all counted).
 * An article shows a figure when it cites the row in `<Fact>` or a chart draws it (a
 * chart with `key` draws that row, one without draws the whole dataset).
 */
export function sourcesToRegister(catalog: Catalog, articles: readonly ArticleFigures[]): SourceEntry[] {
  return sourcesNewestFirst(catalog.sources).map((source) => {
    const figures = catalog.datasets
      .map((dataset) => ({ dataset, figures: datasetFigures(dataset).filter((f) => f.source === source.id) }))
      .filter((group) => group.figures.length > 0);
    // A row's source is always among its dataset's `sources`: loading drops a row that cites another (CSV-SOURCE).
    const citing = catalog.datasets.filter((d) => d.meta.sources.includes(source.id));
    const shown = (ref: FigureRef) =>
      figures.some(({ dataset, figures: own }) => dataset.id === ref.dataset && (ref.key === undefined || own.some((f) => f.key === ref.key)));
    const using = articles.filter((a) => a.refs.some(shown));
    return {
      source,
      figures,
      datasets: citing.slice(0, REGISTER_LISTED),
      datasetCount: citing.length,
      articles: using.slice(0, REGISTER_LISTED).map(({ slug, title }) => ({ slug, title })),
      articleCount: using.length,
    };
  });
}
