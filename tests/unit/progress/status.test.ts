import { describe, expect, it } from 'vitest';
import { assessProgress, elapsedFraction, type Reading } from '../../../src/lib/progress/status.ts';

// A target of 365 by the end of 2025: the expected figure on day n of the year is n.
const target = { value: 365, deadline: '2025-12-31' };
const on = (date: string, value: number): Reading => ({ date, value });

describe('elapsedFraction(date, deadline)', () => {
  it.each([
    ['2025-01-01', '2025-12-31', 1 / 365, 'the first day counts as elapsed'],
    ['2025-07-02', '2025-12-31', 183 / 365, 'mid-year'],
    ['2025-12-30', '2025-12-31', 364 / 365, 'the day before the deadline'],
    ['2025-12-31', '2025-12-31', 1, 'the deadline'],
    ['2024-12-31', '2025-12-31', 0, 'the day before the target year'],
    ['2026-03-01', '2025-12-31', 1, 'after the deadline'],
    ['2024-02-29', '2024-12-31', 60 / 366, 'a leap year'],
    ['2025-03-01', '2025-06-30', 60 / 181, 'a deadline before the year’s end'],
  ])('%s, deadline %s → %d (%s)', (date, deadline, fraction) => expect(elapsedFraction(date, deadline)).toBeCloseTo(fraction, 9));
});

describe('assessProgress(target, readings, asOf)', () => {
  it('no readings → no data, saying whether the deadline has passed (not on the deadline day itself)', () => {
    expect(assessProgress(target, [], '2026-01-01')).toEqual({ status: 'no-data', readings: [], deadlinePassed: true, finalReported: false });
    expect(assessProgress(target, [], '2025-12-31')).toMatchObject({ status: 'no-data', deadlinePassed: false });
  });

  it('exactly on the target → achieved; one below → not', () => {
    expect(assessProgress(target, [on('2025-09-30', 365)], '2025-10-01')).toMatchObject({ status: 'achieved', latest: on('2025-09-30', 365) });
    expect(assessProgress(target, [on('2025-09-30', 364)], '2025-10-01').status).toBe('on-track');
    expect(assessProgress(target, [on('2025-09-30', 365)], '2026-02-01').status).toBe('achieved');
  });

  it('exactly on the expected figure → on track; just under it → behind, with the expected figure', () => {
    // 29 January is day 29: expected 29 (365 × 29 ÷ 365, exact).
    expect(assessProgress(target, [on('2025-01-29', 29)], '2025-02-01')).toMatchObject({ status: 'on-track', expected: 29 });
    expect(assessProgress(target, [on('2025-01-29', 28.9)], '2025-02-01')).toMatchObject({ status: 'behind', expected: 29 });
    // A target of 4000 on 2 July (day 183): expected 2005.48…
    const mid = assessProgress({ value: 4000, deadline: '2025-12-31' }, [on('2025-07-02', 2005)], '2025-08-01');
    expect(mid.status).toBe('behind');
    expect(mid.expected).toBeCloseTo(2005.479452, 5);
  });

  it('on the deadline day the deadline has not passed: short of the target is behind, not missed', () => {
    const a = assessProgress(target, [on('2025-12-31', 300)], '2025-12-31');
    expect(a).toMatchObject({ status: 'behind', deadlinePassed: false, finalReported: true, expected: 365 });
    expect(assessProgress(target, [on('2025-12-31', 300)], '2026-01-01')).toMatchObject({ status: 'missed', deadlinePassed: true });
  });

  it('a reading on or after the deadline is the final figure; one the day before is not', () => {
    expect(assessProgress(target, [on('2025-12-30', 300)], '2026-01-02')).toMatchObject({ status: 'missed', finalReported: false });
    expect(assessProgress(target, [on('2026-01-15', 300)], '2026-02-01')).toMatchObject({ status: 'missed', finalReported: true });
  });

  it('counts a reading dated on the as-of day and ignores one dated the day after', () => {
    const readings = [on('2025-03-01', 100), on('2025-06-01', 200), on('2025-06-02', 365)];
    const a = assessProgress(target, readings, '2025-06-01');
    expect(a.latest).toEqual(on('2025-06-01', 200));
    expect(a.readings).toEqual([on('2025-03-01', 100), on('2025-06-01', 200)]);
    expect(assessProgress(target, readings, '2025-06-02')).toMatchObject({ status: 'achieved', latest: on('2025-06-02', 365) });
  });

  it('takes the latest reading by date, whatever order the rows come in, and lists them oldest first', () => {
    const a = assessProgress(target, [on('2025-09-01', 250), on('2025-02-01', 10), on('2025-05-01', 120)], '2025-10-01');
    expect(a.readings.map((r) => r.date)).toEqual(['2025-02-01', '2025-05-01', '2025-09-01']);
    expect(a).toMatchObject({ status: 'on-track', latest: on('2025-09-01', 250), expected: 244 });
  });
});
