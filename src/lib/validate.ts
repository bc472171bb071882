import { validateArticles } from './content/validate-articles.ts';
import { readCountyTopology } from './datasets/geo.ts';
import { releaseHistoryProblems } from './datasets/git-history.ts';
import { drawnDatasetProblems } from './datasets/limits.ts';
import { loadCatalog, type Catalog } from './datasets/load.ts';
import { topologyToCounties } from './map/boundaries.ts';
import { PLOTS_DATASET, plotProblems } from './map/plots.ts';
import type { Problem } from './problems.ts';
import { editableTreeProblems } from './validation/files.ts';
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
 * Everything an editor can commit, checked in one run: the files themselves (plain
 * files only, names), the data, then articles against the data, each compiled exactly
 * as the build compiles it. `npm run build` runs this beside the Astro build and
 * publishes nothing unless it passes; Astro itself refuses a bad article in its own
 * compile (the article guard) and re-checks the released data it reads (validateData).
 */
export async function validateProject(root: string): Promise<{ catalog: Catalog; problems: Problem[] }> {
  const files = editableTreeProblems(root);
  const { catalog, problems } = validateData(root);
  return { catalog, problems: [...files, ...problems, ...releaseHistoryProblems(root), ...(await validateArticles(root, catalog))] };
}
