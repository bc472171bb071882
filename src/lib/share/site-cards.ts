/**
 * The share cards of this build. A page asks for its card when it is rendered, which starts
 * drawing it in a worker while Astro renders other pages; when the build is done, the
 * integration (integration.ts) puts the drawn files into dist/share/. So only the cards of
 * pages that exist are drawn (never a draft's). In `npm run dev` nothing is written: the
 * tags are there, the images are not.
 */
import type { PlacedComponent } from '../content/article-guard.ts';
import { getCatalog } from '../datasets/index.ts';
import type { Dataset } from '../datasets/load.ts';
import { sitePlaceMap } from '../map/site-map.ts';
import { paths } from '../site/urls.ts';
import type { ShareCard } from './card-svg.ts';
import { articleToCard, cardToAlt, datasetToCard, siteToCard } from './cards.ts';
import { createCardRenderer } from './render.ts';
import { shareCardState } from './state.ts';

/** What a page puts in its sharing tags. */
export interface ShareImage {
  /** Site path of the PNG (1200 × 630). */
  path: string;
  alt: string;
}

let renderer: ReturnType<typeof createCardRenderer> | undefined;

/**
 * A page's card: its path and alt text at once, and the drawing started in a worker
 * (SHARE_CARD_CACHE=0: never reuse an earlier build's file). Where the CJK font is missing
 * (an editor's `npm run dev` on a laptop) the page still renders without the image.
 */
function start(key: string, card: ShareCard): ShareImage {
  const { cards, drawn } = shareCardState();
  if (!cards.has(key)) {
    cards.set(key, card);
    try {
      if (!renderer) {
        renderer = createCardRenderer({ reuse: process.env.SHARE_CARD_CACHE !== '0' });
        shareCardState().stats = renderer.stats;
      }
      const file = renderer.render(card);
      // A failure surfaces where the file is written (integration.ts), which fails the build.
      file.catch(() => undefined);
      drawn.set(key, file);
    } catch (error) {
      if (!import.meta.env.DEV) throw error;
    }
  }
  return { path: paths.shareImage(key), alt: cardToAlt(card) };
}

export const siteShare = () => start('site', siteToCard());
export const datasetShare = (dataset: Dataset) => start(`data/${dataset.id}`, datasetToCard(dataset));
/** An article's card: its first chart's, else its headline figure's, else the site's (from the components its parse places). */
export async function articleShare(components: readonly PlacedComponent[]): Promise<ShareImage> {
  const chosen = articleToCard(components, getCatalog(), sitePlaceMap);
  return chosen ? start(chosen.key, chosen.card) : siteShare();
}
