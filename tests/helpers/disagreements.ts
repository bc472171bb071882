import type { Disagreement } from '../../src/lib/datasets/disagreements.ts';

/** A disagreement entry with a made-up title and explanation. */
export const entry = (over: Partial<Disagreement> & Pick<Disagreement, 'id' | 'kind' | 'figures'>): Disagreement => ({ title: `标题 ${over.id}`, explanation: '说明。', ...over });

/**
 * Entries over rows of datasets d and e: a conflict (a, b), two not-comparable-by-unit
 * entries on a, a total with two parts, and one figure reported twice (p1 in d and e).
 */
export const DISAGREEMENTS: Disagreement[] = [
  entry({ id: 'teams', kind: 'conflict', figures: [{ dataset: 'd', key: 'a' }, { dataset: 'd', key: 'b' }] }),
  entry({ id: 'units', kind: 'not-comparable', reason: 'unit', figures: [{ dataset: 'd', key: 'a' }, { dataset: 'd', key: 'c' }] }),
  entry({ id: 'units-2', kind: 'not-comparable', reason: 'unit', figures: [{ dataset: 'd', key: 'a' }, { dataset: 'e', key: 'x' }] }),
  entry({ id: 'parts', kind: 'not-comparable', reason: 'parts-total', figures: [{ dataset: 'd', key: 'total', total: true }, { dataset: 'd', key: 'p1' }, { dataset: 'd', key: 'p2' }] }),
  entry({ id: 'twice', kind: 'same-figure', figures: [{ dataset: 'd', key: 'p1' }, { dataset: 'e', key: 'p1' }] }),
];
