/**
 * Writes the share cards into dist/share/ when Astro has built the pages: each page started
 * drawing its card while it rendered (site-cards.ts), so by then most are drawn. The files are
 * hard links to the card cache (no copy, no Astro route per card: ~4 ms of CPU a card saved).
 */
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { shareCardState } from './state.ts';

/** Puts every drawn card of this build at dist/share/<key>.png; a card that failed stops the build. */
export async function writeShareCards(dist: string): Promise<number> {
  const { drawn } = shareCardState();
  for (const [key, file] of drawn) {
    const target = join(dist, 'share', `${key}.png`);
    mkdirSync(dirname(target), { recursive: true });
    rmSync(target, { force: true });
    const source = await file;
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target); // the cache on another file system
    }
  }
  return drawn.size;
}

export function shareCards(): AstroIntegration {
  return {
    name: 'zq-share-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const count = await writeShareCards(fileURLToPath(dir));
        const stats = shareCardState().stats;
        // scripts/bench/astro-log.ts reads this line.
        logger.info(`${count} 张分享卡片${stats ? `（新画 ${stats.drawn} 张，工作线程 CPU ${(stats.workerCpuMs / 1000).toFixed(1)} s）` : ''}`);
      },
    },
  };
}
