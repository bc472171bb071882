import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { pageSearchDate, searchablePages, searchShards, shardSite } from '../../../src/lib/search/shards.ts';
import { concatResults, type SearchHit, type SearchResults } from '../../../src/lib/search/searcher.ts';
import { removeOnExit } from '../../helpers/temp.ts';

// linkSync fails when the shard folder is on another file system: the tests can make it fail.
const links = vi.hoisted(() => ({ fail: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    linkSync: (from: string, to: string) => {
      if (links.fail) throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
      fs.linkSync(from, to);
    },
  };
});

const article = (slug: string, date: string) => ({ path: `articles/${slug}/index.html`, date });

describe('searchShards(pages, recent)', () => {
  const pages = [
    { path: 'about/index.html' },
    article('c', '2026-01-02'),
    article('a', '2026-01-01'),
    { path: 'data/x/index.html' },
    article('b', '2026-01-02'),
    article('d', '2025-12-31'),
  ];

  it('keeps the newest articles (same day: by path) and every other page current, the rest in the archive', () => {
    expect(searchShards(pages, 2)).toEqual({
      current: ['about/index.html', 'articles/c/index.html', 'data/x/index.html', 'articles/b/index.html'],
      archive: ['articles/a/index.html', 'articles/d/index.html'],
    });
  });

  it('has no archive when the articles fit: exactly `recent` of them, or fewer', () => {
    expect(searchShards(pages, 4).archive).toEqual([]);
    expect(searchShards(pages, 4).current).toHaveLength(6);
    expect(searchShards(pages, 3).archive).toEqual(['articles/d/index.html']);
  });
});

describe('pageSearchDate(html) and searchablePages(dist)', () => {
  it('reads the date the layout gives search, and only a full date', () => {
    expect(pageSearchDate('<span hidden data-pagefind-meta="date:2026-11-22"></span>')).toBe('2026-11-22');
    expect(pageSearchDate('<span hidden data-pagefind-meta="version:1.0.0"></span>')).toBeUndefined();
    expect(pageSearchDate('<span data-pagefind-meta="date:2026-11"></span>')).toBeUndefined();
  });

  it('lists the searchable pages of a built site, articles with their dates, nothing else', () => {
    const dist = mkdtempSync(join(tmpdir(), 'zq-shards-'));
    const page = (path: string, html = '<main></main>') => {
      mkdirSync(join(dist, path, '..'), { recursive: true });
      writeFileSync(join(dist, path), html);
    };
    page('articles/a/index.html', '<span hidden data-pagefind-meta="date:2026-01-01"></span>');
    page('articles/index.html');
    page('articles/page/2/index.html');
    page('data/x/index.html', '<span hidden data-pagefind-meta="date:2026-01-01"></span>');
    page('data/x/1.0.0/x.csv');
    page('about/index.html');
    page('search/index.html');
    expect(searchablePages(dist)).toStrictEqual([{ path: 'about/index.html' }, { path: 'articles/a/index.html', date: '2026-01-01' }, { path: 'data/x/index.html' }]);

    const site = shardSite(dist, ['articles/a/index.html', 'about/index.html'], join(dist, '..', `${dist.split('/').at(-1)}-shard`));
    expect(readFileSync(join(site, 'articles/a/index.html'), 'utf8')).toContain('date:2026-01-01');
    expect(statSync(join(site, 'articles/a/index.html')).ino).toBe(statSync(join(dist, 'articles/a/index.html')).ino);
    expect(() => statSync(join(site, 'data/x/index.html'))).toThrow();
  });

  it('writes a shard afresh over the last build’s, and copies the pages where it cannot link them', () => {
    const dist = mkdtempSync(join(tmpdir(), 'zq-shards-'));
    for (const path of ['articles/a/index.html', 'articles/b/index.html']) {
      mkdirSync(join(dist, path, '..'), { recursive: true });
      writeFileSync(join(dist, path), `<p>${path}</p>`);
    }
    const folder = join(dist, '..', `${dist.split('/').at(-1)}-shard`);
    removeOnExit(dist);
    removeOnExit(folder);
    shardSite(dist, ['articles/a/index.html'], folder);
    links.fail = true;
    try {
      shardSite(dist, ['articles/b/index.html'], folder);
    } finally {
      links.fail = false;
    }
    expect(existsSync(join(folder, 'articles/a/index.html'))).toBe(false);
    expect(readFileSync(join(folder, 'articles/b/index.html'), 'utf8')).toBe('<p>articles/b/index.html</p>');
    expect(statSync(join(folder, 'articles/b/index.html')).ino).not.toBe(statSync(join(dist, 'articles/b/index.html')).ino);
  });
});

const hit = (url: string): SearchHit => ({ url, title: url, excerpt: '' });
const results = (urls: string[], partial = false): SearchResults => ({
  total: urls.length,
  partial,
  hits: (from, count) => Promise.resolve(urls.slice(from, from + count).map(hit)),
});

describe('concatResults(first, second)', () => {
  it('pages through the first index then the second, across the join', async () => {
    const both = concatResults(results(['/a/', '/b/', '/c/']), results(['/x/', '/y/']));
    expect(both.total).toBe(5);
    expect((await both.hits(0, 2)).map((h) => h.url)).toEqual(['/a/', '/b/']);
    expect((await both.hits(2, 2)).map((h) => h.url)).toEqual(['/c/', '/x/']);
    expect((await both.hits(4, 10)).map((h) => h.url)).toEqual(['/y/']);
    expect((await both.hits(3, 1)).map((h) => h.url)).toEqual(['/x/']);
  });

  it('asks each index only for hits it has', async () => {
    const asked: string[] = [];
    const recorded = (name: string, urls: string[]): SearchResults => ({
      ...results(urls),
      hits: (from, count) => (asked.push(`${name} ${from} ${count}`), results(urls).hits(from, count)),
    });
    const both = concatResults(recorded('first', ['/a/', '/b/', '/c/']), recorded('second', ['/x/', '/y/']));
    expect((await both.hits(1, 3)).map((h) => h.url)).toEqual(['/b/', '/c/', '/x/']);
    expect((await both.hits(0, 2)).map((h) => h.url)).toEqual(['/a/', '/b/']);
    expect((await both.hits(3, 2)).map((h) => h.url)).toEqual(['/x/', '/y/']);
    expect(asked).toEqual(['first 1 2', 'second 0 1', 'first 0 2', 'second 0 2']);
  });

  it('never puts pages with only some words after or before pages with every word', async () => {
    const full = results(['/full/']);
    const some = results(['/some/', '/some-2/'], true);
    expect(concatResults(full, some)).toBe(full);
    expect(concatResults(some, full)).toBe(full);
    const bothSome = concatResults(some, results(['/some-3/'], true));
    expect([bothSome.total, bothSome.partial]).toEqual([3, true]);
  });

  it('takes the partial flag of the side that found something', () => {
    expect(concatResults(results([]), results(['/x/'], true)).partial).toBe(true);
    expect(concatResults(results(['/x/'], true), results([])).partial).toBe(true);
    expect(concatResults(results(['/x/']), results([])).partial).toBe(false);
  });
});
