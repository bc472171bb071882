/**
 * Where an article's links and images may point, decided the way a browser reads the
 * URL (WHATWG URL parsing: tabs and line breaks inside a scheme are dropped, leading
 * control characters ignored, a backslash is a slash), so `java\tscript:` or
 * `\\evil.example` cannot slip past as something harmless.
 */
export type UrlVerdict =
  | { kind: 'internal'; path: string }
  | { kind: 'external'; url: string }
  | { kind: 'refused'; reason: string };

/** A base that no real link resolves to: what resolves onto it is a path of this site. */
const SITE_BASE = 'https://site.invalid/';
const LINK_SCHEMES = new Set(['https:', 'http:', 'mailto:']);

function parse(url: string, base?: string): URL | undefined {
  try {
    return base === undefined ? new URL(url) : new URL(url, base);
  } catch {
    return undefined;
  }
}

/**
 * A link's URL → internal path (to be checked against the site's pages), external web
 * or mail address, or refused with the reason in Chinese.
 * @example
 * linkUrlVerdict('/data/union-forests/#row-plots') // { kind: 'internal', path: '/data/union-forests/#row-plots' }
 * linkUrlVerdict('JavaScript:alert(1)').kind     // 'refused'
 */
export function linkUrlVerdict(url: string): UrlVerdict {
  const absolute = parse(url);
  if (absolute) {
    if (!LINK_SCHEMES.has(absolute.protocol)) return { kind: 'refused', reason: `不允许 ${absolute.protocol} 开头的链接` };
    if (absolute.protocol !== 'mailto:' && absolute.hostname === '') return { kind: 'refused', reason: '网址缺少域名' };
    return { kind: 'external', url: absolute.href };
  }
  const resolved = parse(url, SITE_BASE);
  if (!resolved) return { kind: 'refused', reason: '无法识别的网址' };
  if (resolved.origin !== new URL(SITE_BASE).origin) {
    return { kind: 'refused', reason: '以 // 或 \\ 开头的网址会指向别的网站：外部链接请写完整的 https:// 地址' };
  }
  if (!url.startsWith('/') && !url.startsWith('#')) {
    return { kind: 'refused', reason: '站内链接要以 / 开头（从网站根目录写起），如 /data/union-forests/' };
  }
  return { kind: 'internal', path: url };
}

/**
 * An image's URL: only files of this site (under public/), never another site's (it
 * would tell that site who reads the article, and the page's security policy blocks it)
 * and never inline data.
 */
export function imageUrlVerdict(url: string): UrlVerdict {
  const verdict = linkUrlVerdict(url);
  if (verdict.kind === 'external') return { kind: 'refused', reason: '文章只能用本站的图片（放在 public/ 下，以 / 开头引用），不能引用其他网站的图片' };
  if (verdict.kind === 'internal' && verdict.path.startsWith('#')) return { kind: 'refused', reason: '图片地址不能只是锚点' };
  return verdict;
}
