import { rmSync } from 'node:fs';
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
