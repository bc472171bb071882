/**
 * The hostile-input suite: each folder of tests/fixtures/hostile/ is one attack or
 * careless mistake (case.yaml says which and what the report must say; files/ is laid
 * over a copy of tests/fixtures/repo). Validation must report it in Chinese with file,
 * line and code, and no payload may have run. The build-level side (npm run build
 * refuses, no dist/, the Astro build alone refuses) is in tests/e2e/hostile-build.test.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { problemsToReport } from '../../src/lib/problems.ts';
import { validateProject } from '../../src/lib/validate.ts';
import { FIXTURES, copyFixtureRepo } from '../helpers/fixture-repo.ts';

interface HostileCase {
  class: string;
  about: string;
  expect: { code: string; file: string; line?: number }[];
  symlinks?: { path: string; target: string }[];
  remove?: string[];
  folders?: string[];
  create?: { path: string; text: string }[];
}

const HOSTILE = join(FIXTURES, 'hostile');
const CASES = readdirSync(HOSTILE).sort();
const MARKER = join(tmpdir(), `zq-hostile-marker-${process.pid}`);

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, join(prefix, e.name)) : [join(prefix, e.name)],
  );
}

/** A copy of the fixture repository with the case applied; payloads point at MARKER. */
export function applyCase(name: string): { root: string; spec: HostileCase } {
  const spec = parse(readFileSync(join(HOSTILE, name, 'case.yaml'), 'utf8')) as HostileCase;
  const repo = copyFixtureRepo();
  for (const path of spec.remove ?? []) rmSync(join(repo.root, path), { recursive: true });
  for (const path of spec.folders ?? []) mkdirSync(join(repo.root, path), { recursive: true });
  const files = join(HOSTILE, name, 'files');
  for (const file of existsSync(files) ? listFiles(files) : []) {
    const bytes = readFileSync(join(files, file));
    const text = bytes.toString('utf8');
    mkdirSync(dirname(join(repo.root, file)), { recursive: true });
    writeFileSync(join(repo.root, file), text.includes('__MARKER__') ? text.replaceAll('__MARKER__', MARKER) : bytes);
  }
  for (const { path, text } of spec.create ?? []) {
    mkdirSync(dirname(join(repo.root, path)), { recursive: true });
    writeFileSync(join(repo.root, path), text);
  }
  for (const { path, target } of spec.symlinks ?? []) {
    mkdirSync(dirname(join(repo.root, path)), { recursive: true });
    symlinkSync(target, join(repo.root, path));
  }
  return { root: repo.root, spec };
}

describe('hostile and careless inputs (tests/fixtures/hostile/)', () => {
  it('has a case for every class of issue #12 that validation guards', () => {
    const classes = new Set(CASES.map((name) => (parse(readFileSync(join(HOSTILE, name, 'case.yaml'), 'utf8')) as HostileCase).class));
    expect([...classes].sort()).toEqual(['clean-text', 'crash', 'one-parse', 'outside', 'personal-data']);
  });

  it.each(CASES)('%s: refused with a Chinese report naming file, line and code; no payload ran', async (name) => {
    rmSync(MARKER, { force: true });
    const { root, spec } = applyCase(name);
    const { problems } = await validateProject(root);
    for (const wanted of spec.expect) {
      expect(problems, problemsToReport(problems)).toContainEqual(expect.objectContaining(wanted.line === undefined ? { code: wanted.code, file: wanted.file } : wanted));
    }
    const report = problemsToReport(problems);
    expect(report).toMatch(/共发现 \d+ 个问题。$/);
    expect(report).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(existsSync(MARKER)).toBe(false);
  });
});
