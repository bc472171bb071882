import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// npm 11.19 writes lockfiles without other platforms' optional packages, and `npm ci`
// then fails on a fresh machine ("Missing: @pagefind/darwin-arm64 from lock file").
// `npm run lock` (npm 10) writes a complete one; this guards against a regression.
describe('package-lock.json', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, unknown> };
  it.each(['@pagefind/darwin-arm64', '@pagefind/linux-x64', '@bruits/satteri-darwin-arm64', '@bruits/satteri-linux-x64-gnu'])(
    'records the optional platform package %s',
    (name) => expect(lock.packages).toHaveProperty([`node_modules/${name}`]),
  );
});
