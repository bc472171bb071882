import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { removeOnExit } from './temp.ts';
import { join } from 'node:path';

// What .gitignore leaves out, for a checkout without .git (a downloaded archive).
const IGNORED = /^(\.git|node_modules|dist|\.astro|test-results|\.tmp|\.stryker-tmp|reports)$|\.log$/;

/** Files under `dir` but the ignored ones, when git cannot list them. */
function treeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !IGNORED.test(e.name))
    .flatMap((e) => (e.isDirectory() ? treeFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/**
 * This repository's committed files copied into a temporary folder, sharing
 * node_modules, for tests that change data and rebuild without touching the real tree.
 */
export function copyRepo() {
  const root = mkdtempSync(join(tmpdir(), 'zq-build-'));
  removeOnExit(root);
  // Git lists the committed files only at the top of a work tree: Stryker's sandbox is an
  // untracked folder inside one, where `git ls-files` succeeds and lists nothing.
  const atTop = spawnSync('git', ['rev-parse', '--show-prefix'], { encoding: 'utf8' });
  const listed = atTop.status === 0 && atTop.stdout.trim() === '' ? spawnSync('git', ['ls-files', '-z'], { encoding: 'utf8' }) : undefined;
  const files = listed?.status === 0 ? listed.stdout.split('\0').filter(Boolean) : treeFiles('.');
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
