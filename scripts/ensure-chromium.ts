/**
 * Browser tests drive Debian's Chromium (Playwright's own browser download does not
 * work on these machines). Installs it, with CJK fonts, when it is missing and we may.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../tests/helpers/browser.ts';

if (existsSync(CHROMIUM)) process.exit(0);
const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
  console.error(`找不到 Chromium（${CHROMIUM}）。请安装：sudo apt-get install -y chromium fonts-noto-cjk，或用 CHROMIUM_PATH 指定路径。`);
  process.exit(1);
}
console.log('安装 Chromium 和中文字体（apt-get）…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk']]) {
  const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
