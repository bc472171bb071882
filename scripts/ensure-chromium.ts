/**
 * Browser and standards tests use real programs from Debian: Chromium (Playwright's own
 * browser download does not work on these machines) with CJK fonts, xmllint (RELAX NG
 * validation of the Atom feed) and Python's feedparser (how feed readers parse our feeds).
 * Installs what is missing, when we may (root with apt-get).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../tests/helpers/browser.ts';
import { FEEDPARSER_PYTHON, XMLLINT } from '../tests/helpers/feed-tools.ts';

const feedparser = () => spawnSync(FEEDPARSER_PYTHON, ['-c', 'import feedparser'], { stdio: 'ignore' }).status === 0;
const needed = [
  ...(existsSync(CHROMIUM) ? [] : ['chromium', 'fonts-noto-cjk']),
  ...(existsSync(XMLLINT) ? [] : ['libxml2-utils']),
  ...(feedparser() ? [] : ['python3-feedparser']),
];
if (needed.length === 0) process.exit(0);
const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
  console.error(`测试需要以下 Debian 软件包：${needed.join(' ')}。请安装：sudo apt-get install -y ${needed.join(' ')}（Chromium 也可用 CHROMIUM_PATH 指定路径）。`);
  process.exit(1);
}
console.log(`安装测试所需的软件包（apt-get）：${needed.join(' ')}…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...needed]]) {
  const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
