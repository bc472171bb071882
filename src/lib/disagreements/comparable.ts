import type { Disagreement } from '../datasets/disagreements.ts';

/**
 * The entry of data/disagreements.yaml that forbids putting rows `a` and `b` of one
 * dataset on one scale (or adding them), if any. Any two figures of one entry may not
 * share a scale — two claims about one thing (conflict), one figure reported twice
 * (same-figure), figures the record calls not comparable — except two parts of a
 * parts-total entry: parts compare with each other; a part and its total do not.
 * When several entries name both, the one with fewest figures is given.
 */
export function incomparableEntry(list: readonly Disagreement[], dataset: string, a: string, b: string): Disagreement | undefined {
  const forbidding = list.filter((d) => {
    const fa = d.figures.find((f) => f.dataset === dataset && f.key === a);
    const fb = d.figures.find((f) => f.dataset === dataset && f.key === b);
    if (!fa || !fb || a === b) return false;
    return d.reason !== 'parts-total' || fa.total === true || fb.total === true;
  });
  // The narrowest entry says best why these two: two papers' same figure, not the wider period note they are also in.
  return forbidding.reduce<Disagreement | undefined>((best, d) => (best && best.figures.length <= d.figures.length ? best : d), undefined);
}

/** The first pair of keys in `keys` (one scale of one dataset) that may not share it, with the entry that says so. */
export function firstIncomparablePair(
  list: readonly Disagreement[],
  dataset: string,
  keys: readonly string[],
): { a: string; b: string; entry: Disagreement } | undefined {
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const entry = incomparableEntry(list, dataset, keys[i]!, keys[j]!);
      if (entry) return { a: keys[i]!, b: keys[j]!, entry };
    }
  }
  return undefined;
}
