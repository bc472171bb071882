import { datasetFigures, resolveFigures, type Figure } from '../datasets/figures.ts';
import type { Catalog, Dataset } from '../datasets/load.ts';
import type { FigureLink } from '../datasets/target-context.ts';
import { assessProgress, type ProgressAssessment, type Reading } from './status.ts';

export const TARGETS_DATASET = 'targets-2025';
export const PROGRESS_DATASET = 'target-progress';

export interface ProgressReading extends Reading {
  source: string;
  note: string | null;
}

/** A figure the record gives around a target (data/target-context.yaml): never a reading. */
export interface ContextFigure {
  figure: Figure;
  dataset: Dataset;
  note: string | null;
}

export interface TrackedTarget {
  target: Figure;
  deadline: string;
  programme: string | null;
  assessment: ProgressAssessment<ProgressReading>;
  /** City figures of the year before: shown as such, not as progress. */
  baselines: ContextFigure[];
  /** County figures of the target's year: county notes, not city readings. */
  countyNotes: ContextFigure[];
  /** What was searched for in the public record and not found. */
  notFound: string[];
}

export interface Tracker {
  targets: TrackedTarget[];
  targetsDataset: Dataset;
  progressDataset: Dataset;
  /** Figures related to the targets but to none in particular. */
  related: ContextFigure[];
  /** Where and how the record was searched, and what “not found” means. */
  searchNote: string | null;
}

function resolveLinks(catalog: Catalog, links: readonly FigureLink[]): ContextFigure[] {
  return resolveFigures(catalog, links).map(({ figure, dataset }, i) => ({ figure, dataset, note: links[i]!.note ?? null }));
}

function need(catalog: Catalog, id: string): Dataset {
  const dataset = catalog.datasets.find((d) => d.id === id);
  if (!dataset) throw new Error(`进展页面需要数据集 ${id}`);
  return dataset;
}

/**
 * Every 2025 target with its readings and status on `asOf`, from the latest releases
 * of `targets-2025` and `target-progress`, and what data/target-context.yaml puts
 * around it (baselines, county notes, what was not found). All were validated on load
 * (dates, numbers, that each reading names an existing target, that each linked row exists).
 * Baselines and county notes never enter the assessment: the status rule sees readings only.
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
    const context = catalog.targetContext?.targets.find((t) => t.target === target.key);
    return {
      target,
      deadline,
      programme: typeof row?.programme === 'string' ? row.programme : null,
      assessment,
      baselines: resolveLinks(catalog, context?.baselines ?? []),
      countyNotes: resolveLinks(catalog, context?.county_notes ?? []),
      notFound: context?.not_found ?? [],
    };
  });
  const related = resolveLinks(catalog, catalog.targetContext?.related ?? []);
  return { targets, targetsDataset, progressDataset, related, searchNote: catalog.targetContext?.search_note ?? null };
}
