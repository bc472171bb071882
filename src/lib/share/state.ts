/**
 * The share cards of one build, shared by the pages that start them (bundled by Vite) and
 * the integration that writes them into dist/ (loaded with astro.config.mjs): two copies of
 * this module in one process, so the state lives on globalThis.
 */
import type { ShareCard } from './card-svg.ts';

export interface ShareCardState {
  /** Each card by key ('site', 'data/<id>', 'charts/<chart id>', 'figures/<dataset>/<key>'). */
  cards: Map<string, ShareCard>;
  /** The drawn file of each card started so far. */
  drawn: Map<string, Promise<string>>;
}

const KEY = Symbol.for('zq-open-data.share-cards');

export function shareCardState(): ShareCardState {
  const store = globalThis as unknown as Record<symbol, ShareCardState | undefined>;
  return (store[KEY] ??= { cards: new Map(), drawn: new Map() });
}
