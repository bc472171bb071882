import type { VersionDiff } from './diff.ts';

/** Semver `a.b.c` → comparable tuple. Validated strings only (see ReleaseSchema). */
function parts(version: string): [number, number, number] {
  const [a = 0, b = 0, c = 0] = version.split('.').map(Number);
  return [a, b, c];
}

/** Negative when a < b, positive when a > b, 0 when equal. */
export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
}

export const BUMPS = ['major', 'minor', 'patch'] as const;
export type Bump = (typeof BUMPS)[number];

/**
 * The version after `current` for a bump; the first release is always 1.0.0.
 * @example nextVersion('1.2.3', 'minor') // "1.3.0"
 */
export function nextVersion(current: string | undefined, bump: Bump): string {
  if (current === undefined) return '1.0.0';
  const [major, minor, patch] = parts(current);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/**
 * The smallest version bump a change needs, by the Frictionless rule: a change of
 * fields or removed rows breaks users (major); added rows extend (minor); corrected
 * values fix (patch). `undefined` when nothing changed.
 */
export function requiredBump(diff: VersionDiff): Bump | undefined {
  if (diff.fieldsAdded.length > 0 || diff.fieldsRemoved.length > 0 || diff.removed.length > 0) return 'major';
  if (diff.added.length > 0) return 'minor';
  if (diff.changed.length > 0) return 'patch';
  return undefined;
}

const ORDER: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

/** True when `chosen` is at least as large as `needed`. */
export function bumpCovers(chosen: Bump, needed: Bump): boolean {
  return ORDER[chosen] >= ORDER[needed];
}
