/**
 * The Content-Security-Policy, in one place. Each page carries it in a
 * `<meta http-equiv="Content-Security-Policy">` (HeadMeta.astro), so a host that ignores
 * `_headers` (GitHub Pages) still enforces it; `_headers` (headers-file.ts) sends the
 * whole policy, including what a meta tag cannot carry, to hosts that read it.
 */

/** A policy: directive → sources. */
export type Policy = Readonly<Record<string, string>>;

const SHARED: Policy = {
  'default-src': "'self'",
  // No inline script, no eval, no WebAssembly: every script is a file from this site.
  'script-src': "'self'",
  // Astro writes scoped style attributes; styles cannot run code.
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'object-src': "'none'",
  'base-uri': "'self'",
};

export const POLICIES = {
  /** Every page but the embeds: framed by this site only. */
  page: { ...SHARED, 'connect-src': "'self'", 'font-src': "'self'", 'form-action': "'self'", 'frame-ancestors': "'self'" },
  /** Chart embeds (/embed/…/) are made to be framed by other sites. */
  embed: { ...SHARED, 'frame-ancestors': '*' },
} as const satisfies Record<string, Policy>;

export type PolicyName = keyof typeof POLICIES;

/** Directives browsers ignore in a meta tag (CSP Level 3, §3.3): they live in `_headers` only. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/**
 * A policy as a header value.
 * @example policyToHeader({ 'default-src': "'self'" }) // "default-src 'self'"
 */
export function policyToHeader(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');
}

/** A policy as the content of a `<meta http-equiv="Content-Security-Policy">`: what a meta tag can carry. */
export function policyToMeta(policy: Policy): string {
  return policyToHeader(Object.fromEntries(Object.entries(policy).filter(([directive]) => !HEADER_ONLY.has(directive))));
}
