import { loadCatalog, type Catalog } from '../../src/lib/datasets/load.ts';
import { PROGRESS_DATASET } from '../../src/lib/progress/tracker.ts';

/** The repository's catalog. */
export const REPO_CATALOG = loadCatalog(process.cwd()).catalog;

/** The repository's catalog with made-up progress readings (the real dataset has none yet), all cited to the interview. */
export function withReadings(rows: { target: string; date: string; value: number; note: string | null }[]): Catalog {
  return {
    ...REPO_CATALOG,
    datasets: REPO_CATALOG.datasets.map((d) =>
      d.id === PROGRESS_DATASET ? { ...d, latest: { ...d.latest, rows: rows.map((row) => ({ ...row, source: 'zhang-sihui-interview-2025' })) } } : d,
    ),
  };
}
