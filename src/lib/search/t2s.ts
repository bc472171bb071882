/**
 * A traditional → simplified character map limited to the characters the site uses:
 * for every Han character in `text`, each traditional form the converters give maps
 * back to it. A few kilobytes instead of a full dictionary, fetched only for a query
 * with Chinese in it.
 * @example traditionalMap('工会', [(s) => s.replace('会', '會')]) // { 會: '会' }
 */
export function traditionalMap(text: string, toTraditional: readonly ((s: string) => string)[]): Record<string, string> {
  const han = [...new Set(text.match(/\p{Script=Han}/gu) ?? [])].sort();
  const map: Record<string, string> = {};
  for (const simplified of han) {
    for (const convert of toTraditional) {
      const traditional = convert(simplified);
      if (traditional !== simplified && [...traditional].length === 1) map[traditional] = simplified;
    }
  }
  return map;
}

/** A query with every mapped traditional character replaced by its simplified form. */
export function toSimplified(query: string, map: Readonly<Record<string, string>>): string {
  return [...query].map((c) => map[c] ?? c).join('');
}
