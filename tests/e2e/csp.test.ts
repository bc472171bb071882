import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { builtPagePaths } from '../helpers/site.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { removeOnExit } from '../helpers/temp.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const browser = useBrowser();
let base = '';
let close = () => {};

// As GitHub Pages serves the site: no _headers, so only the pages' own meta tags protect them.
beforeAll(async () => {
  const { url, server } = await serveStatic(join(process.cwd(), 'dist'), { headers: false });
  base = url;
  close = () => server.close();
});
afterAll(() => close());

const EVIL = 'https://evil.invalid/x.js';
/** What an injection would add to a page: an inline script and one from another site. */
const INJECTED = `<script>window.__inline = 1</script><script src="${EVIL}"></script>`;

describe('each page’s own Content-Security-Policy, served without _headers', () => {
  it.each(builtPagePaths())('%s blocks inline and other-origin scripts, and allows its own', async (path) => {
    const { page, close } = await openPage(browser(), 'about:blank');
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { __violations: seen });
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    let evilFetched = false;
    await page.route(EVIL, (route) => {
      evilFetched = true;
      return route.fulfill({ contentType: 'text/javascript', body: 'window.__external = 1' });
    });
    await page.route(`${base}${path}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<body([^>]*)>/, `<body$1>${INJECTED}`);
      await route.fulfill({ response, body: html, headers: { ...response.headers(), 'content-encoding': 'identity' } });
    });
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    // A script added later by the page's own code path (an XSS sink) is refused too.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('script'), { textContent: 'window.__dom = 1' })));
    const state = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { ran: ['__inline', '__external', '__dom'].filter((k) => k in w), violations: w.__violations as string[] };
    });
    expect(state.ran).toEqual([]);
    expect(evilFetched).toBe(false);
    expect(state.violations.sort()).toEqual(['script-src-elem https://evil.invalid/x.js', 'script-src-elem inline', 'script-src-elem inline']);
    await close();
  });
});

describe('frame-ancestors, which only _headers can carry', () => {
  it('lets another site frame a chart embed, and no other page', async () => {
    const site = inject('baseUrl');
    // Another origin (another port), standing for a news site that embeds the chart.
    const dir = mkdtempSync(join(tmpdir(), 'zq-host-'));
    removeOnExit(dir);
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>host</title><iframe name="embed" src="${site}/embed/forest-map/"></iframe><iframe name="page" src="${site}/data/"></iframe>`);
    const host = await serveStatic(dir);
    const { page, close } = await openPage(browser(), `${host.url}/`);
    const frame = (name: string) => page.frames().find((f) => f.name() === name)!;
    expect(await frame('embed').locator('figure.chart').count()).toBe(1);
    expect(frame('page').url()).not.toContain('/data/');
    await close();
    host.server.close();
  });
});
