/**
 * Escaping for each output context, in one place: every string the site builds by hand
 * (SVG, feeds, the embed snippet, JSON-LD, search excerpts) goes through one of these.
 * Astro's own `{expressions}` are escaped by Astro; `set:html` only takes strings made here.
 * Pure and dependency-free: the search page's script imports it too.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text safe in HTML text and in a quoted attribute (either quote).
 * @example escapeHtml(`"><img src=x>`) // "&quot;&gt;&lt;img src=x&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * Characters XML 1.0 forbids even as references (C0 controls other than tab, line feed and
 * carriage return; U+FFFE, U+FFFF; unpaired surrogates): one would make a feed or an SVG
 * file unreadable, so each becomes U+FFFD.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text safe in XML (SVG, RSS) element content and quoted attributes, and so in HTML too:
 * markup characters as numeric references, characters XML cannot carry replaced.
 * No CDATA is ever used, so `]]>` needs nothing more.
 * @example escapeXml('<b> & "x"') // "&#60;b&#62; &#38; &#34;x&#34;"
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON for the inside of an HTML `<script>` element (JSON-LD): no value can end the
 * element (`</script>`), open an HTML comment (`<!--`) that hides it, or break the script
 * in an older JavaScript parser (U+2028, U+2029). `<`, `>`, `&` and those two become
 * `\uXXXX` escapes, which every JSON reader decodes to the same value.
 * @example jsonForScript({ name: '</script>' }) // '{"name":"\\u003c/script\\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
