import { figureToParts, formatQualifiedFigure, type QualifiedValue } from './figures.ts';
import { QUALIFIER_WORDS } from './qualifiers.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether the source's own figure phrase says what the site renders for the figure.
 * The rendered parts must appear in the phrase in order: the lead words (近, 最高, 每年,
 * 第) and then the core written as one piece (3000万元, 2200多户), not inside a longer
 * number. Anything else in the phrase is context (财政划拨, 学生, 共, 关爱职工活动) and
 * may hold neither a digit (a year such as 2023年 aside) nor a qualifier word: a 近 or
 * 多 the site would drop is exactly what this refuses.
 * Returns `undefined` when they agree, otherwise what is wrong, in Chinese.
 * @example
 * wordingMismatch({ value: 1600, qualifier: 'up_to', unit: 'yuan_slash_month' }, '最高达到1600元/月') // undefined
 * wordingMismatch({ value: 2200, qualifier: 'exact', unit: 'households' }, '2200多户') // "网站会显示为“2200户”…"
 */
export function wordingMismatch(figure: QualifiedValue, wording: string): string | undefined {
  const { lead, core } = figureToParts(figure);
  const shown = formatQualifiedFigure(figure);
  const boundary = /^\d/.test(core) ? '(?<![\\d.])' : '';
  const pattern = new RegExp(`^(.*?)${lead.map((w) => `${escapeRegExp(w)}(.*?)`).join('')}${boundary}${escapeRegExp(core)}(.*)$`, 'su');
  const match = pattern.exec(wording);
  if (!match) return `网站会显示为“${shown}”，原文表述“${wording}”中找不到这个写法`;
  // The pieces of context are kept apart, and a year is cut out with a space: otherwise
  // 1…2 around the figure would be read as the number 12, and 以…上 as the qualifier 以上.
  const context = match.slice(1).join(' ');
  const digits = context.replace(/\d{4}年/g, ' ').match(/\d+/);
  if (digits) return `原文表述“${wording}”中还有数字“${digits[0]}”，网站只显示“${shown}”`;
  const word = QUALIFIER_WORDS.find((w) => context.includes(w));
  if (word) return `原文表述“${wording}”带有限定词“${word}”，网站显示的“${shown}”没有`;
  return undefined;
}
