import { describe, expect, it } from 'vitest';
import { HOME_DATASETS, homeDatasets } from '../../../src/lib/site/home.ts';

const d = (id: string, date: string) => ({ id, latest: { date } });

describe('homeDatasets(datasets)', () => {
  it('names the most recently released first, ties by id, at most 12', () => {
    expect(HOME_DATASETS).toBe(12);
    const many = Array.from({ length: 15 }, (_, i) => d(`x${String(i).padStart(2, '0')}`, `2025-01-${String(i + 1).padStart(2, '0')}`));
    expect(homeDatasets(many).map((x) => x.id)).toEqual(['x14', 'x13', 'x12', 'x11', 'x10', 'x09', 'x08', 'x07', 'x06', 'x05', 'x04', 'x03']);
    expect(homeDatasets([d('b', '2025-02-01'), d('a', '2025-02-01'), d('c', '2026-01-01')]).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});
