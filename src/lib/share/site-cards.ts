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
const cards = new Map<string, ShareCard>();
const drawn = new Map<string, Promise<string>>();

/** The card's file, drawing it on first request (SHARE_CARD_CACHE=0: never reuse an earlier build's file). */
function draw(key: string): Promise<string> {
  let file = drawn.get(key);
  if (!file) {
    const card = cards.get(key);
    if (!card) throw new Error(`没有分享卡片 ${key}`);
    renderer ??= createCardRenderer({ reuse: process.env.SHARE_CARD_CACHE !== '0' });
    file = renderer.render(card);
    // A failure surfaces where the file is written (the /share/ endpoint), which then tries again.
    file.catch(() => drawn.delete(key));
    drawn.set(key, file);
  }
  return file;
}

/**
 * A page's card: its path and alt text at once, and the drawing started in a worker. Where
 * the CJK font is missing (an editor's `npm run dev` on a laptop) the page still renders;
 * only the card's image then fails, with the reason.
 */
function start(key: string, card: ShareCard): ShareImage {
  if (!cards.has(key)) {
    cards.set(key, card);
    try {
      draw(key);
    } catch {
      // No font: the /share/ endpoint reports it when the image is asked for.
    }
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
  return [...cards.keys()];
}

/** The PNG of a card started by shareCardKeys() or a page. */
export async function sharePng(key: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await readFile(await draw(key))) as Uint8Array<ArrayBuffer>;
}
