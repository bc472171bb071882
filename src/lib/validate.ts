import { validateArticles } from './content/validate-articles.ts';
import { readCountyTopology } from './datasets/geo.ts';
import { releaseHistoryProblems } from './datasets/git-history.ts';
import { drawnDatasetProblems } from './datasets/limits.ts';
import { digestProblems } from './datasets/digest.ts';
import { loadCatalog, type Catalog, type LoadOptions } from './datasets/load.ts';
import { topologyToCounties } from './map/boundaries.ts';
import { countyAnchors } from './map/anchors.ts';
import { placeProblems } from './map/place-problems.ts';
import { PLOTS_DATASET } from './map/plots.ts';
import { SERVICE_PLACES_DATASET } from './map/service-places.ts';
import type { Problem } from './problems.ts';
import { EDITABLE_DIRS, editableTreeProblems } from './validation/files.ts';
import { PROGRESS_DATASET } from './progress/tracker.ts';

/** Datasets of places drawn on a county map: checked against the county boundaries. */
const PLACE_DATASETS = [PLOTS_DATASET, SERVICE_PLACES_DATASET];

/**
 * All data checked: every dataset file, the place datasets against the county boundaries,
 * the size of datasets drawn row by row, and each large version's digest against its rows
 * (unless `fromDigests`: the pages, which read those from the digest).
 */
export function validateData(root: string, options: LoadOptions = {}): { catalog: Catalog; problems: Problem[] } {
  const { catalog, problems } = loadCatalog(root, options);
  const places = catalog.datasets.filter((d) => PLACE_DATASETS.includes(d.id));
  const counties = places.length > 0 ? topologyToCounties(readCountyTopology(root)) : undefined;
  const placeChecks = counties ? places.flatMap((d) => placeProblems(d, counties, countyAnchors(counties))) : [];
  const drawn = catalog.datasets.flatMap((d) => drawnDatasetProblems(d, [...PLACE_DATASETS, PROGRESS_DATASET]));
  const digests = catalog.datasets.flatMap((d) => digestProblems(d));
  return { catalog, problems: [...problems, ...placeChecks, ...drawn, ...digests] };
}

/**
 * Everything an editor can commit, checked in one run: the files themselves (plain
 * files only, names), the data, then articles against the data, each read by the one
 * parse the build renders. `npm run build` runs this beside the Astro build and
 * publishes nothing unless it passes; the Astro build itself refuses a bad article when
 * it renders it (the article guard) and re-checks the released data it reads (validateData).
 */
export async function validateProject(root: string): Promise<{ catalog: Catalog; problems: Problem[] }> {
  const files = editableTreeProblems(root);
  // An editable folder that is a file: nothing in it can be read, and the tree problem says what to do.
  if (files.some((p) => p.code === 'FILE-NOT-FILE' && (EDITABLE_DIRS as readonly string[]).includes(p.file ?? ''))) {
    return { catalog: { datasets: [], sources: [], disagreements: [], failed: [] }, problems: files };
  }
  const { catalog, problems } = validateData(root);
  return { catalog, problems: [...files, ...problems, ...releaseHistoryProblems(root), ...validateArticles(root, catalog)] };
}
