import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { indexGuard } from '../../../src/lib/search/index-guard.ts';
import { removeOnExit } from '../../helpers/temp.ts';

/** Runs the guard's hook on a built site of the given pages; returns what it logged and whether it stopped the build. */
function guard(pages: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'zq-guard-'));
  removeOnExit(dir);
  for (const [pathname, html] of Object.entries(pages)) {
    mkdirSync(join(dir, pathname), { recursive: true });
    writeFileSync(join(dir, pathname, 'index.html'), html);
  }
  const logged: string[] = [];
  const logger = { error: (m: string) => logged.push(m) } as unknown as AstroIntegrationLogger;
  const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
  const hook = indexGuard().hooks['astro:build:done']!;
  void hook({ dir: pathToFileURL(`${dir}/`), pages: Object.keys(pages).map((pathname) => ({ pathname })), assets: new Map(), logger });
  const stopped = exit.mock.calls.map((c) => c[0]);
  exit.mockRestore();
  return { logged, stopped };
}

const run = '工会林帮扶职工'.repeat(90).slice(0, 600);

describe('indexGuard(): the built pages Pagefind will read', () => {
  it('stops the build with a Chinese report naming the page when one is over the limits', () => {
    const { logged, stopped } = guard({ 'articles/a/': `<main data-pagefind-body><p>${run}<strong>${run}</strong>。</p></main>`, 'articles/b/': '<main data-pagefind-body>短文。</main>' });
    expect(stopped).toEqual([1]);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('dist/articles/a/index.html [SEARCH-UNBROKEN-TEXT]');
    expect(logged[0]).not.toContain('articles/b/');
  });
  it('lets the build go on when every page is within them, and ignores pages Pagefind does not read', () => {
    expect(guard({ 'articles/b/': '<main data-pagefind-body>短文。</main>', '': `<main>${run}${run}</main>` })).toEqual({ logged: [], stopped: [] });
  });
  it('passes over a page Astro lists that has no index.html (an endpoint such as /search/t2s.json)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zq-guard-'));
    removeOnExit(dir);
    const logged: string[] = [];
    const logger = { error: (m: string) => logged.push(m) } as unknown as AstroIntegrationLogger;
    void indexGuard().hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), pages: [{ pathname: 'search/t2s.json/' }], assets: new Map(), logger });
    expect(logged).toEqual([]);
  });
  it('is named in Astro’s log', () => {
    expect(indexGuard().name).toBe('zq-index-guard');
  });
});
