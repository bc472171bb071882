/**
 * npm run bench:history: how long the release history check (src/lib/datasets/git-history.ts)
 * takes on this repository and on a synthetic repository of BENCH_HISTORY_DATASETS
 * (default 200) datasets with BENCH_HISTORY_RELEASES (default 5) releases each, one commit
 * per release, between BENCH_HISTORY_OTHER (default 2,000) commits that touch no data.
 * Times in this process, git included: the first run, then the median of 5 more.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Hex } from '../../src/lib/datasets/checksum.ts';
import { readReleaseHistory, releaseHistoryProblems } from '../../src/lib/datasets/git-history.ts';

const DATASETS = Number(process.env.BENCH_HISTORY_DATASETS ?? 200);
const RELEASES = Number(process.env.BENCH_HISTORY_RELEASES ?? 5);
const OTHER = Number(process.env.BENCH_HISTORY_OTHER ?? 2000);

/** A git fast-import stream: one commit per release (CSV and releases.yaml), others in between. */
function historyStream(): string {
  const out: string[] = [];
  const records = new Map<string, string>();
  let mark = 0;
  let time = 1_700_000_000;
  const commit = (message: string, files: Record<string, string>) => {
    mark += 1;
    time += 60;
    out.push(`commit refs/heads/main\nmark :${mark}\ncommitter Bench <bench@example.org> ${time} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`);
    if (mark > 1) out.push(`from :${mark - 1}\n`);
    for (const [path, text] of Object.entries(files)) out.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`);
  };
  const total = DATASETS * RELEASES;
  for (let n = 0; n < total; n++) {
    const id = `bench-${String(n % DATASETS).padStart(3, '0')}`;
    const version = `1.${Math.floor(n / DATASETS)}.0`;
    const csv = `key,value\nr1,${n}\nr2,${n * 7}\n`;
    const record = `- version: ${version}\n  date: 2026-11-24\n  note: 第 ${n} 次发布\n  sha256: ${sha256Hex(new TextEncoder().encode(csv))}\n  bytes: ${Buffer.byteLength(csv)}\n`;
    records.set(id, (records.get(id) ?? '') + record);
    commit(`release ${id} ${version}`, { [`data/${id}/versions/${version}.csv`]: csv, [`data/${id}/releases.yaml`]: records.get(id)!, [`data/${id}/data.csv`]: csv });
    for (let k = 0; k < OTHER / total; k++) commit(`article ${n}-${k}`, { [`content/articles/a-${n}-${k}.mdx`]: `第 ${n} 篇\n` });
  }
  return out.join('');
}

/** The first run (as validation runs it, once per process), then the median of 5 more. */
function time(label: string, root: string): void {
  const runs: number[] = [];
  let problems = 0;
  for (let i = 0; i < 6; i++) {
    const start = performance.now();
    problems = releaseHistoryProblems(root, { require: true }).length;
    runs.push(performance.now() - start);
  }
  const [first, ...rest] = runs;
  rest.sort((a, b) => a - b);
  const access = readReleaseHistory(root);
  const files = 'history' in access ? access.history.additions.size : 0;
  console.log(`${label}: ${files} 个已发布文件，首次 ${first!.toFixed(0)} ms，之后中位数 ${rest[2]!.toFixed(0)} ms（${rest[0]!.toFixed(0)}–${rest.at(-1)!.toFixed(0)} ms），${problems} 个问题`);
}

time('本仓库', process.cwd());

const root = mkdtempSync(join(tmpdir(), 'zq-history-'));
try {
  spawnSync('git', ['init', '-q', '-b', 'main', root]);
  spawnSync('git', ['fast-import', '--quiet'], { cwd: root, input: historyStream() });
  spawnSync('git', ['checkout', '-q', '-f', 'main'], { cwd: root });
  const commits = spawnSync('git', ['rev-list', '--count', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  time(`合成仓库（${DATASETS} 个数据集 × ${RELEASES} 次发布，${commits} 个提交）`, root);
} finally {
  rmSync(root, { recursive: true, force: true });
}
