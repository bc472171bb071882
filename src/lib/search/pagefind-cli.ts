/**
 * How the build runs Pagefind's indexer, in one place: the oracle test
 * (tests/e2e/search-oracle.test.ts) indexes the same dist/ with the same options.
 */

/**
 * Only the kinds of page that carry data-pagefind-body: walking all of dist/ (downloads
 * included) takes Pagefind three times as long. tests/e2e/search.test.ts checks none is missed.
 */
export const SEARCHABLE_GLOB = '{articles/*,data/*,progress,forests,service-places,about,sources,sources/*}/index.html';

/** Arguments for `node …` to index `site`; `outputPath` writes the bundle elsewhere (never into dist/). */
export function pagefindArgs(site: string, outputPath?: string): string[] {
  return ['node_modules/pagefind/lib/runner/bin.cjs', '--site', site, '--glob', SEARCHABLE_GLOB, '--silent', ...(outputPath ? ['--output-path', outputPath] : [])];
}
