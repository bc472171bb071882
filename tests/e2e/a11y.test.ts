import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();

const PAGE_TYPES = [
  ['home', '/'],
  ['article', '/articles/zhang-sihui-interview/'],
  ['article with chart and map', '/articles/union-forests/'],
  ['article list', '/articles/'],
  ['dataset', '/data/model-worker-outreach/'],
  ['catalog', '/data/'],
  ['progress', '/progress/'],
  ['forests map', '/forests/'],
  ['forests map, full page', '/forests/map/'],
  ['service places map', '/service-places/'],
  ['service places map, full page', '/service-places/map/'],
  ['article with service map', '/articles/union-rest-stations/'],
  ['search with results', '/search/?q=工会林'],
  ['about', '/about/'],
  ['sources', '/sources/'],
  ['disagreements', '/sources/disagreements/'],
  ['article with marks, notes and chart', '/articles/hardship-assistance-figures/'],
  ['embed', '/embed/forest-map/'],
] as const;

describe('axe-core (WCAG 2.2 A and AA) on every page type', () => {
  it.each(PAGE_TYPES)('%s (%s) has no violations, in light and dark mode', async (_, path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await openPage(browser(), `${base}${path}`);
      await page.emulateMedia({ colorScheme });
      if (path.startsWith('/search/')) await page.waitForSelector('#search-results li');
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const violations = result.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      expect(violations).toEqual([]);
      await close();
    }
  });
});
