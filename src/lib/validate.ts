import { validateArticles } from './content/validate-articles.ts';
import { readCountyTopology } from './datasets/geo.ts';
import { loadCatalog, type Catalog } from './datasets/load.ts';
import { topologyToCounties } from './map/boundaries.ts';
import { PLOTS_DATASET, plotProblems } from './map/plots.ts';
import type { Problem } from './problems.ts';

/** All data checked: every dataset file, then forest plots against the county boundaries. */
export function validateData(root: string): { catalog: Catalog; problems: Problem[] } {
  const { catalog, problems } = loadCatalog(root);
  const plots = catalog.datasets.find((d) => d.id === PLOTS_DATASET);
  const plotChecks = plots ? plotProblems(plots, topologyToCounties(readCountyTopology(root))) : [];
  return { catalog, problems: [...problems, ...plotChecks] };
}

/**
 * Everything an editor can commit, checked in one run: the data, then articles against
 * the data. `npm run validate` runs this before every build; the build itself re-checks
 * the data it reads (validateData), and Astro's content collection the front matter.
 */
export function validateProject(root: string): { catalog: Catalog; problems: Problem[] } {
  const { catalog, problems } = validateData(root);
  return { catalog, problems: [...problems, ...validateArticles(root, catalog)] };
}
