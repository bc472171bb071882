import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { POLICIES, policyToHeader } from './csp.ts';
import { withBase } from './urls.ts';

/** An entry at the top of the built site: a folder (`articles`) or a file (`index.html`). */
export interface TopEntry {
  name: string;
  folder: boolean;
}

const SHORT_CACHE = 'public, max-age=300, must-revalidate';

/**
 * The `_headers` file (Cloudflare Pages, Netlify; for a CDN, the same headers set by hand):
 * security headers for every path, then one rule per top-level entry of the site with its
 * Content-Security-Policy (from csp.ts) and caching. Rules never overlap on a header:
 * Cloudflare joins the values of every matching rule, so a page policy under `/*` would
 * also forbid framing the embeds.
 */
export function headersFileText(entries: readonly TopEntry[]): string {
  const rule = (pattern: string, headers: Record<string, string>) => [withBase(pattern), ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`), ''];
  // The search index is written after Astro, by Pagefind (scripts/build.ts).
  const perEntry = [...entries, { name: 'pagefind', folder: true }]
    .filter((e, i, all) => e.name !== '_headers' && all.findIndex((x) => x.name === e.name) === i)
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) =>
      rule(e.folder ? `/${e.name}/*` : `/${e.name}`, {
        // Embeds are made to be framed by other sites.
        'Content-Security-Policy': policyToHeader(e.name === 'embed' ? POLICIES.embed : POLICIES.page),
        // Hashed build assets never change; everything else may.
        'Cache-Control': e.name === '_astro' ? 'public, max-age=31536000, immutable' : SHORT_CACHE,
      }),
    );
  return [
    '# Response headers for hosts that read a _headers file (Cloudflare Pages, Netlify).',
    '# Written by the build from src/lib/site/csp.ts; for other hosts set the same headers there (README “部署”).',
    '# Every HTML page also carries its policy in a <meta> tag, for hosts that send none (GitHub Pages).',
    ...rule('/*', {
      'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
    }),
    ...rule('/', { 'Content-Security-Policy': policyToHeader(POLICIES.page), 'Cache-Control': SHORT_CACHE }),
    ...perEntry,
  ].join('\n');
}

/** Astro integration: writes `_headers` into the built site, from what the build wrote there. */
export function headersFile(): AstroIntegration {
  return {
    name: 'zq-headers-file',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const entries = readdirSync(fileURLToPath(dir), { withFileTypes: true }).map((e) => ({ name: e.name, folder: e.isDirectory() }));
        writeFileSync(new URL('_headers', dir), headersFileText(entries));
      },
    },
  };
}
