import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();

// First-visit budgets in gzip bytes (what a CDN transfers), with JavaScript allowed or not.
const BUDGETS = [
  { type: 'article', path: '/articles/zhang-sihui-interview/', bytes: 12 * 1024, js: false },
  { type: 'article with chart', path: '/articles/model-workers-2024/', bytes: 15 * 1024, js: false },
  { type: 'article with map', path: '/articles/union-forests/', bytes: 15 * 1024, js: false },
  { type: 'progress', path: '/progress/', bytes: 15 * 1024, js: false },
  { type: 'disagreements', path: '/sources/disagreements/', bytes: 15 * 1024, js: false },
  { type: 'article with marks', path: '/articles/hardship-assistance-figures/', bytes: 15 * 1024, js: false },
  { type: 'forests', path: '/forests/', bytes: 15 * 1024, js: false },
  { type: 'service places', path: '/service-places/', bytes: 15 * 1024, js: false },
  { type: 'article, service map', path: '/articles/union-rest-stations/', bytes: 15 * 1024, js: false },
  { type: 'home', path: '/', bytes: 60 * 1024, js: false },
  { type: 'dataset', path: '/data/union-forests/', bytes: 20 * 1024, js: true },
] as const;

describe('page weight on a first visit', () => {
  it.each(BUDGETS)('$type ($path) stays within budget', async ({ type, path, bytes, js }) => {
    const { page, close } = await openPage(browser(), `${base}/`);
    await page.goto('about:blank');
    const sizes: Promise<{ url: string; gz: number; kind: string }>[] = [];
    page.on('response', (r) => sizes.push(r.body().then((b) => ({ url: r.url(), gz: gzipSync(b).length, kind: r.request().resourceType() }), () => ({ url: r.url(), gz: 0, kind: 'x' }))));
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    const loaded = await Promise.all(sizes);
    const total = loaded.reduce((a, r) => a + r.gz, 0);
    const script = loaded.filter((r) => r.kind === 'script').reduce((a, r) => a + r.gz, 0);
    console.log(`${type.padEnd(20)} ${path.padEnd(34)} ${(total / 1024).toFixed(1)} KB gzip (JS ${(script / 1024).toFixed(1)} KB, ${loaded.length} requests)`);
    expect(total).toBeLessThanOrEqual(bytes);
    if (!js) expect(script).toBe(0);
    expect(loaded.some((r) => r.kind === 'font')).toBe(false);
    await close();
  });

  it('sizes every image (no layout shift)', async () => {
    for (const path of ['/', '/articles/union-forests/', '/forests/', '/service-places/']) {
      const { page, close } = await openPage(browser(), `${base}${path}`);
      const unsized = await page.locator('img:not([width][height]), svg.chart-svg:not([viewBox])').count();
      expect(unsized).toBe(0);
      await close();
    }
  });
});
