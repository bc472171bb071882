import { formatQualifiedFigure } from '../format/figures.ts';
import { footnotesToSvg, footnotesToText, marksToTspan, marksToText, type MarkedFigure } from './notes.ts';
import { COLORS, escapeXml, svgDocument } from './svg.ts';

export interface CardOptions {
  id: string;
  title: string;
  width?: number;
  /** Footnote lines when the figure carries marks ("※1 来源说法不一"). */
  footnotes?: readonly string[];
}

/** A headline figure as a card: "近3000万元" large, what it counts and its period below. */
export function figureToCard(figure: MarkedFigure, options: CardOptions): string {
  const width = options.width ?? 320;
  const value = formatQualifiedFigure(figure);
  const notes = footnotesToSvg(options.footnotes ?? [], 96);
  const body = [
    `<text x="0" y="20" font-size="15" fill="${COLORS.text}">${escapeXml(figure.metric)}</text>`,
    `<text x="0" y="62" font-size="36" font-weight="700" fill="${COLORS.bar}">${escapeXml(value)}</text>`,
    `<text x="0" y="88" font-size="13" fill="${COLORS.muted}">${escapeXml(figure.period)}${marksToTspan(figure.marks)}</text>`,
    notes.body,
  ].join('');
  const desc = `${figure.metric}：${value}（${figure.period}）${marksToText(figure.marks)}。${footnotesToText(options.footnotes)}`;
  return svgDocument({ id: options.id, width, height: 96 + notes.height, title: options.title, desc, body });
}
