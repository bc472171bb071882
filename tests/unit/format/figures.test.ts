import { describe, expect, it } from 'vitest';
import { formatQualifiedFigure } from '../../../src/lib/format/figures.ts';
import { formatNumberZh } from '../../../src/lib/format/numbers.ts';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { datasetFigures } from '../../../src/lib/datasets/figures.ts';

describe('formatNumberZh(n)', () => {
  it.each([
    [30000000, '3000万'],
    [15000, '1.5万'],
    [10000, '1万'],
    [2200, '2200'],
    [12345, '12345'],
    [250000000, '2.5亿'],
    [95, '95'],
    [1.5, '1.5'],
  ])('%d → %s', (n, text) => expect(formatNumberZh(n)).toBe(text));
});

describe('formatQualifiedFigure({ value, qualifier, unit })', () => {
  it.each([
    [{ value: 30000000, qualifier: 'nearly', unit: 'yuan' }, '近3000万元'],
    [{ value: 2200, qualifier: 'more_than', unit: 'households' }, '2200多户'],
    [{ value: 4000, qualifier: 'at_least', unit: 'people' }, '4000人以上'],
    [{ value: 95, qualifier: 'at_least', unit: 'percent' }, '95%以上'],
    [{ value: 10000, qualifier: 'over', unit: 'person_times' }, '超1万人次'],
    [{ value: 10000, qualifier: 'ten_thousand_plus', unit: 'people' }, '上万人'],
    [{ value: 1400, qualifier: 'exact', unit: 'yuan_per_month' }, '每月1400元'],
    [{ value: 15000, qualifier: 'about', unit: 'person_times' }, '1.5万人次'],
  ] as const)('%o → %s', (figure, text) => expect(formatQualifiedFigure(figure)).toBe(text));
});

describe('the published figures', () => {
  // The source's own wording is recorded beside each figure; the formatter must
  // reproduce it, so a reader sees exactly what the union said. 名 and 人 count alike.
  const { catalog } = loadCatalog(process.cwd());
  const figures = catalog.datasets.flatMap(datasetFigures).filter((f) => f.source_wording);
  it('covers every figure that has a recorded wording', () => expect(figures.length).toBeGreaterThanOrEqual(15));
  it.each(figures.map((f) => [`${f.datasetId}/${f.key}`, f] as const))('%s reads as the source wrote it', (_, f) => {
    expect(formatQualifiedFigure(f)).toBe(f.source_wording?.replace(/名$/, '人'));
  });
});
