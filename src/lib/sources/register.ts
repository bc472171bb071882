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
  /** Datasets that cite it: in `sources` or in a row. */
  datasets: Dataset[];
  /** Published articles that show one of its figures. */
  articles: { slug: string; title: string }[];
}

/** Whether any row of the dataset's latest release cites `sourceId` (any dataset with a source column). */
function rowsCite(dataset: Dataset, sourceId: string): boolean {
  return dataset.latest.rows.some((row) => row.source === sourceId);
}

/**
 * Every registered source, newest first (a source whose year is not printed last), with
 * the figures it gave, the datasets that cite it and the articles that show its figures.
 * An article shows a figure when it cites the row in `<Fact>` or a chart draws it (a
 * chart with `key` draws that row, one without draws the whole dataset).
 */
export function sourcesToRegister(catalog: Catalog, articles: readonly ArticleFigures[]): SourceEntry[] {
  return sourcesNewestFirst(catalog.sources).map((source) => {
    const figures = catalog.datasets
      .map((dataset) => ({ dataset, figures: datasetFigures(dataset).filter((f) => f.source === source.id) }))
      .filter((group) => group.figures.length > 0);
    const datasets = catalog.datasets.filter((d) => d.meta.sources.includes(source.id) || rowsCite(d, source.id));
    const shown = (ref: FigureRef) =>
      figures.some(({ dataset, figures: own }) => dataset.id === ref.dataset && (ref.key === undefined || own.some((f) => f.key === ref.key)));
    const using = articles.filter((a) => a.refs.some(shown)).map(({ slug, title }) => ({ slug, title }));
    return { source, figures, datasets, articles: using };
  });
}
