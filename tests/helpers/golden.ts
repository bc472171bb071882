import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { FIXTURES } from './fixture-repo.ts';

/**
 * Compares with tests/fixtures/golden/<name>.svg. Regenerate on purpose only:
 * UPDATE_GOLDEN=1 npm run test:unit, then review the SVGs in the diff.
 */
export function expectGolden(name: string, svg: string): void {
  const file = join(FIXTURES, 'golden', `${name}.svg`);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, `${svg}\n`);
  expect(existsSync(file), `golden file ${file} is missing: run UPDATE_GOLDEN=1 npm run test:unit`).toBe(true);
  expect(`${svg}\n`).toBe(readFileSync(file, 'utf8'));
}
