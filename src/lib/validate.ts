import { validateArticles } from './content/validate-articles.ts';
import { loadCatalog, type Catalog } from './datasets/load.ts';
import type { Problem } from './problems.ts';
import { readCountyTopology } from './datasets/geo.ts';
import { topologyToCounties } from './map/boundaries.ts';
import { PLOTS_DATASET, plotProblems } from './map/plots.ts';

/**
 * Everything an editor can commit, checked in one run: data first, forest plots
 * against the county boundaries, then articles against the data. The same code runs in `npm run validate` and in the build.
 */
export function validateProject(root: string): { catalog: Catalog; problems: Problem[] } {
  const { catalog, problems } = loadCatalog(root);
  const plots = catalog.datasets.find((d) => d.id === PLOTS_DATASET);
  const plotChecks = plots ? plotProblems(plots, topologyToCounties(readCountyTopology(root))) : [];
  return { catalog, problems: [...problems, ...plotChecks, ...validateArticles(root, catalog)] };
}
