import type { DatasetMeta } from './schemas.ts';

/** One end of a period: a year, a month or a day (ISO 8601 calendar dates). */
const POINT = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * True for a period ISO 8601 writes as a date or an interval of dates, as schema.org's
 * `temporalCoverage` and Google Dataset Search read it: `2024`, `2025-03`, `2023/2024`,
 * `../2025` (up to 2025, start not known), `2025/..` (from 2025, still open). The start
 * may not come after the end.
 * @example isIsoPeriod('../2025') // true
 * @example isIsoPeriod('近两年来') // false
 */
export function isIsoPeriod(value: string): boolean {
  const parts = value.split('/');
  if (parts.length === 1) return POINT.test(value);
  if (parts.length !== 2) return false;
  const [start, end] = parts as [string, string];
  if (start === '..' && end === '..') return false;
  if (![start, end].every((p) => p === '..' || POINT.test(p))) return false;
  return start === '..' || end === '..' || start.slice(0, end.length) <= end.slice(0, start.length);
}

/** The two ends of an ISO period; an open end is undefined. `2024` → both 2024. */
export function isoPeriodEnds(iso: string): { start?: string; end?: string } {
  const [start, end = start] = iso.split('/') as [string, string?];
  return { ...(start !== '..' ? { start } : {}), ...(end !== '..' ? { end } : {}) };
}

/** Plain Chinese periods the site converts by itself: 2024年, 2023—2024年, 2025年起, 2025年3月. */
const PLAIN: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(\d{4})年$/, (m) => m[1]!],
  [/^(\d{4})年?[—–-](\d{4})年$/, (m) => `${m[1]}/${m[2]}`],
  [/^(\d{4})年起$/, (m) => `${m[1]}/..`],
  [/^(\d{4})年(\d{1,2})月$/, (m) => `${m[1]}-${m[2]!.padStart(2, '0')}`],
];

/** How a dataset's period is written for machines: an ISO 8601 period and how it was derived, or why there is none. */
export type DatasetPeriod = { iso: string; derivation: string } | { iso: undefined; reason: string };

/**
 * The ISO 8601 period of a dataset: `temporal_iso` as the editor gave it, with the note
 * that says how it was derived; else the `temporal` wording converted when it is a plain
 * year, range or month; else none, with the reason (the editor's note, when given).
 * @example datasetPeriod({ temporal: '2024年' }) // { iso: '2024', derivation: '由时间范围“2024年”直接换算' }
 */
export function datasetPeriod(meta: Pick<DatasetMeta, 'temporal' | 'temporal_iso' | 'temporal_iso_note'>): DatasetPeriod {
  if (meta.temporal_iso !== undefined) {
    return { iso: meta.temporal_iso, derivation: meta.temporal_iso_note ?? `编辑给出（时间范围原文为“${meta.temporal}”）` };
  }
  if (meta.temporal_iso_note !== undefined) return { iso: undefined, reason: meta.temporal_iso_note };
  for (const [pattern, toIso] of PLAIN) {
    const match = pattern.exec(meta.temporal.trim());
    if (match && isIsoPeriod(toIso(match))) return { iso: toIso(match), derivation: `由时间范围“${meta.temporal}”直接换算` };
  }
  return { iso: undefined, reason: `时间范围“${meta.temporal}”不是确定的年份或月份，meta.yaml 也没有给出 temporal_iso，因此没有写成 ISO 8601 时间段。` };
}
