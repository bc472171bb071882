/** What the tracker says about a target, and the rule it follows (shown on /progress/). */
export const STATUS = {
  achieved: { label: '已完成', rule: '最新读数达到或超过目标。' },
  'on-track': { label: '按计划', rule: '未达目标，截止日期未到，且最新读数不低于“目标 × 读数日期在目标年度中已过的比例”。' },
  behind: { label: '滞后', rule: '未达目标，截止日期未到，且最新读数低于上述按时间比例的进度。' },
  missed: { label: '未完成', rule: '截止日期已过，最新读数仍低于目标。' },
  'no-data': { label: '尚无进展数据', rule: '还没有公布任何进展读数。' },
} as const;
export type ProgressStatus = keyof typeof STATUS;

export interface Reading {
  date: string;
  value: number;
}

export interface TargetTerms {
  value: number;
  /** Last day of the target, YYYY-MM-DD. */
  deadline: string;
}

export interface ProgressAssessment<R extends Reading = Reading> {
  status: ProgressStatus;
  /** Readings dated on or before the as-of date, oldest first. */
  readings: R[];
  latest?: R;
  /** Progress expected by the latest reading's date under the linear rule. */
  expected?: number;
  /** True when a reading dated on or after the deadline exists: the final figure. */
  finalReported: boolean;
  deadlinePassed: boolean;
}

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Days of the target's year (1 Jan of the deadline's year → deadline) elapsed on `date` (clamped), and the year's days. */
function elapsedDays(date: string, deadline: string): { elapsed: number; total: number } {
  const start = time(`${deadline.slice(0, 4)}-01-01`);
  const total = (time(deadline) + DAY - start) / DAY;
  return { elapsed: Math.min(total, Math.max(0, (time(date) + DAY - start) / DAY)), total };
}

/** Fraction of the target's year (1 Jan of the deadline's year → deadline) elapsed on `date`, in [0, 1]. */
export function elapsedFraction(date: string, deadline: string): number {
  const { elapsed, total } = elapsedDays(date, deadline);
  return elapsed / total;
}

/**
 * The status of a target on `asOf` (the build's as-of date), from its readings.
 * Readings dated after `asOf` are not yet known and are ignored.
 */
export function assessProgress<R extends Reading>(target: TargetTerms, readings: readonly R[], asOf: string): ProgressAssessment<R> {
  const known = readings.filter((r) => r.date <= asOf).sort((a, b) => a.date.localeCompare(b.date));
  const latest = known.at(-1);
  const deadlinePassed = asOf > target.deadline;
  const finalReported = known.some((r) => r.date >= target.deadline);
  const base = { readings: known, finalReported, deadlinePassed };
  if (!latest) return { ...base, status: 'no-data' };
  if (latest.value >= target.value) return { ...base, status: 'achieved', latest };
  if (deadlinePassed) return { ...base, status: 'missed', latest };
  // Multiplied before dividing: 365 × 29 ÷ 365 is exactly 29, 365 × (29 ÷ 365) is 29.000000000000004,
  // and a reading of exactly the expected figure would be called behind.
  const { elapsed, total } = elapsedDays(latest.date, target.deadline);
  const expected = (target.value * elapsed) / total;
  return { ...base, status: latest.value >= expected ? 'on-track' : 'behind', latest, expected };
}
