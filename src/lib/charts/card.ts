import type { Figure } from '../datasets/figures.ts';
import { formatQualifiedFigure } from '../format/figures.ts';
import { COLORS, escapeXml, svgDocument } from './svg.ts';

export interface CardOptions {
  id: string;
  title: string;
  width?: number;
}

/** A headline figure as a card: "近3000万元" large, what it counts and its period below. */
export function figureToCard(figure: Figure, options: CardOptions): string {
  const width = options.width ?? 320;
  const value = formatQualifiedFigure(figure);
  const body = [
    `<text x="0" y="20" font-size="15" fill="${COLORS.text}">${escapeXml(figure.metric)}</text>`,
    `<text x="0" y="62" font-size="36" font-weight="700" fill="${COLORS.bar}">${escapeXml(value)}</text>`,
    `<text x="0" y="88" font-size="13" fill="${COLORS.muted}">${escapeXml(figure.period)}</text>`,
  ].join('');
  return svgDocument({ id: options.id, width, height: 96, title: options.title, desc: `${figure.metric}：${value}（${figure.period}）。`, body });
}
