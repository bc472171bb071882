import { describe, expect, it } from 'vitest';
import { assessProgress, elapsedFraction } from '../../../src/lib/progress/status.ts';

const target = { value: 4000, deadline: '2025-12-31' };

describe('elapsedFraction(date, deadline)', () => {
  it.each([
    ['2025-01-01', 1 / 365],
    ['2025-07-02', 183 / 365],
    ['2025-12-31', 1],
    ['2024-06-01', 0],
    ['2026-03-01', 1],
  ])('%s → %d', (date, fraction) => expect(elapsedFraction(date, '2025-12-31')).toBeCloseTo(fraction, 6));
});

describe('assessProgress(target, readings, asOf)', () => {
  it('no readings → no data, and says whether the deadline passed', () => {
    expect(assessProgress(target, [], '2026-11-24')).toMatchObject({ status: 'no-data', deadlinePassed: true, finalReported: false });
  });
  it('a reading at or above the target → achieved', () => {
    expect(assessProgress(target, [{ date: '2025-09-30', value: 4100 }], '2025-10-01')).toMatchObject({ status: 'achieved' });
  });
  it('half the target by mid-year → on track', () => {
    expect(assessProgress(target, [{ date: '2025-07-02', value: 2100 }], '2025-08-01')).toMatchObject({ status: 'on-track' });
  });
  it('a quarter of the target by mid-year → behind, with the expected figure', () => {
    const a = assessProgress(target, [{ date: '2025-07-02', value: 1000 }], '2025-08-01');
    expect(a.status).toBe('behind');
    expect(a.expected).toBeCloseTo((4000 * 183) / 365, 6);
  });
  it('deadline passed short of the target → missed; a year-end reading is the final figure', () => {
    const a = assessProgress(target, [{ date: '2025-12-31', value: 3500 }], '2026-01-02');
    expect(a).toMatchObject({ status: 'missed', finalReported: true });
    expect(assessProgress(target, [{ date: '2025-06-30', value: 3500 }], '2026-01-02')).toMatchObject({ status: 'missed', finalReported: false });
  });
  it('ignores readings dated after the as-of date, so builds are reproducible', () => {
    const a = assessProgress(target, [{ date: '2025-03-01', value: 100 }, { date: '2025-12-31', value: 4200 }], '2025-06-01');
    expect(a.latest).toEqual({ date: '2025-03-01', value: 100 });
    expect(a.readings).toHaveLength(1);
  });
});
