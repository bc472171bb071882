import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { removeOnExit } from './temp.ts';
import { join } from 'node:path';

/**
 * This repository's committed files copied into a temporary folder, sharing
 * node_modules, for tests that change data and rebuild without touching the real tree.
 */
export function copyRepo() {
  const root = mkdtempSync(join(tmpdir(), 'zq-build-'));
  removeOnExit(root);
  const files = spawnSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const file of files) cpSync(file, join(root, file));
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
  const run = (command: string, args: string[], env: Record<string, string> = {}) =>
    spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  return {
    root,
    read: (file: string) => readFileSync(join(root, file), 'utf8'),
    write: (file: string, text: string) => writeFileSync(join(root, file), text),
    run,
  };
}
