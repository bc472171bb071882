import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const folders: string[] = [];

// Registered when a test file first imports this module: its temporary folders go
// when that file's tests are done, whatever the outcome.
afterAll(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Deletes a temporary folder after the current test file. */
export function removeOnExit(dir: string): void {
  folders.push(dir);
}

/** A fresh temporary folder (removed after the test file) holding the given files, text or bytes. */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'zq-tree-'));
  removeOnExit(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
