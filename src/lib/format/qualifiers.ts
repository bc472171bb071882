/**
 * How the source qualifies a figure. Each qualifier keeps the exact Chinese word the
 * source used (近 / 多 / 余 / 超 / 超过 / 约 / 以上 / 上万 / 近万 / 最高) and where it
 * stands, plus what it means for comparisons (`bound`).
 */
export const QUALIFIERS = {
  exact: { word: '', place: 'none', bound: 'exact', label: '确数', en: 'exact' },
  about: { word: '', place: 'none', bound: 'approx', label: '约数（原文未加限定词）', en: 'approximately' },
  nearly: { word: '近', place: 'before', bound: 'upper', label: '近（接近，略少于）', en: 'nearly' },
  more_than: { word: '多', place: 'after-number', bound: 'lower', label: '多（多于）', en: 'more than' },
  odd: { word: '余', place: 'after-number', bound: 'lower', label: '余（多于）', en: 'odd (more than)' },
  over: { word: '超', place: 'before', bound: 'lower', label: '超（超过）', en: 'more than' },
  exceeding: { word: '超过', place: 'before', bound: 'lower', label: '超过', en: 'exceeding' },
  at_least: { word: '以上', place: 'after-unit', bound: 'lower', label: '以上（不少于）', en: 'at least' },
  approximately: { word: '约', place: 'before', bound: 'approx', label: '约（大约）', en: 'about' },
  ten_thousand_plus: { word: '上万', place: 'instead', bound: 'lower', label: '上万（一万以上）', en: 'ten thousand or more' },
  nearly_ten_thousand: { word: '近万', place: 'instead', bound: 'upper', label: '近万（接近一万）', en: 'nearly ten thousand' },
  up_to: { word: '最高', place: 'before', bound: 'upper', label: '最高（至多）', en: 'up to' },
} as const satisfies Record<string, QualifierInfo>;

interface QualifierInfo {
  word: string;
  /** Where the word goes: 近3000万元 / 2200多户 / 4000人以上 / 上万人. */
  place: 'none' | 'before' | 'after-number' | 'after-unit' | 'instead';
  /** `upper`: the true value is at most this; `lower`: at least this. */
  bound: 'exact' | 'approx' | 'upper' | 'lower';
  label: string;
  en: string;
}

export type QualifierId = keyof typeof QUALIFIERS;
export const QUALIFIER_IDS = Object.keys(QUALIFIERS) as QualifierId[];

export function isQualifierId(id: string): id is QualifierId {
  return Object.hasOwn(QUALIFIERS, id);
}

/** Every qualifier word, longest first (超过 before 超), for finding one in a phrase. */
export const QUALIFIER_WORDS: readonly string[] = [...new Set(Object.values(QUALIFIERS).map((q) => q.word).filter(Boolean))].sort(
  (a, b) => b.length - a.length,
);
