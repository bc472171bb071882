import { afterEach, describe, expect, it, vi } from 'vitest';
import { FEED_ENTRIES, articlesToAtom } from '../../../src/lib/feeds/articles.ts';
import { SITE } from '../../../src/lib/site/config.ts';

// The origin and publisher can be set by the environment (SITE_URL, SITE_PUBLISHER); the rest is fixed.
const origin = SITE.url.replace(/\/$/, '');
const article = (id: string, date: string, over: { title?: string; summary?: string; tags?: string[]; draft?: boolean } = {}) => ({
  id,
  data: { title: `标题${id}`, summary: `摘要${id}`, date, kind: 'news' as const, tags: [], datasets: [], draft: false, ...over },
});

describe('articlesToAtom(entries, asOf)', () => {
  it('writes the whole feed: its own address, title, links, date, author and licence, then each entry', () => {
    const xml = articlesToAtom([article('forest', '2026-11-20', { title: '工会林 & 绿美', summary: '种树<3>', tags: ['工会林', '绿美肇庆'] })], '2026-11-24');
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
        `<id>${origin}/articles/feed.xml</id>`,
        '<title type="text">肇庆工会开放数据 · 文章</title>',
        `<subtitle type="text">${SITE.description}</subtitle>`,
        `<link rel="self" type="application/atom+xml" href="${origin}/articles/feed.xml"/>`,
        `<link rel="alternate" type="text/html" href="${origin}/articles/"/>`,
        '<updated>2026-11-20T00:00:00Z</updated>',
        `<author><name>${SITE.publisher}</name><uri>${origin}/</uri></author>`,
        '<rights type="text">CC-BY-4.0：转载请注明出处</rights>',
        [
          '<entry>',
          `<id>${origin}/articles/forest/</id>`,
          '<title type="text">工会林 &#38; 绿美</title>',
          `<link rel="alternate" type="text/html" href="${origin}/articles/forest/"/>`,
          '<published>2026-11-20T00:00:00Z</published>',
          '<updated>2026-11-20T00:00:00Z</updated>',
          '<summary type="text">种树&#60;3&#62;</summary>',
          '<category term="工会林"/>',
          '<category term="绿美肇庆"/>',
          '</entry>',
        ].join(''),
        '</feed>',
        '',
      ].join('\n'),
    );
  });

  it('lists the newest published articles first, leaving out drafts and articles after the as-of date', () => {
    const xml = articlesToAtom(
      [article('old', '2026-01-05'), article('new', '2026-11-24'), article('draft', '2026-11-01', { draft: true }), article('later', '2026-11-25')],
      '2026-11-24',
    );
    expect([...xml.matchAll(/<entry><id>[^<]*\/articles\/([^/]+)\/<\/id>/g)].map((m) => m[1])).toEqual(['new', 'old']);
    expect(xml).toContain('\n<updated>2026-11-24T00:00:00Z</updated>\n');
  });

  it(`keeps only the newest ${FEED_ENTRIES} articles, however many there are`, () => {
    expect(FEED_ENTRIES).toBe(50);
    // a1 on 2026-01-01 … a28 on 2026-01-28, a29 on 2026-02-01 … a51 on 2026-02-23: a1 is the oldest.
    const day = (i: number) => `2026-0${1 + Math.floor(i / 28)}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const many = Array.from({ length: 51 }, (_, i) => article(`a${i + 1}`, day(i)));
    const ids = [...articlesToAtom(many, '2026-11-24').matchAll(/<entry><id>[^<]*\/articles\/([^/]+)\/<\/id>/g)].map((m) => m[1]);
    expect(ids).toHaveLength(50);
    expect([ids[0], ids[49]]).toEqual(['a51', 'a2']);
  });

  it('with no published article, is dated on the as-of day and has no entry', () => {
    const xml = articlesToAtom([article('draft', '2026-11-01', { draft: true })], '2026-11-24');
    expect(xml).toContain('\n<updated>2026-11-24T00:00:00Z</updated>\n');
    expect(xml).not.toContain('<entry>');
  });
});

describe('articlesToAtom on a site served under a sub-path (SITE_BASE)', () => {
  afterEach(() => vi.unstubAllEnvs());
  it('puts the sub-path in every address, the author’s home page included', async () => {
    vi.stubEnv('SITE_URL', 'https://example.org');
    vi.stubEnv('SITE_BASE', '/zq/');
    // Loaded afresh: the site's address is read from the environment as the module loads.
    vi.resetModules();
    const feeds = await import('../../../src/lib/feeds/articles.ts');
    const xml = feeds.articlesToAtom([article('forest', '2026-11-20')], '2026-11-24');
    expect(xml).toContain('<uri>https://example.org/zq/</uri>');
    expect(xml).toContain('\n<id>https://example.org/zq/articles/feed.xml</id>\n');
    expect(xml).toContain('<entry><id>https://example.org/zq/articles/forest/</id>');
  });
});
