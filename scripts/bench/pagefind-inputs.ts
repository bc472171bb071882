/**
 * What makes Pagefind slow: `node scripts/bench/pagefind-inputs.ts [case]` indexes 200
 * ordinary Chinese pages (about 600 characters each) plus one page of the given shape and
 * prints Pagefind's wall time, peak memory and index size. The limits in
 * src/lib/search/index-limits.ts come from these figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WORDS = ['工会', '职工', '困难职工', '帮扶', '劳模', '工匠', '工会林', '植树', '乡村', '企业', '培训', '会员', '技能竞赛'];
let seed = 1;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
/** Chinese text of about `chars` characters, a full stop every ten words or so. */
const zh = (chars: number, stops = true) => {
  let s = '';
  while (s.length < chars) s += WORDS[Math.floor(rnd() * WORDS.length)]! + (stops && rnd() < 0.1 ? '。' : '');
  return s;
};
const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body><main data-pagefind-body><h1>标题</h1><p>${body}</p></main></body></html>`;
const bytes = (dir: string): number => readdirSync(dir, { withFileTypes: true }).reduce((a, e) => a + (e.isDirectory() ? bytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);

const CASES: Record<string, () => string | undefined> = {
  'baseline (200 pages)': () => undefined,
  'article of 100,000 characters': () => zh(100_000),
  'article of 1 MB': () => zh(330_000),
  'article of 5 MB': () => zh(1_650_000),
  'Han run of 1,000 characters': () => zh(1_000, false),
  'Han run of 30,000 characters': () => zh(30_000, false),
  'Han run of 100,000 characters': () => zh(100_000, false),
  'one character repeated 330,000 times': () => '工'.repeat(330_000),
  'one Latin token of 1 MB': () => 'a'.repeat(1_000_000),
  'one digit token of 1 MB': () => Array.from({ length: 1_000_000 }, () => String(Math.floor(rnd() * 10))).join(''),
  '100,000 distinct numbers': () => Array.from({ length: 100_000 }, (_, i) => String(1_000_000 + i * 7)).join(' '),
  '100,000 distinct Latin words': () => Array.from({ length: 100_000 }, (_, i) => `w${i.toString(36)}x`).join(' '),
};

const only = process.argv[2];
for (const [name, make] of Object.entries(CASES)) {
  if (only && !name.includes(only)) continue;
  const site = mkdtempSync(join(tmpdir(), 'zq-pagefind-'));
  try {
    for (let i = 0; i < 200; i++) {
      mkdirSync(join(site, `p${i}`));
      writeFileSync(join(site, `p${i}`, 'index.html'), page(zh(600)));
    }
    const extra = make();
    if (extra !== undefined) {
      mkdirSync(join(site, 'x'));
      writeFileSync(join(site, 'x', 'index.html'), page(extra));
    }
    const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, 'node_modules/pagefind/lib/runner/bin.cjs', '--site', site, '--silent'], { encoding: 'utf8' });
    const [seconds = '?', kb = '0'] = run.stderr.trim().split('\n').at(-1)!.split(' ');
    console.log(`${name.padEnd(40)} ${seconds} s, peak ${(Number(kb) / 1024).toFixed(0)} MB, index ${(bytes(join(site, 'pagefind')) / 1024).toFixed(0)} KB`);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}
