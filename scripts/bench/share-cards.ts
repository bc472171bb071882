/**
 * Share-card cost: N distinct article cards (title, headline figure, caption) drawn by the
 * build's renderer with no reuse, as a build without a cache draws them. Prints milliseconds
 * per card: CPU time in the drawing threads and on the main thread (robust on a busy machine),
 * and wall time with the workers drawing side by side.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCardRenderer } from '../../src/lib/share/render.ts';

export async function benchShareCards(n: number, workers?: number) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'zq-card-bench-'));
  try {
    const renderer = createCardRenderer({ cacheDir, reuse: false, ...(workers ? { workers } : {}) });
    // A warm-up card: starting the workers and loading the fonts is paid once per build.
    const warm = performance.now();
    await renderer.render({ kicker: '文章', title: '预热', text: '预热', site: '肇庆工会开放数据', host: 'example.org' });
    const startup = performance.now() - warm;
    const workerCpu = renderer.stats.workerCpuMs;
    const mainCpu = process.threadCpuUsage();
    const start = performance.now();
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        renderer.render({
          kicker: `文章 · 动态 · 2026年11月${(i % 28) + 1}日`,
          title: `肇庆市各级工会建设工会林、开展困难职工帮扶的进展（第${i + 1}篇）`,
          figure: { value: `近${1000 + i}万元`, caption: '市总工会投入困难职工帮扶资金 · 近年来' },
          site: '肇庆工会开放数据',
          host: 'zq-union-data.example',
        }),
      ),
    );
    const wall = performance.now() - start;
    const { user, system } = process.threadCpuUsage(mainCpu);
    return {
      startupMs: startup,
      wallMsPerCard: wall / n,
      workerCpuMsPerCard: (renderer.stats.workerCpuMs - workerCpu) / n,
      mainCpuMsPerCard: (user + system) / 1000 / n,
    };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const n = Number(process.argv[2] ?? 200);
  for (const workers of [1, 2]) {
    const r = await benchShareCards(n, workers);
    console.log(`${n} cards, ${workers} worker(s): ${r.workerCpuMsPerCard.toFixed(1)} ms CPU a card in the workers, ${r.mainCpuMsPerCard.toFixed(2)} ms on the main thread; ${r.wallMsPerCard.toFixed(1)} ms/card wall; start-up ${r.startupMs.toFixed(0)} ms`);
  }
}
