import { ValidationError } from '../problems.ts';
import { SITE } from '../site/config.ts';
import { validateData } from '../validate.ts';
import { timed } from './build-clock.ts';
import type { Catalog } from './load.ts';

let cached: Catalog | undefined;

/**
 * The validated catalog for pages and endpoints, loaded once per build. Throws when
 * anything fails validation, so a broken dataset can never reach `dist/`.
 */
export function getCatalog(): Catalog {
  if (cached) return cached;
  // Released data is re-checked because pages read it. Articles, the editors' working
  // copies (never published) and every row of a version read from its digest (digest.ts)
  // are checked by the validation npm run build runs alongside. `astro dev` reads every
  // row: its endpoints serve the files that the validation writes in a build.
  const { catalog, problems } = timed('catalog', () => validateData(SITE.root, { workingCopies: false, fromDigests: !import.meta.env.DEV }));
  if (problems.length > 0) throw new ValidationError(problems);
  cached = catalog;
  return catalog;
}

/** The dataset `id`, or an error naming the datasets that exist. */
export function getDataset(id: string) {
  const dataset = getCatalog().datasets.find((d) => d.id === id);
  if (!dataset) throw new Error(`数据集“${id}”不存在`);
  return dataset;
}
