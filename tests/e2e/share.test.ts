import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SITE } from '../../src/lib/site/config.ts';
import { openPage } from '../helpers/browser.ts';
import { builtPagePaths } from '../helpers/site.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();
const dist = join(process.cwd(), 'dist');
const origin = SITE.url.replace(/\/$/, '');
const pages = builtPagePaths();
/** Screenshots of every card as platforms show it, for people to look at (test-results/ is not committed). */
const SHOTS = join(process.cwd(), 'test-results/share-cards');

function metaTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const m of html.matchAll(/<meta (?:property|name)="((?:og|twitter|article):[^"]+)" content="([^"]*)">/g)) {
    if (!tags.has(m[1]!)) tags.set(m[1]!, m[2]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  }
  return tags;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('sharing tags on every page', () => {
  it.each(pages)('%s has Open Graph and Twitter card tags with a built 1200×630 image', (path) => {
    const tags = metaTags(readFileSync(join(dist, path, 'index.html'), 'utf8'));
    for (const name of ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt', 'twitter:title', 'twitter:image']) expect(tags.get(name), name).toBeTruthy();
    expect(tags.get('og:url')).toBe(`${origin}${path}`);
    expect(tags.get('twitter:card')).toBe('summary_large_image');
    expect([tags.get('og:image:width'), tags.get('og:image:height')]).toEqual(['1200', '630']);
    const image = tags.get('og:image')!;
    expect(image.startsWith(`${origin}/share/`)).toBe(true);
    expect(tags.get('twitter:image')).toBe(image);
    const file = join(dist, image.slice(origin.length));
    expect(existsSync(file), file).toBe(true);
    expect(pngSize(file)).toEqual([1200, 630]);
    const article = /^\/articles\/([a-z0-9-]+)\/$/.exec(path)?.[1];
    if (article) {
      expect(tags.get('og:type')).toBe('article');
      // The card of the article's first chart or map, else of its headline figure (shared with every article that opens with it).
      expect(image).toMatch(new RegExp(`^${origin}/share/(charts/[a-z0-9-]+|figures/[a-z0-9-]+/[a-z0-9-]+)\\.png$`));
      expect(tags.get('article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    }
  });

  it('cards show the headline figure with its qualifier (model-worker-outreach.csv: lecture-sessions 100 more_than sessions → 100多场次)', () => {
    const interview = metaTags(readFileSync(join(dist, 'articles/zhang-sihui-interview/index.html'), 'utf8'));
    expect(interview.get('og:image:alt')).toContain('100多场次');
    const dataset = metaTags(readFileSync(join(dist, 'data/hardship-assistance/index.html'), 'utf8'));
    expect(dataset.get('og:image:alt')).toContain('近3000万元');
    expect(dataset.get('og:image')).toBe(`${origin}/share/data/hardship-assistance.png`);
    const chart = metaTags(readFileSync(join(dist, 'articles/model-workers-2024/index.html'), 'utf8'));
    expect(chart.get('og:image:alt')).toContain('含图表');
    // One card per chart or figure, not per article.
    expect(chart.get('og:image')).toBe(`${origin}/share/charts/model-worker-outreach-bar.png`);
    expect(metaTags(readFileSync(join(dist, 'articles/union-forests/index.html'), 'utf8')).get('og:image')).toBe(`${origin}/share/charts/forest-map.png`);
    expect(metaTags(readFileSync(join(dist, 'about/index.html'), 'utf8')).get('og:image')).toBe(`${origin}/share/site.png`);
  });
});

describe('share cards in Chromium, at the sizes platforms show them', () => {
  const cards = [...new Set(pages.map((p) => metaTags(readFileSync(join(dist, p, 'index.html'), 'utf8')).get('og:image')!.slice(origin.length)))].sort();
  it('every card decodes at 1200×630, with text in the body and nothing a 2:1 crop would cut but the paper and the top band', async () => {
    expect(cards.length).toBeGreaterThan(5);
    const { page, close } = await openPage(browser(), `${base}/404.html`);
    await page.setViewportSize({ width: 1200, height: 1520 });
    mkdirSync(SHOTS, { recursive: true });
    const results: Record<string, unknown> = {};
    for (const card of cards) {
      // Facebook and LinkedIn show 1.91:1 whole; X (summary_large_image) crops to 2:1; small previews are ~500 px wide.
      results[card] = await page.evaluate(async (src) => {
        document.body.replaceChildren();
        document.body.style.margin = '0';
        const frame = (w: number, h: number, fit: string) => {
          const img = Object.assign(document.createElement('img'), { src });
          img.style.cssText = `display:block;width:${w}px;height:${h}px;object-fit:${fit};margin-bottom:8px;outline:1px solid #888`;
          document.body.append(img);
          return img;
        };
        const full = frame(1200, 630, 'fill');
        frame(1200, 600, 'cover');
        frame(504, 252, 'cover');
        await Promise.all([...document.images].map((i) => i.decode()));
        const canvas = Object.assign(document.createElement('canvas'), { width: 1200, height: 630 });
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(full, 0, 0);
        const { data } = ctx.getImageData(0, 0, 1200, 630);
        const inked = (y0: number, y1: number) => {
          let n = 0;
          for (let y = y0; y < y1; y++) for (let x = 0; x < 1200; x++) {
            const i = (y * 1200 + x) * 4;
            // Paper is #fbfaf8, the band #a8201a.
            const paper = Math.abs(data[i]! - 0xfb) + Math.abs(data[i + 1]! - 0xfa) + Math.abs(data[i + 2]! - 0xf8) < 12;
            const band = y < 14 && Math.abs(data[i]! - 0xa8) + Math.abs(data[i + 1]! - 0x20) + Math.abs(data[i + 2]! - 0x1a) < 12;
            if (!paper && !band) n++;
          }
          return n;
        };
        return { width: full.naturalWidth, height: full.naturalHeight, cutTop: inked(0, 15), cutBottom: inked(615, 630), body: inked(60, 540) > 10_000 };
      }, `${base}${card}`);
      await page.screenshot({ path: join(SHOTS, `${card.replace(/^\/share\//, '').replace(/\//g, '-')}`), fullPage: true });
    }
    expect(results).toEqual(Object.fromEntries(cards.map((c) => [c, { width: 1200, height: 630, cutTop: 0, cutBottom: 0, body: true }])));
    await close();
  });
});
