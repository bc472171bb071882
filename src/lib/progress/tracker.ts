import { datasetFigures, type Figure } from '../datasets/figures.ts';
import type { Catalog, Dataset } from '../datasets/load.ts';
import { assessProgress, type ProgressAssessment, type Reading } from './status.ts';

export const TARGETS_DATASET = 'targets-2025';
export const PROGRESS_DATASET = 'target-progress';

export interface ProgressReading extends Reading {
  source: string;
  note: string | null;
}

export interface TrackedTarget {
  target: Figure;
  deadline: string;
  programme: string | null;
  assessment: ProgressAssessment<ProgressReading>;
}

export interface Tracker {
  targets: TrackedTarget[];
  targetsDataset: Dataset;
  progressDataset: Dataset;
}

function need(catalog: Catalog, id: string): Dataset {
  const dataset = catalog.datasets.find((d) => d.id === id);
  if (!dataset) throw new Error(`进展页面需要数据集 ${id}`);
  return dataset;
}

/**
 * Every 2025 target with its readings and status on `asOf`, from the latest releases
 * of `targets-2025` and `target-progress`. Both datasets were validated on load
 * (dates, numbers, and that each reading names an existing target).
 */
export function buildTracker(catalog: Catalog, asOf: string): Tracker {
  const targetsDataset = need(catalog, TARGETS_DATASET);
  const progressDataset = need(catalog, PROGRESS_DATASET);
  const readings = progressDataset.latest.rows.map((row) => ({
    target: String(row.target),
    reading: { date: String(row.date), value: Number(row.value), source: String(row.source), note: row.note === null ? null : String(row.note) },
  }));
  const targets = datasetFigures(targetsDataset).map((target) => {
    const row = targetsDataset.latest.rows.find((r) => r.key === target.key);
    const deadline = String(row?.deadline);
    const own = readings.filter((r) => r.target === target.key).map((r) => r.reading);
    const assessment = assessProgress({ value: target.value, deadline }, own, asOf);
    return {
      target,
      deadline,
      programme: typeof row?.programme === 'string' ? row.programme : null,
      assessment,
    };
  });
  return { targets, targetsDataset, progressDataset };
}
