import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { FIXTURES } from './fixture-repo.ts';

/**
 * Whether this run rewrites the golden files. Never in CI (`CI` set): there a rewritten file
 * would make the comparison pass by definition, so the switch is refused, not ignored.
 */
export function goldenUpdateRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  if (!env.UPDATE_GOLDEN) return false;
  if (env.CI) throw new Error('UPDATE_GOLDEN is set in CI: golden files are regenerated on purpose on a developer machine only, then reviewed in the diff');
  return true;
}

/**
 * Compares with tests/fixtures/golden/<name>.svg. Regenerate on purpose only:
 * UPDATE_GOLDEN=1 npm run test:unit, then review the SVGs in the diff.
 */
export function expectGolden(name: string, svg: string): void {
  const file = join(FIXTURES, 'golden', `${name}.svg`);
  if (goldenUpdateRequested()) writeFileSync(file, `${svg}\n`);
  expect(existsSync(file), `golden file ${file} is missing: run UPDATE_GOLDEN=1 npm run test:unit`).toBe(true);
  expect(`${svg}\n`).toBe(readFileSync(file, 'utf8'));
}
