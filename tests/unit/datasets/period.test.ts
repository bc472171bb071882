import { describe, expect, it } from 'vitest';
import { datasetPeriod, isIsoPeriod, isoPeriodEnds } from '../../../src/lib/datasets/period.ts';

describe('isIsoPeriod(value)', () => {
  it('accepts the dates and intervals Google Dataset Search reads', () => {
    for (const ok of ['2024', '2025-03', '2025-03-01', '2023/2024', '2023-01/2024-12', '../2025', '2025/..', '2024/2024']) expect(isIsoPeriod(ok), ok).toBe(true);
  });
  it('refuses Chinese wording, both ends open, impossible months and a start after the end', () => {
    for (const bad of ['近两年来', '2024年', '../..', '2025-13', '2025/2024', '2024/2023-12', '2023/2024/2025', '', '24']) expect(isIsoPeriod(bad), bad).toBe(false);
  });
});

describe('isoPeriodEnds(iso)', () => {
  it('gives both ends, an open end undefined', () => {
    expect(isoPeriodEnds('2024')).toEqual({ start: '2024', end: '2024' });
    expect(isoPeriodEnds('../2025')).toEqual({ end: '2025' });
    expect(isoPeriodEnds('2025/..')).toEqual({ start: '2025' });
  });
});

describe('datasetPeriod(meta)', () => {
  it('takes temporal_iso with the editor’s note on how it was derived', () => {
    expect(datasetPeriod({ temporal: '近年来', temporal_iso: '../2025', temporal_iso_note: '原文只说近年来' })).toEqual({ iso: '../2025', derivation: '原文只说近年来' });
  });
  it('converts plain wordings when temporal_iso is not given (a meta.yaml written before the field existed)', () => {
    expect(datasetPeriod({ temporal: '2024年' }).iso).toBe('2024');
    expect(datasetPeriod({ temporal: '2023—2024年' }).iso).toBe('2023/2024');
    expect(datasetPeriod({ temporal: '2025年起' }).iso).toBe('2025/..');
    expect(datasetPeriod({ temporal: '2025年3月' }).iso).toBe('2025-03');
  });
  it('gives no ISO period for vague wording, with a reason; a note alone is the reason', () => {
    expect(datasetPeriod({ temporal: '近两年来（约2023—2024年）' })).toMatchObject({ iso: undefined, reason: expect.stringContaining('近两年来') });
    expect(datasetPeriod({ temporal: '2023年起', temporal_iso_note: '示例记录没有年份' })).toEqual({ iso: undefined, reason: '示例记录没有年份' });
    expect(datasetPeriod({ temporal: '2024—2023年' }).iso).toBeUndefined();
  });
});
