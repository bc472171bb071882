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
