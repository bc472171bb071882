/**
 * Text for XML element content and quoted attribute values alike: the five markup
 * characters as character references, and characters XML 1.0 forbids (C0 controls other
 * than tab and newlines, U+FFFE/FFFF, lone surrogates) dropped, so no title can break a feed.
 * @example escapeXml('<b>"A&B"</b>') // '&#60;b&#62;&#34;A&#38;B&#34;&#60;/b&#62;'
 */
export function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `YYYY-MM-DD` → RFC 822 date at 00:00 UTC, as RSS 2.0 wants. */
export function dateToRfc822(date: string): string {
  return new Date(`${date}T00:00:00Z`).toUTCString();
}

/** `YYYY-MM-DD` → RFC 3339 timestamp at 00:00 UTC, as Atom wants. */
export function dateToRfc3339(date: string): string {
  return `${date}T00:00:00Z`;
}
