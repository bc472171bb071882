/**
 * Chart PNGs are drawn at build time and need a Chinese font. Installs Debian's
 * fonts-noto-cjk when no Noto CJK font is present and we may (root with apt-get);
 * otherwise stops the build with what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts', `${process.env.HOME ?? ''}/.local/share/fonts`];

function hasCjkFont(): boolean {
  const walk = (dir: string): boolean =>
    existsSync(dir) &&
    readdirSync(dir, { withFileTypes: true }).some((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /NotoSansCJK/i.test(e.name)));
  return FONT_DIRS.some(walk);
}

if (hasCjkFont()) process.exit(0);
if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
  console.error('构建图表 PNG 需要中文字体：请安装 fonts-noto-cjk（Debian/Ubuntu：sudo apt-get install -y fonts-noto-cjk）。');
  process.exit(1);
}
console.log('安装中文字体 fonts-noto-cjk（apt-get）…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'fonts-noto-cjk']]) {
  const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
