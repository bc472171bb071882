import type { Row } from '../datasets/rows.ts';
import { rowToPlace, type MapPlace } from './places.ts';

export const PLOTS_DATASET = 'union-forest-plots';
/** Where a plot's planting figures are (a plot row links to one of its rows, not a copy). */
export const PLANTING_DATASET = 'union-tree-planting';

/** A forest plot or planting site: a place with what was planted there. */
export interface Plot extends MapPlace {
  /** 工会林, 劳模林, 工匠林, 先锋林, or 植树点 where the source does not call it a 工会林. */
  forestType: string;
  /** Key of the planting's row in union-tree-planting (its figures live there). */
  planting: string | null;
  saplings: number | null;
  funds: number | null;
  participants: number | null;
}

const num = (v: Row[string] | undefined) => (typeof v === 'number' ? v : null);

/** Validated rows → plots (the dataset's schema has checked every cell). */
export function rowsToPlots(rows: readonly Row[]): Plot[] {
  return rows.map((row) => ({
    ...rowToPlace(row),
    forestType: String(row.forest_type),
    planting: row.planting === null || row.planting === undefined ? null : String(row.planting),
    saplings: num(row.saplings),
    funds: num(row.funds),
    participants: num(row.participants),
  }));
}
