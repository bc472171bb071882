import { formatNumberZh } from '../format/numbers.ts';
import { formatQualifiedFigure } from '../format/figures.ts';
import { UNITS } from '../format/units.ts';
import { footnotesToSvg, footnotesToText, marksToTspan, marksToText, type MarkedFigure } from './notes.ts';
import { COLORS, escapeXml, r, svgDocument } from './svg.ts';

export interface WaffleOptions {
  id: string;
  title: string;
  /** How much one square stands for (1 plot, 100 households); chosen from the value when absent. */
  unitSize?: number;
  columns?: number;
  width?: number;
  /** Footnote lines when the figure carries marks ("※1 时期不同，不可比"). */
  footnotes?: readonly string[];
}

/** The smallest power of ten that keeps the grid at 100 squares or fewer. */
export function defaultUnitSize(value: number): number {
  let size = 1;
  while (value / size > 100) size *= 10;
  return size;
}

/**
 * A unit chart: one square per `unitSize` of the figure (35 plots → 35 squares;
 * 2,200 households at 100 a square → 22). A remainder smaller than a square is stated
 * in the caption, never drawn as a fraction.
 */
export function figureToWaffle(figure: MarkedFigure, options: WaffleOptions): string {
  const unitSize = options.unitSize ?? defaultUnitSize(figure.value);
  const columns = options.columns ?? 10;
  const width = options.width ?? 360;
  const count = Math.floor(figure.value / unitSize);
  const gap = 4;
  const size = Math.min(24, (width - gap * (columns - 1)) / columns);
  const rows = Math.ceil(count / columns);
  const top = 30;
  const squares = Array.from({ length: count }, (_, i) => {
    const x = (i % columns) * (size + gap);
    const y = top + Math.floor(i / columns) * (size + gap);
    return `<rect x="${r(x)}" y="${r(y)}" width="${r(size)}" height="${r(size)}" rx="2" fill="${COLORS.bar}"/>`;
  });
  const unit = UNITS[figure.unit];
  const each = `每格代表 ${formatNumberZh(unitSize)}${unit.after}`;
  const height = top + rows * (size + gap) + 26;
  const notes = footnotesToSvg(options.footnotes ?? [], height);
  const body = [
    `<text x="0" y="20" font-size="16" font-weight="700" fill="${COLORS.text}">${escapeXml(`${figure.metric}：${formatQualifiedFigure(figure)}`)}${marksToTspan(figure.marks)}</text>`,
    ...squares,
    `<text x="0" y="${r(height - 8)}" font-size="13" fill="${COLORS.muted}">${escapeXml(each)}</text>`,
    notes.body,
  ].join('');
  const desc = `${figure.metric}${formatQualifiedFigure(figure)}（${figure.period}）${marksToText(figure.marks)}，以 ${count} 个方格表示，${each}。${footnotesToText(options.footnotes)}`;
  return svgDocument({ id: options.id, width, height: r(height + notes.height), title: options.title, desc, body });
}
