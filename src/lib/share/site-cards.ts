/**
 * The share cards of this build. A page asks for its card when it is rendered, which
 * starts drawing it in a worker; the /share/ endpoint later writes the drawn file. So
 * cards are drawn while Astro renders other pages, and only cards of pages that exist.
 */
import { readFile } from 'node:fs/promises';
import { getPublishedArticles } from '../content/published.ts';
import { getCatalog } from '../datasets/index.ts';
import type { Dataset } from '../datasets/load.ts';
import { getCounties } from '../map/site-map.ts';
import { paths } from '../site/urls.ts';
import type { ShareCard } from './card-svg.ts';
import { articleToCard, cardToAlt, datasetToCard, siteToCard } from './cards.ts';
import { createCardRenderer } from './render.ts';
import type { ArticleData } from '../content/article-schema.ts';

/** What a page puts in its sharing tags. */
export interface ShareImage {
  /** Site path of the PNG (1200 × 630). */
  path: string;
  alt: string;
}

let renderer: ReturnType<typeof createCardRenderer> | undefined;
const started = new Map<string, Promise<string>>();

/** Starts drawing a card once per key; the promise is kept, so a failure surfaces where the file is written. */
function start(key: string, card: ShareCard): ShareImage {
  if (!started.has(key)) {
    // SHARE_CARD_CACHE=0 draws every card (for measuring); otherwise a card drawn by an earlier build is reused.
    renderer ??= createCardRenderer({ reuse: process.env.SHARE_CARD_CACHE !== '0' });
    const png = renderer.render(card);
    png.catch(() => undefined);
    started.set(key, png);
  }
  return { path: paths.shareImage(key), alt: cardToAlt(card) };
}

export const siteShare = () => start('site', siteToCard());
export const datasetShare = (dataset: Dataset) => start(`data/${dataset.id}`, datasetToCard(dataset));
export const articleShare = (article: { id: string; data: ArticleData; body?: string }) =>
  start(`articles/${article.id}`, articleToCard(article, getCatalog(), getCounties()));

/** Every card key of this build: the site, each dataset, each published article. */
export async function shareCardKeys(): Promise<string[]> {
  const articles = await getPublishedArticles();
  for (const a of articles) articleShare(a);
  for (const d of getCatalog().datasets) datasetShare(d);
  siteShare();
  return [...started.keys()];
}

/** The PNG of a card started by shareCardKeys() or a page. */
export async function sharePng(key: string): Promise<Uint8Array<ArrayBuffer>> {
  const file = started.get(key);
  if (!file) throw new Error(`没有分享卡片 ${key}`);
  return new Uint8Array(await readFile(await file)) as Uint8Array<ArrayBuffer>;
}
