/**
 * Worker thread that draws share cards: layout (fontkit outlines) and rasterising (resvg)
 * both happen here, so the build's main thread keeps rendering pages meanwhile.
 * Started by render.ts; receives { id, card }, answers { id, png } or { id, error }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { shareCardToSvg, type ShareCard } from './card-svg.ts';
import { loadGlyphFont, type Weight } from '../charts/fonts.ts';

const files = (workerData as { files: Record<Weight, string> }).files;
const font = loadGlyphFont(files);

parentPort?.on('message', ({ id, card }: { id: number; card: ShareCard }) => {
  // This thread's CPU time for the card, for npm run bench (wall time on a busy machine says little).
  const cpu = process.threadCpuUsage();
  try {
    const svg = shareCardToSvg(card, font);
    // Card and chart text are outlines: only text those cannot take needs the font files.
    const fonts = svg.includes('<text') ? { loadSystemFonts: false, fontFiles: [files.regular, files.bold], defaultFontFamily: 'Noto Sans CJK SC' } : { loadSystemFonts: false };
    const png = new Uint8Array(new Resvg(svg, { font: fonts }).render().asPng());
    const { user, system } = process.threadCpuUsage(cpu);
    parentPort?.postMessage({ id, png, cpuMs: (user + system) / 1000 }, [png.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
