import type { Figure } from '../datasets/figures.ts';
import type { Disagreement } from '../datasets/disagreements.ts';
import { figureMarks, type FigureMark } from '../disagreements/marks.ts';
import { COLORS, escapeXml } from './svg.ts';

/** One footnote of a chart: a disagreement entry that names figures it draws. */
export interface ChartNote {
  /** What the drawing shows beside each figure: ※1, ※2… */
  symbol: string;
  mark: FigureMark;
  /** Labels of the figures in this chart that carry it. */
  labels: string[];
}

/**
 * The disagreement marks of the figures a chart draws, numbered in the order they first
 * appear: each figure's symbols (for the drawing), its marks (for the data table) and
 * the footnotes (for the drawing's legend and the links under it).
 */
export function chartNotes(
  list: readonly Disagreement[],
  dataset: string,
  items: readonly { key: string; label: string }[],
): { notes: ChartNote[]; symbols: Map<string, string[]>; marks: Map<string, FigureMark[]> } {
  const notes: ChartNote[] = [];
  const symbols = new Map<string, string[]>();
  const marks = new Map<string, FigureMark[]>();
  for (const { key, label } of items) {
    const own = figureMarks(list, dataset, key);
    marks.set(key, own);
    symbols.set(key, own.map((mark) => {
      let note = notes.find((n) => n.mark.id === mark.id);
      if (!note) notes.push((note = { symbol: `※${notes.length + 1}`, mark, labels: [] }));
      note.labels.push(label);
      return note.symbol;
    }));
  }
  return { notes, symbols, marks };
}

/** The legend of a chart's footnotes inside the SVG, so a downloaded file keeps them: lines from `y` down. */
export function footnotesToSvg(lines: readonly string[], y: number): { body: string; height: number } {
  if (lines.length === 0) return { body: '', height: 0 };
  const all = [...lines, '记号的说明见本站“说法不一与不可比”页'];
  const body = all.map((line, i) => `<text x="0" y="${y + 16 + i * 18}" font-size="12" fill="${COLORS.muted}">${escapeXml(line)}</text>`).join('');
  return { body, height: all.length * 18 + 6 };
}

/** A footnote as the drawing writes it: "※1 时期不同，不可比". */
export function noteToLine(note: ChartNote): string {
  return `${note.symbol} ${note.mark.kindText}`;
}

/** A figure as a chart draws it, with the symbols of its footnotes (none for most). */
export type MarkedFigure = Figure & { marks?: readonly string[] };

/** The symbols after a figure's value in a drawing: a muted " ※1 ※2", or nothing. */
export function marksToTspan(marks: readonly string[] | undefined): string {
  if (!marks || marks.length === 0) return '';
  return `<tspan font-size="12" font-weight="400" fill="${COLORS.muted}"> ${escapeXml(marks.join(' '))}</tspan>`;
}

/** The symbols as the text alternative reads them: "（※1）". */
export function marksToText(marks: readonly string[] | undefined): string {
  return marks && marks.length > 0 ? `（${marks.join(' ')}）` : '';
}

/** The footnotes as the text alternative reads them: " ※1 时期不同，不可比。" */
export function footnotesToText(lines: readonly string[] | undefined): string {
  return lines && lines.length > 0 ? `${lines.join('；')}。` : '';
}
