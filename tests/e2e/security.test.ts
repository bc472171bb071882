import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPagePaths } from '../helpers/site.ts';

const dist = join(process.cwd(), 'dist');
const pages = builtPagePaths().map((p) => ({ path: p, html: readFileSync(join(dist, p, 'index.html'), 'utf8') }));

describe('built pages against the Content-Security-Policy', () => {
  it('have no inline script (only external files and JSON-LD data) and no inline event handlers', () => {
    const offending = pages.flatMap(({ path, html }) => [
      ...[...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>/g)].map((m) => `${path}: ${m[0]}`),
      ...[...html.matchAll(/<[a-z]+[^>]*\son[a-z]+=/g)].map((m) => `${path}: ${m[0].slice(0, 60)}`),
    ]);
    expect(offending).toEqual([]);
  });

  it('ship a _headers file whose policy allows no inline script and no eval, not even of WebAssembly', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    const scriptSrc = /script-src ([^;]+)/.exec(headers)?.[1] ?? '';
    expect(scriptSrc.trim()).toBe("'self'");
    expect(headers).toContain('Strict-Transport-Security');
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toMatch(/\/_astro\/\*\n[^\n]*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  });

  it('carry their policy in a meta tag, first in <head>, the same as _headers sends it but for frame-ancestors', () => {
    const rules = readFileSync(join(dist, '_headers'), 'utf8')
      .split('\n\n')
      .map((block) => ({ pattern: /^(\/\S*)/m.exec(block)?.[1] ?? '', csp: /Content-Security-Policy: (.+)/.exec(block)?.[1] }))
      .filter((r): r is { pattern: string; csp: string } => r.csp !== undefined);
    const headerPolicy = (path: string) => rules.filter((r) => new RegExp(`^${r.pattern.replace(/\*/g, '.*')}$`).test(path)).map((r) => r.csp);
    const wrong = pages.flatMap(({ path, html }) => {
      const meta = /^<!DOCTYPE html><html lang="zh-CN"><head><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
      const header = headerPolicy(path);
      const expected = header[0]?.replace(/; frame-ancestors [^;]+/, '');
      return meta && header.length === 1 && meta === expected && !meta.includes('frame-ancestors') ? [] : [`${path}: ${meta ?? 'no policy first in <head>'} ≠ ${header.join(' + ')}`];
    });
    expect(pages.length).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });

  it('publish the search index but none of Pagefind’s own scripts or WebAssembly, which the site never loads', () => {
    const bundle = readdirSync(join(dist, 'pagefind'));
    expect(bundle).toContain('pagefind-entry.json');
    expect(bundle.filter((f) => /\.(js|css|pagefind)$/.test(f))).toEqual([]);
  });
});
