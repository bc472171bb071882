import type { Catalog } from '../datasets/load.ts';
import { compareVersions } from '../datasets/versioning.ts';
import { SITE } from '../site/config.ts';
import { absoluteUrl, paths } from '../site/urls.ts';
import { escapeXml } from '../escape.ts';
import { dateToRfc822 } from './xml.ts';

/** RSS 2.0 feed of every release of every dataset, newest first (by date, then dataset, then version: 1.0.10 before 1.0.9), with its own address (`atom:link rel="self"`). */
export function catalogToReleasesFeed(catalog: Catalog): string {
  const releases = catalog.datasets
    .flatMap((d) => d.versions.map((v) => ({ d, v })))
    .sort((a, b) => b.v.date.localeCompare(a.v.date) || a.d.id.localeCompare(b.d.id) || compareVersions(b.v.version, a.v.version));
  const items = releases.map(({ d, v }) =>
    [
      '<item>',
      `<title>${escapeXml(`${d.meta.title} ${v.version} 版`)}</title>`,
      `<link>${escapeXml(absoluteUrl(`${paths.dataset(d.id)}#v${v.version}`))}</link>`,
      `<guid isPermaLink="true">${escapeXml(absoluteUrl(paths.download(d.id, v.version)))}</guid>`,
      `<pubDate>${dateToRfc822(v.date)}</pubDate>`,
      `<description>${escapeXml(v.note)}</description>`,
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    `<title>${escapeXml(`${SITE.title} · 数据发布`)}</title>`,
    `<link>${escapeXml(absoluteUrl(paths.catalog()))}</link>`,
    `<atom:link href="${escapeXml(absoluteUrl(paths.releasesFeed()))}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml('每个数据集的新版本发布记录')}</description>`,
    '<language>zh-CN</language>',
    ...items,
    '</channel></rss>',
    '',
  ].join('\n');
}
