import { line, scaleLinear, scaleUtc } from 'd3';
import type { Figure } from '../datasets/figures.ts';
import { formatDateZh } from '../format/dates.ts';
import { formatNumberZh } from '../format/numbers.ts';
import { formatQualifiedFigure } from '../format/figures.ts';
import { UNITS } from '../format/units.ts';
import { COLORS, escapeXml, r, svgDocument } from './svg.ts';

export interface TimeSeriesOptions {
  id: string;
  title: string;
  width?: number;
  height?: number;
  /** First day on the x axis; defaults to the first reading. */
  start?: string;
  /** Last day on the x axis (e.g. the deadline); defaults to the last reading. */
  end?: string;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Readings over time: a line with a point per reading, the target as a dashed line,
 * axes drawn from the scales' ticks (d3's axis helpers need a DOM).
 */
export function readingsToTimeSeries(target: Figure, readings: readonly { date: string; value: number }[], options: TimeSeriesOptions): string {
  const width = options.width ?? 360;
  const height = options.height ?? 200;
  const m = { top: 20, right: 12, bottom: 28, left: 48 };
  const dates = readings.map((d) => d.date);
  const x = scaleUtc()
    .domain([utc(options.start ?? dates[0] ?? '2025-01-01'), utc(options.end ?? dates.at(-1) ?? '2025-12-31')])
    .range([m.left, width - m.right]);
  const y = scaleLinear()
    .domain([0, Math.max(target.value, ...readings.map((d) => d.value)) * 1.08])
    .nice(4)
    .range([height - m.bottom, m.top]);
  const unit = UNITS[target.unit];
  const path = line<{ date: string; value: number }>()
    .x((d) => r(x(utc(d.date))))
    .y((d) => r(y(d.value)))(readings as { date: string; value: number }[]);
  const yTicks = y.ticks(4).map(
    (t) => `<line x1="${m.left}" x2="${width - m.right}" y1="${r(y(t))}" y2="${r(y(t))}" stroke="${COLORS.grid}"/><text x="${m.left - 6}" y="${r(y(t) + 4)}" font-size="12" text-anchor="end" fill="${COLORS.muted}">${escapeXml(formatNumberZh(t))}</text>`,
  );
  const xTicks = x.ticks(4).map(
    (t) => `<text x="${r(x(t))}" y="${height - 8}" font-size="12" text-anchor="middle" fill="${COLORS.muted}">${t.getUTCFullYear()}.${t.getUTCMonth() + 1}</text>`,
  );
  const ty = r(y(target.value));
  const body = [
    ...yTicks,
    ...xTicks,
    `<line x1="${m.left}" x2="${width - m.right}" y1="${ty}" y2="${ty}" stroke="${COLORS.text}" stroke-dasharray="5 4"/>`,
    `<text x="${width - m.right}" y="${ty - 6}" font-size="12" text-anchor="end" fill="${COLORS.text}">目标 ${escapeXml(formatQualifiedFigure(target))}</text>`,
    path ? `<path d="${path}" fill="none" stroke="${COLORS.bar}" stroke-width="2.5"/>` : '',
    ...readings.map((d) => `<circle cx="${r(x(utc(d.date)))}" cy="${r(y(d.value))}" r="4" fill="${COLORS.bar}"><title>${escapeXml(`${formatDateZh(d.date)}：${formatNumberZh(d.value)}${unit.after}`)}</title></circle>`),
  ].join('');
  const desc = `${target.metric}的进展读数：${readings.map((d) => `${formatDateZh(d.date)} ${unit.before}${formatNumberZh(d.value)}${unit.after}`).join('，')}；目标${formatQualifiedFigure(target)}。`;
  return svgDocument({ id: options.id, width, height, title: options.title, desc, body });
}
