const HAN = /\p{Script=Han}/u;

/**
 * A traditional → simplified character map limited to the characters the site uses:
 * for every Han character in `texts`, each traditional form the converters give maps
 * back to it. A few kilobytes instead of a full dictionary, fetched only for a query
 * with Chinese in it. The texts are read one by one (10,000 articles are 25 million characters).
 * @example traditionalMap(['工会'], [(s) => s.replace('会', '會')]) // { 會: '会' }
 */
export function traditionalMap(texts: Iterable<string>, toTraditional: readonly ((s: string) => string)[]): Record<string, string> {
  const seen = new Set<string>();
  for (const text of texts) for (const c of text) seen.add(c);
  const han = [...seen].filter((c) => HAN.test(c)).sort();
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
