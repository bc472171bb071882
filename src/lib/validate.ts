import { validateArticles } from './content/validate-articles.ts';
import { loadCatalog, type Catalog } from './datasets/load.ts';
import type { Problem } from './problems.ts';

/**
 * Everything an editor can commit, checked in one run: data first, then articles
 * against the data. The same code runs in `npm run validate` and in the build.
 */
export function validateProject(root: string): { catalog: Catalog; problems: Problem[] } {
  const { catalog, problems } = loadCatalog(root);
  return { catalog, problems: [...problems, ...validateArticles(root, catalog)] };
}
