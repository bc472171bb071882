import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articlesToAtom } from '../../src/lib/feeds/articles.ts';
import { SITE } from '../../src/lib/site/config.ts';
import { atomSchemaErrors, parseFeed } from '../helpers/feed-tools.ts';
import { builtPagePaths, repoCatalog } from '../helpers/site.ts';
import { removeOnExit } from '../helpers/temp.ts';

const dist = join(process.cwd(), 'dist');
const origin = SITE.url.replace(/\/$/, '');
const builtArticles = builtPagePaths().filter((p) => /^\/articles\/[a-z0-9-]+\/$/.test(p));

describe('the article feed /articles/feed.xml (Atom, RFC 4287)', () => {
  const file = join(dist, 'articles/feed.xml');
  it('validates against RFC 4287’s RELAX NG schema (xmllint)', () => {
    expect(atomSchemaErrors(file)).toEqual([]);
  });
  it('parses in feedparser without error, names itself (rel=self) and lists exactly the published articles, newest first', () => {
    const feed = parseFeed(file);
    expect(feed).toMatchObject({ bozo: false, version: 'atom10' });
    expect(feed.feed.links).toEqual(expect.arrayContaining([expect.objectContaining({ rel: 'self', href: `${origin}/articles/feed.xml` })]));
    expect(builtArticles.length).toBeGreaterThanOrEqual(5);
    expect(feed.entries.map((e) => new URL(e.link).pathname).sort()).toEqual(builtArticles);
    const dates = feed.entries.map((e) => e.published ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    // The schema's Schematron rules, which xmllint does not run: an author, and an alternate link per entry.
    expect(readFileSync(file, 'utf8')).toMatch(/^<author><name>.+<\/name>/m);
    expect(feed.entries.every((e) => e.links.some((l) => l.rel === 'alternate'))).toBe(true);
  });
  it('escapes markup in titles and summaries, replaces characters XML forbids with U+FFFD, and leaves out drafts and future articles', () => {
    const data = (title: string, summary: string, date: string, draft = false) => ({ title, summary, date, draft, kind: 'news' as const, tags: ['<标签>&'], datasets: [] });
    const xml = articlesToAtom(
      [
        { id: 'markup', data: data('<b>"工会&林"</b> ::x\u0001 ]]>', '</summary><script>alert(1)</script>', '2026-11-20') },
        { id: 'secret', data: data('草稿', '草稿', '2026-11-01', true) },
        { id: 'later', data: data('未来', '未来', '2027-01-01') },
      ],
      '2026-11-24',
    );
    const folder = mkdtempSync(join(tmpdir(), 'zq-feed-'));
    removeOnExit(folder);
    const file = join(folder, 'feed.xml');
    writeFileSync(file, xml);
    expect(atomSchemaErrors(file)).toEqual([]);
    const feed = parseFeed(file);
    expect(feed.bozo).toBe(false);
    expect(feed.entries.map((e) => e.title)).toEqual(['<b>"工会&林"</b> ::x\ufffd ]]>']);
    expect(feed.entries[0]?.summary).toBe('</summary><script>alert(1)</script>');
    expect(feed.entries[0]?.tags?.map((t) => t.term)).toEqual(['<标签>&']);
  });
});

describe('the data releases feed /data/releases.xml (RSS 2.0)', () => {
  it('parses in feedparser without error, with atom:link rel="self" and one item per release', () => {
    const feed = parseFeed(join(dist, 'data/releases.xml'));
    expect(feed).toMatchObject({ bozo: false, version: 'rss20' });
    expect(feed.feed.links).toEqual(expect.arrayContaining([expect.objectContaining({ rel: 'self', href: `${origin}/data/releases.xml` })]));
    expect(feed.entries).toHaveLength(repoCatalog().datasets.reduce((n, d) => n + d.versions.length, 0));
  });
});

describe('feed discovery', () => {
  it.each(builtPagePaths())('%s links both feeds as alternates, by absolute URL', (path) => {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    expect(html).toContain(`<link rel="alternate" type="application/atom+xml" title="${SITE.title} · 文章" href="${origin}/articles/feed.xml">`);
    expect(html).toContain(`<link rel="alternate" type="application/rss+xml" title="${SITE.title} · 数据发布" href="${origin}/data/releases.xml">`);
  });
  it('robots.txt names the sitemap by absolute URL, and the sitemap exists', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    expect(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).toContain('<sitemapindex');
  });
});
