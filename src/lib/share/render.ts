/**
 * Share cards as PNG, drawn in worker threads (card-worker.ts) and cached on disk by
 * content hash between builds. The key covers everything the bytes depend on — the card,
 * the source of the drawing code, the resvg and fontkit versions and the font files — so
 * a cached card is byte-for-byte the card a fresh build would draw (tests/e2e/reproducible.test.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from './card-svg.ts';
import { fontIdentity, cjkFontFiles } from '../charts/fonts.ts';

const SOURCES = ['src/lib/share/card-svg.ts', 'src/lib/charts/fonts.ts', 'src/lib/share/card-worker.ts', 'src/lib/charts/png.ts', 'src/lib/charts/text-outlines.ts'];
const PACKAGES = ['@resvg/resvg-js', 'fontkit'];

export interface CardRendererOptions {
  /** Repository root: where the drawing code and node_modules are. */
  root?: string;
  /** Where drawn cards are written, named by content hash. */
  cacheDir?: string;
  /** false: draw every card, even when the folder has it (for measuring). */
  reuse?: boolean;
  workers?: number;
}

/** What, besides the card, decides a card's bytes. */
function rendererIdentity(root: string, fonts: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const file of SOURCES) hash.update(readFileSync(join(root, file)));
  for (const name of PACKAGES) hash.update((JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version);
  hash.update(fontIdentity(fonts as never));
  return hash.digest('hex');
}

/**
 * A renderer: `render(card)` gives the file of the card's PNG, from the cache or drawn by a
 * worker (files, not bytes: 10,000 cards in memory would be ~400 MB).
 * Cards asked for at once are drawn side by side; idle workers do not keep the process alive.
 */
export function createCardRenderer({ root = process.cwd(), cacheDir = join(root, 'node_modules/.cache/zq-share-cards'), reuse = true, workers = Math.min(4, Math.max(1, availableParallelism() - 1)) }: CardRendererOptions = {}) {
  const files = cjkFontFiles();
  const identity = rendererIdentity(root, files);
  const pool: { worker: Worker; busy: number }[] = [];
  const pending = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();
  let next = 0;
  /** Cards drawn and reused, and the drawing threads' CPU time (ms). */
  const stats = { drawn: 0, cached: 0, workerCpuMs: 0 };

  /** A worker of the pool, started once; it keeps the process alive only while it has cards to draw. */
  function slot(id: number) {
    const index = id % workers;
    if (!pool[index]) {
      const entry = { worker: new Worker(join(root, 'src/lib/share/card-worker.ts'), { workerData: { files } }), busy: 0 };
      entry.worker.on('message', ({ id: done, png, error, cpuMs = 0 }: { id: number; png?: Uint8Array; error?: string; cpuMs?: number }) => {
        stats.workerCpuMs += cpuMs;
        const job = pending.get(done);
        pending.delete(done);
        if (png) job?.resolve(png);
        else job?.reject(new Error(`分享卡片绘制失败：${error}`));
        // Idle, it is kept for the next card (starting one costs fonts and modules) but lets the build exit.
        if (--entry.busy === 0) entry.worker.unref();
      });
      entry.worker.on('error', (error) => {
        for (const job of pending.values()) job.reject(error);
        pending.clear();
        close();
      });
      pool[index] = entry;
    }
    return pool[index];
  }
  function close() {
    for (const { worker } of pool.splice(0)) void worker.terminate();
  }

  function draw(card: ShareCard): Promise<Uint8Array> {
    const id = next++;
    const entry = slot(id);
    if (entry.busy++ === 0) entry.worker.ref();
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      entry.worker.postMessage({ id, card });
    });
  }

  async function render(card: ShareCard): Promise<string> {
    const key = createHash('sha256').update(identity).update(JSON.stringify(card)).digest('hex');
    const file = join(cacheDir, `${key}.png`);
    // Cards are written whole and renamed into place, so an existing file is a complete card.
    if (reuse && existsSync(file) && statSync(file).size > 0) {
      stats.cached++;
      return file;
    }
    const png = await draw(card);
    stats.drawn++;
    mkdirSync(cacheDir, { recursive: true });
    // Written whole, then renamed: a build that stops half-way never leaves a broken card.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return file;
  }

  return { render, stats, close };
}
