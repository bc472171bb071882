import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/datasets/load.ts';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { catalogToReleasesFeed } from '../../../src/lib/feeds/releases.ts';
import { SITE } from '../../../src/lib/site/config.ts';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';

const { catalog } = loadCatalog(copyFixtureRepo().root);
const demo = catalog.datasets[0]!;
const origin = SITE.url.replace(/\/$/, '');

/** The demo dataset under another id and title, with the given releases (version, date, note). */
const dataset = (id: string, title: string, releases: [string, string, string][]): Dataset => {
  const versions = releases.map(([version, date, note]) => ({ ...demo.latest, version, date, note }));
  return { ...demo, id, meta: { ...demo.meta, title }, versions, latest: versions.at(-1)! };
};
const items = (xml: string) => [...xml.matchAll(/<item><title>([^<]*)<\/title>/g)].map((m) => m[1]);

describe('catalogToReleasesFeed(catalog)', () => {
  it('writes the whole feed: channel title, links and description, then one item per release', () => {
    expect(catalogToReleasesFeed(catalog)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
        '<title>肇庆工会开放数据 · 数据发布</title>',
        `<link>${origin}/data/</link>`,
        `<atom:link href="${origin}/data/releases.xml" rel="self" type="application/rss+xml"/>`,
        '<description>每个数据集的新版本发布记录</description>',
        '<language>zh-CN</language>',
        [
          '<item>',
          '<title>示例数据集 1.0.0 版</title>',
          `<link>${origin}/data/demo/#v1.0.0</link>`,
          `<guid isPermaLink="true">${origin}/data/demo/1.0.0/demo.csv</guid>`,
          '<pubDate>Wed, 01 Jan 2025 00:00:00 GMT</pubDate>',
          '<description>首次发布</description>',
          '</item>',
        ].join(''),
        '</channel></rss>',
        '',
      ].join('\n'),
    );
  });

  it('lists releases newest first; on one day by dataset id, then newest version first (1.0.10 before 1.0.9)', () => {
    const b = dataset('b-set', '乙', [['1.0.0', '2025-01-01', '首次'], ['1.0.9', '2025-03-01', '更正'], ['1.0.10', '2025-03-01', '再更正']]);
    const a = dataset('a-set', '甲', [['1.0.0', '2025-03-01', '首次'], ['1.1.0', '2025-06-01', '新增']]);
    expect(items(catalogToReleasesFeed({ ...catalog, datasets: [b, a] }))).toEqual(['甲 1.1.0 版', '甲 1.0.0 版', '乙 1.0.10 版', '乙 1.0.9 版', '乙 1.0.0 版']);
  });
});
