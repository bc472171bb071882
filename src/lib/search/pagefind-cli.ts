/**
 * How the build runs Pagefind's indexer, in one place: the oracle test
 * (tests/e2e/search-oracle.test.ts) indexes the same dist/ with the same options.
 */
import { SEARCHABLE_PAGES } from './shards.ts';

/**
 * Only the kinds of page that carry data-pagefind-body: walking all of dist/ (downloads
 * included) takes Pagefind three times as long. tests/e2e/search.test.ts checks none is missed.
 */
export const SEARCHABLE_GLOB = `{${SEARCHABLE_PAGES.map((p) => p.replace(/\/index\.html$/, '')).join(',')}}/index.html`;

/** Arguments for `node …` to index `site`; `outputPath` writes the bundle elsewhere (e.g. beside the pages of a shard, or outside dist/). */
export function pagefindArgs(site: string, outputPath?: string): string[] {
  return ['node_modules/pagefind/lib/runner/bin.cjs', '--site', site, '--glob', SEARCHABLE_GLOB, '--silent', ...(outputPath ? ['--output-path', outputPath] : [])];
}
