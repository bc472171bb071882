const HAN = /\p{Script=Han}/u;

/**
 * A traditional → simplified character map limited to the characters the site uses:
 * for every Han character in `texts`, each traditional form the converters give maps
 * back to it. A few kilobytes instead of a full dictionary, fetched only for a query
 * with Chinese in it. The texts are read one by one (10,000 articles are 25 million characters).
 * @example traditionalMap(['工会'], [(s) => s.replace('会', '會')]) // { 會: '会' }
 */
export function traditionalMap(texts: Iterable<string>, toTraditional: readonly ((s: string) => string)[]): Record<string, string> {
  // One flag per code point: 25 million characters are read with charCodeAt, not a string iterator and a Set (4.8 s).
  const seen = new Uint8Array(0x110000);
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) i++;
      seen[point] = 1;
    }
  }
  // In code point order, as the flags are read.
  const han: string[] = [];
  seen.forEach((flag, point) => {
    if (flag && HAN.test(String.fromCodePoint(point))) han.push(String.fromCodePoint(point));
  });
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
