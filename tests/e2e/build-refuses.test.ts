import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A copy of this repository's committed files in a temporary folder, sharing node_modules. */
function copyRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'zq-build-'));
  const files = spawnSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const file of files) cpSync(file, join(root, file));
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
  return root;
}

describe('npm run build with a broken dataset', () => {
  it('stops before Astro, names the file and line, and leaves no dist/', () => {
    const root = copyRepo();
    const csv = join(root, 'data/union-forests/data.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace(',35,', ',三十五,'));
    const run = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('data/union-forests/data.csv:3 [CSV-TYPE] value：不是数字');
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});
