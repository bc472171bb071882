import { describe, expect, it } from 'vitest';
import { incomparableEntry } from '../../../src/lib/disagreements/comparable.ts';
import { DISAGREEMENTS, entry } from '../../helpers/disagreements.ts';

const LIST = DISAGREEMENTS;

describe('incomparableEntry(list, dataset, a, b)', () => {
  it('forbids one scale for two claims about one thing, one figure reported twice, and not-comparable figures', () => {
    expect(incomparableEntry(LIST, 'd', 'a', 'b')?.id).toBe('teams');
    expect(incomparableEntry(LIST, 'd', 'c', 'a')?.id).toBe('units');
  });
  it('lets two parts of one total share a scale, but never a part and the total', () => {
    expect(incomparableEntry(LIST, 'd', 'p1', 'p2')).toBeUndefined();
    expect(incomparableEntry(LIST, 'd', 'p2', 'total')?.id).toBe('parts');
  });
  it('says nothing of figures no entry names together, or of a figure with itself', () => {
    expect(incomparableEntry(LIST, 'd', 'b', 'c')).toBeUndefined();
    expect(incomparableEntry(LIST, 'd', 'a', 'a')).toBeUndefined();
    expect(incomparableEntry(LIST, 'e', 'a', 'b')).toBeUndefined();
  });
  it('matches both rows in the dataset asked about: d:a with e:x (entry units-2) is not d:a with d:x', () => {
    expect(incomparableEntry(LIST, 'd', 'a', 'x')).toBeUndefined();
    expect(incomparableEntry(LIST, 'd', 'x', 'a')).toBeUndefined();
  });
});

describe('incomparableEntry: the narrowest entry', () => {
  it('names the entry with fewest figures when several name the pair', () => {
    const wide = entry({ id: 'wide', kind: 'not-comparable', reason: 'period', figures: [{ dataset: 'd', key: 'x' }, { dataset: 'd', key: 'y' }, { dataset: 'd', key: 'z' }] });
    const narrow = entry({ id: 'narrow', kind: 'same-figure', figures: [{ dataset: 'd', key: 'x' }, { dataset: 'd', key: 'y' }] });
    expect(incomparableEntry([wide, narrow], 'd', 'x', 'y')?.id).toBe('narrow');
    expect(incomparableEntry([narrow, wide], 'd', 'x', 'y')?.id).toBe('narrow');
  });
  it('names the first in file order of two entries as narrow', () => {
    const first = entry({ id: 'first', kind: 'same-figure', figures: [{ dataset: 'd', key: 'x' }, { dataset: 'd', key: 'y' }] });
    const second = entry({ id: 'second', kind: 'not-comparable', reason: 'scope', figures: [{ dataset: 'd', key: 'x' }, { dataset: 'd', key: 'y' }] });
    expect(incomparableEntry([first, second], 'd', 'x', 'y')?.id).toBe('first');
  });
});
