import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUALIFIER_IDS } from '../../src/lib/format/qualifiers.ts';
import { UNIT_IDS } from '../../src/lib/format/units.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.(ts|astro)$/.test(name) ? [full] : [];
  });
}

describe('docs/editor-guide.md', () => {
  const guide = readFileSync('docs/editor-guide.md', 'utf8');
  const codes = new Set(sources('src').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'((?:ARTICLE|CHECK|CSV|DATASET|DISAGREEMENT|FIGURE|FILE|META|PII|PLACE|PLOT|RELEASE|SEARCH|SOURCE|TARGET|TEXT|YAML)-[A-Z0-9-]+)'/g)].map((m) => m[1]!)));
  it('lists every error code validation can report', () => {
    expect(codes.size).toBeGreaterThan(40);
    expect([...codes].filter((code) => !guide.includes(`\`${code}\``)).sort()).toEqual([]);
  });
  it('lists every qualifier and unit code an editor can choose', () => {
    expect([...QUALIFIER_IDS, ...UNIT_IDS].filter((id) => !guide.includes(`\`${id}\``))).toEqual([]);
  });
});
