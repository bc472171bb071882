import { scaleLinear } from 'd3';
import { formatQualifiedFigure } from '../format/figures.ts';
import { UNITS } from '../format/units.ts';
import { footnotesToSvg, footnotesToText, marksToTspan, marksToText, type MarkedFigure } from './notes.ts';
import { COLORS, escapeXml, r, svgDocument } from './svg.ts';

export interface BarOptions {
  id: string;
  title: string;
  /** Width of the drawing in SVG units; it scales to the container. */
  width?: number;
  /** Footnote lines for figures that carry marks ("※1 来源说法不一"), drawn under the bars. */
  footnotes?: readonly string[];
}

const ROW = 46;
const GROUP_HEAD = 28;

/**
 * Horizontal bars, one per figure, label above its bar and the value (with its
 * qualifier) at the bar's end. Figures in different units are drawn in separate groups,
 * each on its own scale, because their lengths cannot be compared; a figure alone in
 * its unit gets no bar.
 */
export function figuresToBarChart(figures: readonly MarkedFigure[], options: BarOptions): string {
  const width = options.width ?? 360;
  const groups = [...new Set(figures.map((f) => f.unit))].map((unit) => ({ unit, items: figures.filter((f) => f.unit === unit) }));
  const grouped = groups.length > 1;
  let y = 4;
  const parts: string[] = [];
  for (const group of groups) {
    if (grouped) {
      parts.push(`<text x="0" y="${y + 16}" font-size="13" fill="${COLORS.muted}">单位：${escapeXml(UNITS[group.unit].label)}</text>`);
      y += GROUP_HEAD;
    }
    const max = Math.max(...group.items.map((f) => f.value));
    const x = scaleLinear().domain([0, max]).range([0, width * 0.62]);
    // A bar alone in its unit would always be full length, implying a comparison that
    // does not exist: it is shown as a value only.
    const alone = group.items.length === 1;
    for (const f of group.items) {
      const w = alone ? 0 : Math.max(2, x(f.value));
      const value = formatQualifiedFigure(f);
      parts.push(
        `<g class="bar" data-key="${escapeXml(f.key)}"><title>${escapeXml(`${f.metric}：${value}（${f.period}）`)}</title>`,
        `<text x="0" y="${y + 14}" font-size="14" fill="${COLORS.text}">${escapeXml(f.metric)}</text>`,
        alone ? '' : `<rect x="0" y="${y + 21}" width="${r(w)}" height="16" rx="2" fill="${COLORS.bar}"/>`,
        `<text x="${alone ? 0 : r(w + 6)}" y="${y + 34}" font-size="14" font-weight="700" fill="${COLORS.text}">${escapeXml(value)}${marksToTspan(f.marks)}</text>`,
        '</g>',
      );
      y += ROW;
    }
  }
  const notes = footnotesToSvg(options.footnotes ?? [], y);
  const desc =
    `${figures.map((f) => `${f.metric}${formatQualifiedFigure(f)}${marksToText(f.marks)}`).join('；')}。` +
    (grouped ? '不同单位的指标分组绘制，组与组之间的长度不可比较；单独成组的指标只显示数值。' : '') +
    footnotesToText(options.footnotes);
  return svgDocument({ id: options.id, width, height: y + 4 + notes.height, title: options.title, desc, body: parts.join('') + notes.body });
}
