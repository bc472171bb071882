import type { Disagreement } from '../datasets/disagreements.ts';
import { resolveFigures, type Figure } from '../datasets/figures.ts';
import type { Catalog, Dataset } from '../datasets/load.ts';
import type { Source } from '../datasets/schemas.ts';
import { disagreementKindText } from './marks.ts';

/** One figure of an explanation, with where it comes from. */
export interface ExplainedFigure {
  figure: Figure;
  dataset: Dataset;
  source: Source | undefined;
  /** In a total-and-parts entry: whether this is the total. */
  total: boolean;
}

/** One entry of data/disagreements.yaml as its explanation shows it. */
export interface Explanation {
  entry: Disagreement;
  /** 来源说法不一 / 时期不同，不可比 / 同一数字. */
  kindText: string;
  figures: ExplainedFigure[];
  /** The distinct sources of its figures, in order: a conflict lists both, each attributed. */
  sources: Source[];
}

/** Every entry, in file order, with its figures resolved and their sources (what /sources/disagreements/ lists). */
export function explainDisagreements(catalog: Catalog): Explanation[] {
  return catalog.disagreements.map((entry) => {
    const figures = resolveFigures(catalog, entry.figures).map(({ figure, dataset }, i) => ({
      figure,
      dataset,
      source: catalog.sources.find((s) => s.id === figure.source),
      total: entry.figures[i]!.total === true,
    }));
    const sources = [...new Set(figures.flatMap((f) => (f.source ? [f.source] : [])))];
    const kindText = entry.kind === 'conflict' ? '来源说法不一' : disagreementKindText(entry);
    return { entry, kindText, figures, sources };
  });
}
