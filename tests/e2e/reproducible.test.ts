import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRepo } from '../helpers/repo-copy.ts';

function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('reproducible builds', () => {
  it('building the same commit twice with the same as-of date gives byte-identical dist/', () => {
    const repo = copyRepo();
    const env = { SITE_AS_OF: '2026-11-24' };
    expect(repo.run('npm', ['run', 'build'], env).status).toBe(0);
    renameSync(join(repo.root, 'dist'), join(repo.root, 'dist-first'));
    // The second build draws every share card afresh: a card reused from the cache must be byte-identical.
    expect(repo.run('npm', ['run', 'build'], { ...env, SHARE_CARD_CACHE: '0' }).status).toBe(0);
    const first = digest(join(repo.root, 'dist-first'));
    const second = digest(join(repo.root, 'dist'));
    const differing = [...new Set([...first.keys(), ...second.keys()])].filter((f) => first.get(f) !== second.get(f));
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(50);
  });
});
