/** Trailing zeros off a fixed-point number: 1.50 → "1.5", 3000.00 → "3000". */
function trimDecimals(x: number): string {
  return String(Number(x.toFixed(2)));
}

/**
 * A number as Chinese news writes it: 万 and 亿 where that loses nothing, no thousands
 * separators below 万.
 * @example
 * formatNumberZh(30000000) // "3000万"
 * formatNumberZh(15000)    // "1.5万"
 * formatNumberZh(2200)     // "2200"
 * formatNumberZh(12345)    // "12345" (1.23万 would round)
 */
export function formatNumberZh(n: number): string {
  const abs = Math.abs(n);
  if (Number.isInteger(n) && abs >= 1e8 && n % 1e6 === 0) return `${trimDecimals(n / 1e8)}亿`;
  if (Number.isInteger(n) && abs >= 1e4 && n % 100 === 0) return `${trimDecimals(n / 1e4)}万`;
  return String(n);
}

/** A number with thousands separators, for data tables: 30000000 → "30,000,000". */
export function formatNumberPlain(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/**
 * How the source wrote the number: `wan` 万/亿 where that loses nothing (the default:
 * 3000万, 1.5万); `digits` every digit (12000, 13500); `hanzi` Chinese numerals for small
 * whole numbers (第十四届, 三等奖, 九大功能区).
 */
export const NUMBER_STYLES = ['wan', 'digits', 'hanzi'] as const;
export type NumberStyle = (typeof NUMBER_STYLES)[number];

const HANZI_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * A whole number from 1 to 99 in Chinese numerals, as ordinals and small counts are
 * printed; `undefined` for anything else (the caller says so, it never guesses).
 * @example formatNumberHanzi(14) // "十四"; formatNumberHanzi(3) // "三"; formatNumberHanzi(20) // "二十"
 */
export function formatNumberHanzi(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 99) return undefined;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const ten = tens === 0 ? '' : `${tens === 1 ? '' : HANZI_DIGITS[tens]}十`;
  return `${ten}${ones === 0 ? '' : HANZI_DIGITS[ones]}`;
}

/** A number in the style the source used; `hanzi` outside 1–99 falls back to digits. */
export function formatNumberStyled(n: number, style: NumberStyle | null | undefined): string {
  if (style === 'digits') return String(n);
  if (style === 'hanzi') return formatNumberHanzi(n) ?? String(n);
  return formatNumberZh(n);
}
