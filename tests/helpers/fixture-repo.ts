import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { removeOnExit } from './temp.ts';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** A fresh copy of tests/fixtures/repo in a temporary folder, to break on purpose. */
export function copyFixtureRepo(): { root: string; read: (file: string) => string; write: (file: string, text: string | Uint8Array) => void } {
  const root = mkdtempSync(join(tmpdir(), 'zq-repo-'));
  removeOnExit(root);
  cpSync(join(FIXTURES, 'repo'), root, { recursive: true });
  return {
    root,
    read: (file) => readFileSync(join(root, file), 'utf8'),
    write: (file, text) => writeFileSync(join(root, file), text),
  };
}

/** Bytes of a file under tests/fixtures/. */
export function fixtureBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, file)));
}
