import { describe, expect, it } from 'vitest';
import { POLICIES, policyToHeader, policyToMeta } from '../../../src/lib/site/csp.ts';
import { headersFileText } from '../../../src/lib/site/headers-file.ts';

describe('policyToMeta(policy) and policyToHeader(policy)', () => {
  it('the header carries the whole policy, frame-ancestors included', () => {
    expect(policyToHeader(POLICIES.page)).toContain("frame-ancestors 'self'");
    expect(policyToHeader(POLICIES.embed)).toContain('frame-ancestors *');
  });
  it('the meta tag carries everything but what browsers ignore there', () => {
    for (const policy of Object.values(POLICIES)) {
      const meta = policyToMeta(policy);
      expect(meta).not.toMatch(/frame-ancestors|report-uri|report-to|sandbox/);
      expect(meta).toContain("script-src 'self'");
      expect(`${meta}; frame-ancestors ${policy['frame-ancestors']}`.split('; ').sort()).toEqual(policyToHeader(policy).split('; ').sort());
    }
  });
});

describe('headersFileText(entries)', () => {
  const text = headersFileText([
    { name: '_astro', folder: true },
    { name: 'embed', folder: true },
    { name: 'data', folder: true },
    { name: 'index.html', folder: false },
    { name: '_headers', folder: false },
  ]);
  /** Rule patterns and their headers, as a host reads the file. */
  const rules = text
    .split('\n\n')
    .map((block) => block.split('\n').filter((l) => !l.startsWith('#') && l.trim() !== ''))
    .filter((lines) => lines.length > 0)
    .map(([pattern, ...headers]) => ({ pattern: new RegExp(`^${pattern!.replace(/\*/g, '.*')}$`), names: headers.map((h) => h.trim().split(':')[0]) }));
  const policiesFor = (path: string) => rules.filter((r) => r.pattern.test(path) && r.names.includes('Content-Security-Policy')).length;

  it('gives each path exactly one policy (Cloudflare joins the values of every matching rule)', () => {
    for (const path of ['/', '/index.html', '/data/x/', '/embed/a/', '/_astro/a.css', '/pagefind/x']) expect(policiesFor(path), path).toBe(1);
  });
  it('lets other sites frame the embeds only, and caches hashed assets for a year', () => {
    expect(text).toMatch(/\/embed\/\*\n {2}Content-Security-Policy: [^\n]*frame-ancestors \*\n/);
    expect(text).toMatch(/\/data\/\*\n {2}Content-Security-Policy: [^\n]*frame-ancestors 'self'\n/);
    expect(text).toMatch(/\/_astro\/\*\n[^\n]*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(text).toMatch(/\/\*\n {2}Strict-Transport-Security: max-age=31536000/);
  });
});
