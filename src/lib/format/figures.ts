import { formatNumberZh } from './numbers.ts';
import { QUALIFIERS, type QualifierId } from './qualifiers.ts';
import { UNITS, type UnitId } from './units.ts';

export interface QualifiedValue {
  value: number;
  qualifier: QualifierId;
  unit: UnitId;
}

/**
 * A figure in natural Chinese, with its qualifier where the source put it.
 * @example
 * formatQualifiedFigure({ value: 30000000, qualifier: 'nearly', unit: 'yuan' })      // "近3000万元"
 * formatQualifiedFigure({ value: 2200, qualifier: 'more_than', unit: 'households' }) // "2200多户"
 * formatQualifiedFigure({ value: 4000, qualifier: 'at_least', unit: 'people' })      // "4000人以上"
 * formatQualifiedFigure({ value: 10000, qualifier: 'ten_thousand_plus', unit: 'people' }) // "上万人"
 */
export function formatQualifiedFigure({ value, qualifier, unit }: QualifiedValue): string {
  const q = QUALIFIERS[qualifier];
  const u = UNITS[unit];
  const n = formatNumberZh(value);
  switch (q.place) {
    case 'none':
      return `${u.before}${n}${u.after}`;
    case 'before':
      return `${q.word}${u.before}${n}${u.after}`;
    case 'after-number':
      return `${u.before}${n}${q.word}${u.after}`;
    case 'after-unit':
      return `${u.before}${n}${u.after}${q.word}`;
    case 'instead':
      return `${u.before}${q.word}${u.after}`;
  }
}
