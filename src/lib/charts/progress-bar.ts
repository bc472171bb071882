import type { Figure } from '../datasets/figures.ts';
import { formatQualifiedFigure } from '../format/figures.ts';
import { formatNumberZh } from '../format/numbers.ts';
import { UNITS } from '../format/units.ts';
import { COLORS, escapeXml, r, svgDocument } from './svg.ts';

export interface ProgressBarOptions {
  id: string;
  title: string;
  width?: number;
}

/**
 * A bar from 0 to the target, filled to the latest reading (capped at the end, with
 * the real value in the label), and the target marked at the end.
 */
export function progressToBar(target: Figure, latest: { value: number; date: string }, options: ProgressBarOptions): string {
  const width = options.width ?? 360;
  const share = latest.value / target.value;
  const fill = Math.min(1, share) * width;
  const unit = UNITS[target.unit];
  const reading = `${unit.before}${formatNumberZh(latest.value)}${unit.after}`;
  const pct = `${Math.round(share * 100)}%`;
  const body = [
    `<text x="0" y="16" font-size="14" fill="${COLORS.text}"><tspan font-weight="700">${escapeXml(reading)}</tspan>（${pct}）</text>`,
    `<text x="${width}" y="16" font-size="14" text-anchor="end" fill="${COLORS.muted}">目标 ${escapeXml(formatQualifiedFigure(target))}</text>`,
    `<rect x="0" y="26" width="${width}" height="18" rx="3" fill="${COLORS.track}"/>`,
    `<rect x="0" y="26" width="${r(fill)}" height="18" rx="3" fill="${COLORS.bar}"/>`,
    `<line x1="${width - 1}" x2="${width - 1}" y1="22" y2="48" stroke="${COLORS.text}" stroke-width="2"/>`,
  ].join('');
  const desc = `${target.metric}：截至${latest.date}为${reading}，是目标${formatQualifiedFigure(target)}的${pct}。`;
  return svgDocument({ id: options.id, width, height: 52, title: options.title, desc, body });
}
