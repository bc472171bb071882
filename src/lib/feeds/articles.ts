import type { ArticleData } from '../content/article-schema.ts';
import { publishedArticles } from '../content/articles.ts';
import { SITE } from '../site/config.ts';
import { absoluteUrl, paths } from '../site/urls.ts';
import { escapeXml } from '../escape.ts';
import { dateToRfc3339 } from './xml.ts';

/** Entries in the feed: readers' apps poll it, so it stays small however large the archive grows. */
export const FEED_ENTRIES = 50;

interface Entry {
  id: string;
  data: ArticleData;
}

/**
 * The Atom feed (RFC 4287) of the newest published articles. Drafts and articles dated
 * after the build's as-of date are left out here too, even in an editor's preview build.
 * `updated` is the newest article's date, never the clock, so the same commit gives the same bytes.
 */
export function articlesToAtom(entries: readonly Entry[], asOf: string): string {
  const articles = publishedArticles(entries, asOf).slice(0, FEED_ENTRIES);
  const author = `<author><name>${escapeXml(SITE.publisher)}</name><uri>${escapeXml(absoluteUrl('/'))}</uri></author>`;
  const items = articles.map(({ id, data }) => {
    const url = absoluteUrl(paths.article(id));
    return [
      '<entry>',
      `<id>${escapeXml(url)}</id>`,
      `<title type="text">${escapeXml(data.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `<published>${dateToRfc3339(data.date)}</published>`,
      `<updated>${dateToRfc3339(data.date)}</updated>`,
      `<summary type="text">${escapeXml(data.summary)}</summary>`,
      ...data.tags.map((tag) => `<category term="${escapeXml(tag)}"/>`),
      '</entry>',
    ].join('');
  });
  const updated = articles[0]?.data.date ?? asOf;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `<id>${escapeXml(absoluteUrl(paths.articlesFeed()))}</id>`,
    `<title type="text">${escapeXml(`${SITE.title} · 文章`)}</title>`,
    `<subtitle type="text">${escapeXml(SITE.description)}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(paths.articlesFeed()))}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(paths.articles()))}"/>`,
    `<updated>${dateToRfc3339(updated)}</updated>`,
    author,
    `<rights type="text">${escapeXml(`${SITE.contentLicense}：转载请注明出处`)}</rights>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
