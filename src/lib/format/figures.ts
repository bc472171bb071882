import { formatNumberStyled, type NumberStyle } from './numbers.ts';
import { QUALIFIERS, type QualifierId } from './qualifiers.ts';
import { UNITS, type UnitId } from './units.ts';

export interface QualifiedValue {
  value: number;
  qualifier: QualifierId;
  unit: UnitId;
  /** How the source wrote the number; empty means 万/亿 where lossless. */
  number_style?: NumberStyle | null | undefined;
}

/**
 * A formatted figure in two parts: `lead`, the words that stand before the number and
 * may be separated from it in the source's sentence (近, 最高, 每年, 第), and `core`, the
 * number with everything written right after it (3000万元, 2200多户, 4000人以上).
 */
export interface FigureParts {
  lead: string[];
  core: string;
}

/** The parts `formatQualifiedFigure` joins; also what source wordings are checked against. */
export function figureToParts({ value, qualifier, unit, number_style }: QualifiedValue): FigureParts {
  const q = QUALIFIERS[qualifier];
  const u = UNITS[unit];
  const n = formatNumberStyled(value, number_style);
  const lead = (words: string[]) => words.filter((w) => w !== '');
  switch (q.place) {
    case 'none':
      return { lead: lead([u.before]), core: `${n}${u.after}` };
    case 'before':
      return { lead: lead([q.word, u.before]), core: `${n}${u.after}` };
    case 'after-number':
      return { lead: lead([u.before]), core: `${n}${q.word}${u.after}` };
    case 'after-unit':
      return { lead: lead([u.before]), core: `${n}${u.after}${q.word}` };
    case 'instead':
      return { lead: lead([u.before]), core: `${q.word}${u.after}` };
  }
}

/**
 * A figure in natural Chinese, with its qualifier where the source put it.
 * @example
 * formatQualifiedFigure({ value: 30000000, qualifier: 'nearly', unit: 'yuan' })      // "近3000万元"
 * formatQualifiedFigure({ value: 2200, qualifier: 'more_than', unit: 'households' }) // "2200多户"
 * formatQualifiedFigure({ value: 4000, qualifier: 'at_least', unit: 'people' })      // "4000人以上"
 * formatQualifiedFigure({ value: 10000, qualifier: 'ten_thousand_plus', unit: 'people' }) // "上万人"
 * formatQualifiedFigure({ value: 12000, qualifier: 'exceeding', unit: 'person_times', number_style: 'digits' }) // "超过12000人次"
 * formatQualifiedFigure({ value: 14, qualifier: 'exact', unit: 'editions', number_style: 'hanzi' }) // "第十四届"
 */
export function formatQualifiedFigure(figure: QualifiedValue): string {
  const { lead, core } = figureToParts(figure);
  return `${lead.join('')}${core}`;
}
