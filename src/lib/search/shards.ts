/**
 * Search in two parts once the archive is large. Pagefind's index grows with the pages it
 * holds: its metadata lists every page, and a common word's entry carries its positions in
 * every page it is on (at 10,000 articles, 76 KB and ~300 KB for 工会). So the build writes
 * two indexes: the current one (every page but the older articles: the newest
 * RECENT_ARTICLES articles, every dataset, the tracker, the maps and the sources) and, when
 * there are older articles, the archive (those articles). A search reads the current index
 * first; the reader asks for the archive with one button, or gets it at once when the
 * current index has no result. Below RECENT_ARTICLES articles there is one index, as before.
 */
import { globSync, linkSync, copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Articles in the current index. Pagefind closes a word chunk at 20,000 word locations, so
 * each pair of characters a query reads costs at least ~22 KB, and a common pair (工会)
 * more, growing with the pages it is on. Measured on the bench's 10,000 synthetic articles
 * (gzip, page and index together): with 1,000 articles here the first search for 工会林
 * transferred 108.5 KB and for 困难职工 139.7 KB; with 500, 92.5 KB and 121.2 KB.
 */
export const RECENT_ARTICLES = 500;

/** The pages Pagefind indexes (those with data-pagefind-body), as paths under dist/. */
export const SEARCHABLE_PAGES = ['articles/*', 'data/*', 'progress', 'forests', 'service-places', 'about', 'sources', 'sources/*'].map((p) => `${p}/index.html`);

const ARTICLE_PAGE = /^articles\/[^/]+\/index\.html$/;

export interface ShardPage {
  /** Path under dist/, e.g. articles/union-forests/index.html. */
  path: string;
  /** An article's date (YYYY-MM-DD) as the page gives it to search; undefined for other pages. */
  date?: string;
}

export interface SearchShards {
  current: string[];
  archive: string[];
}

/**
 * Which index each page goes to: articles newest first (then by path, so the split never
 * depends on the file system), the first `recent` and every other page in the current
 * index, the older articles in the archive.
 */
export function searchShards(pages: readonly ShardPage[], recent: number): SearchShards {
  const articles = pages.filter((p) => p.date !== undefined).sort((a, b) => b.date!.localeCompare(a.date!) || a.path.localeCompare(b.path));
  const archived = new Set(articles.slice(recent).map((p) => p.path));
  return {
    current: pages.filter((p) => !archived.has(p.path)).map((p) => p.path),
    archive: articles.slice(recent).map((p) => p.path),
  };
}

/** The date an article page states for search (`data-pagefind-meta="date:…"`, written by the layout), or undefined. */
export function pageSearchDate(html: string): string | undefined {
  return /data-pagefind-meta="date:(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
}

/** The searchable pages of a built site, each article with its date. */
export function searchablePages(dist: string): ShardPage[] {
  return globSync(SEARCHABLE_PAGES, { cwd: dist })
    .map((path) => path.split('\\').join('/'))
    .sort()
    .map((path) => {
      const date = ARTICLE_PAGE.test(path) ? pageSearchDate(readFileSync(join(dist, path), 'utf8')) : undefined;
      return date === undefined ? { path } : { path, date };
    });
}

/**
 * A folder holding only `paths` of `dist`, at the same paths (hard links; copies across
 * file systems), for Pagefind to index as a site: the URLs it records are the pages' own.
 */
export function shardSite(dist: string, paths: readonly string[], folder: string): string {
  rmSync(folder, { recursive: true, force: true });
  for (const path of paths) {
    const target = join(folder, path);
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(join(dist, path), target);
    } catch {
      copyFileSync(join(dist, path), target);
    }
  }
  return folder;
}
