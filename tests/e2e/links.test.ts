import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPagePaths } from '../helpers/site.ts';

const dist = join(process.cwd(), 'dist');

/** The file a site path is served from, as a static host resolves it. */
function fileOf(path: string): string | undefined {
  const full = join(dist, decodeURIComponent(path));
  if (existsSync(full) && statSync(full).isDirectory()) return existsSync(join(full, 'index.html')) ? join(full, 'index.html') : undefined;
  return existsSync(full) ? full : undefined;
}

const html = (file: string) => readFileSync(file, 'utf8');
const ids = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  if (!ids.has(file)) ids.set(file, new Set([...html(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return ids.get(file)!;
};

describe('internal links in dist/', () => {
  it('every href and src on every page points at a file that exists, and every #anchor at an element', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of [...builtPagePaths(), '/404.html']) {
      const file = fileOf(page)!;
      for (const m of html(file).matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const raw = m[1]!.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|data:)/.test(raw)) continue;
        const url = new URL(raw, `http://site${page}`);
        const target = url.pathname === page || raw.startsWith('#') ? file : fileOf(url.pathname);
        checked++;
        if (!target) broken.push(`${page} → ${raw}`);
        else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page} → ${raw} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });
});
