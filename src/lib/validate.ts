import { validateArticles } from './content/validate-articles.ts';
import { readCountyTopology } from './datasets/geo.ts';
import { drawnDatasetProblems } from './datasets/limits.ts';
import { loadCatalog, type Catalog } from './datasets/load.ts';
import { topologyToCounties } from './map/boundaries.ts';
import { PLOTS_DATASET, plotProblems } from './map/plots.ts';
import type { Problem } from './problems.ts';
import { PROGRESS_DATASET } from './progress/tracker.ts';

/** All data checked: every dataset file, then forest plots against the county boundaries and the size of datasets drawn row by row. */
export function validateData(root: string, options: { workingCopies?: boolean } = {}): { catalog: Catalog; problems: Problem[] } {
  const { catalog, problems } = loadCatalog(root, options);
  const plots = catalog.datasets.find((d) => d.id === PLOTS_DATASET);
  const plotChecks = plots ? plotProblems(plots, topologyToCounties(readCountyTopology(root))) : [];
  const drawn = catalog.datasets.flatMap((d) => drawnDatasetProblems(d, [PLOTS_DATASET, PROGRESS_DATASET]));
  return { catalog, problems: [...problems, ...plotChecks, ...drawn] };
}

/**
 * Everything an editor can commit, checked in one run: the data, then articles against
 * the data. `npm run build` runs this beside the Astro build and publishes nothing unless
 * it passes; Astro itself re-checks the released data it reads (validateData) and, through
 * its content collection, the front matter.
 */
export function validateProject(root: string): { catalog: Catalog; problems: Problem[] } {
  const { catalog, problems } = validateData(root);
  return { catalog, problems: [...problems, ...validateArticles(root, catalog)] };
}
