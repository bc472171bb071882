import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { BIG_DATASET, BIG_ROWS, buildHostileSite, HOSTILE_ARTICLE, HOSTILE_CHART, PAGED_DATASET, PAGED_ROWS } from '../helpers/hostile-site.ts';
import { builtPagePaths } from '../helpers/site.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { useBrowser } from '../helpers/use-browser.ts';
import { SITE_VALUES as V } from '../fixtures/hostile-values/values.ts';

const browser = useBrowser();
let dist = '';
const servers: Record<'with' | 'without', { url: string; server: Server }> = {} as never;

// One hostile copy, built once for every test in this file (it takes a build and two releases).
beforeAll(async () => {
  dist = join(buildHostileSite(), 'dist');
  servers.with = await serveStatic(dist);
  servers.without = await serveStatic(dist, { headers: false });
}, 300_000);
afterAll(() => {
  for (const s of Object.values(servers)) s.server.close();
});

/** Page types, with the hostile text each must show as text. */
const PAGES: [string, string[]][] = [
  ['/', [V.datasetTitle, V.metric]],
  ['/articles/', [V.articleTitle, V.articleSummary]],
  [`/articles/${HOSTILE_ARTICLE}/`, [V.articleTitle, V.articleSummary, V.chartTitle, V.bodyText, V.metric]],
  ['/data/', [V.datasetTitle]],
  ['/data/model-worker-outreach/', [V.datasetTitle, V.sourceTitle, V.metric, V.formulaNote, V.releaseNote]],
  ['/data/union-forest-plots/', [V.plotName, V.releaseNote]],
  [`/data/${BIG_DATASET}/`, []],
  [`/data/${PAGED_DATASET}/`, []],
  ['/progress/', []],
  ['/forests/', [V.plotName, V.countyName]],
  ['/forests/map/', [V.plotName, V.countyName]],
  ['/service-places/', [V.plotName, V.countyName]],
  ['/service-places/map/', [V.plotName, V.countyName]],
  ['/sources/', [V.sourceTitle]],
  ['/about/', []],
  [`/embed/${HOSTILE_CHART}/`, [V.chartTitle, V.metric]],
  ['/embed/model-worker-outreach-bar/', [V.datasetTitle]],
  ['/embed/forest-map/', [V.countyName]],
  ['/embed/service-map/', [V.plotName, V.countyName]],
  ['/search/?q=恶意文章', [V.articleTitle]],
  ['/no-such-page/', []],
];

/**
 * Opens a page and reports what an injection would leave behind: dialogs that fired (in
 * any frame), elements carrying the payloads' handlers or tags, and the page's text.
 */
async function inspect(page: Page, url: string) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  if (url.includes('/search/')) await page.waitForSelector('#search-results li');
  const found = await page.evaluate(() => ({
    injected: document.querySelectorAll('[onerror], [onload], img[src="x"], x\\:y, script:not([src]):not([type="application/ld+json"])').length,
    text: document.documentElement.textContent ?? '',
  }));
  return { dialogs, ...found };
}

describe('markup-bearing titles and cells on every page type', () => {
  it('covers every kind of built page', () => {
    const kinds = new Set(builtPagePaths(dist).map((p) => p.split('/').slice(0, 2).join('/')));
    const covered = new Set(PAGES.map(([p]) => p.split(/[/?]/).slice(0, 2).join('/')));
    expect([...kinds].filter((k) => !covered.has(k))).toEqual([]);
  });

  for (const mode of ['with', 'without'] as const) {
    it.each(PAGES)(`%s stays inert and shows the text literally, ${mode} _headers`, async (path, texts) => {
      const { page, close } = await openPage(browser(), 'about:blank');
      const result = await inspect(page, `${servers[mode].url}${path}`);
      expect(result.dialogs).toEqual([]);
      expect(result.injected).toBe(0);
      for (const text of texts) expect(result.text).toContain(text);
      await close();
    });
  }
});

describe('the embed snippet a journalist copies', () => {
  it('is shown as text, escaped for its attribute, and stays inert when pasted into another site', async () => {
    const { page, close } = await openPage(browser(), `${servers.with.url}/articles/${HOSTILE_ARTICLE}/`);
    const snippet = await page.locator(`#${HOSTILE_CHART} pre code`).textContent();
    const escaped = V.chartTitle.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(snippet).toBe(`<iframe src="https://zq-union-data.example/embed/${HOSTILE_CHART}/" title="${escaped}" width="100%" height="420" style="border:0" loading="lazy"></iframe>`);
    // Pasted into a page of another site: one iframe whose title is the chart's title, nothing else.
    const host = await openPage(browser(), `${servers.without.url.replace('127.0.0.1', 'localhost')}/no-such-page/`);
    const dialogs: string[] = [];
    host.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const pasted = await host.page.evaluate((html) => {
      const box = document.createElement('div');
      box.innerHTML = html;
      document.body.append(box);
      return { elements: [...box.querySelectorAll('*')].map((e) => e.tagName), title: box.querySelector('iframe')?.getAttribute('title') };
    }, snippet ?? '');
    expect(pasted).toEqual({ elements: ['IFRAME'], title: V.chartTitle });
    expect(dialogs).toEqual([]);
    await host.close();
    await close();
  });
});

describe('files other programs read', () => {
  it('RSS, sitemap and chart SVGs parse as XML, with the titles as text', async () => {
    const { page, close } = await openPage(browser(), `${servers.with.url}/no-such-page/`);
    const parse = (path: string) =>
      page.evaluate(async (url) => {
        const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
        return { error: doc.querySelector('parsererror')?.textContent ?? null, text: doc.documentElement.textContent ?? '', tags: [...new Set([...doc.querySelectorAll('*')].map((e) => e.localName))] };
      }, `${servers.with.url}${path}`);
    const feed = await parse('/data/releases.xml');
    expect(feed.error).toBeNull();
    expect(feed.text).toContain(V.releaseNote);
    expect(feed.text).toContain(V.datasetTitle);
    expect((await parse('/sitemap-0.xml')).error).toBeNull();
    const chart = await parse(`/charts/${HOSTILE_CHART}.svg`);
    expect(chart.error).toBeNull();
    expect(chart.text).toContain(V.chartTitle);
    expect(chart.tags.filter((t) => !['svg', 'title', 'desc', 'g', 'text', 'rect'].includes(t))).toEqual([]);
    const map = await parse('/charts/forest-map.svg');
    expect(map.error).toBeNull();
    expect(map.text).toContain(V.countyName);
    expect(map.text).toContain(V.plotName);
    await close();
  });

  it('a chart SVG opened on its own runs nothing', async () => {
    for (const path of [`/charts/${HOSTILE_CHART}.svg`, '/charts/forest-map.svg']) {
      const { page, close } = await openPage(browser(), 'about:blank');
      const result = await inspect(page, `${servers.without.url}${path}`);
      expect(result.dialogs).toEqual([]);
      expect(result.injected).toBe(0);
      await close();
    }
  });

  it('JSON-LD keeps the title as data: the script element holds it whole', async () => {
    const { page, close } = await openPage(browser(), `${servers.with.url}/data/model-worker-outreach/`);
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts).toHaveLength(1);
    expect((JSON.parse(scripts[0]!) as { name: string }).name).toBe(V.datasetTitle);
    await close();
  });

  it('the Excel CSV and the changes file neutralise a formula; the canonical CSV keeps the released bytes', () => {
    // The hostile copy released a patch on top of whatever version the dataset had.
    const versions = (parse(readFileSync(join(dist, '../data/model-worker-outreach/releases.yaml'), 'utf8')) as { version: string }[]).map((r) => r.version);
    const [previous, patch] = versions.slice(-2) as [string, string];
    const folder = join(dist, `data/model-worker-outreach/${patch}`);
    const released = readFileSync(join(dist, `../data/model-worker-outreach/versions/${patch}.csv`));
    expect(readFileSync(join(folder, 'model-worker-outreach.csv')).equals(released)).toBe(true);
    expect(readFileSync(join(folder, 'model-worker-outreach.excel.csv'), 'utf8')).toContain(`"'${V.formulaNote.replace(/"/g, '""')}"`);
    expect(readFileSync(join(folder, `changes-from-${previous}.csv`), 'utf8')).toContain(`changed,problems-solved,note,,"'${V.formulaNote.replace(/"/g, '""')}"`);
  });
});

describe('pages bounded whatever the size of a dataset', () => {
  it(`a release of ${BIG_ROWS} rows keeps its dataset page small, the full diff a download`, async () => {
    const page = statSync(join(dist, `data/${BIG_DATASET}/index.html`)).size;
    console.log(`dataset page with ${BIG_ROWS} rows: ${(page / 1024).toFixed(1)} KB`);
    // Listing every added row made it 2.0 MB; counts and the first 20 of each kind are about 26 KB.
    expect(page).toBeLessThan(40 * 1024);
    const changes = readFileSync(join(dist, `data/${BIG_DATASET}/2.0.0/changes-from-1.0.0.csv`), 'utf8').split('\r\n');
    expect(changes.filter((l) => l.startsWith('added,'))).toHaveLength(BIG_ROWS - 1_000);
    expect(changes.filter((l) => l.startsWith('removed,'))).toHaveLength(10);
    const { page: p, close } = await openPage(browser(), `${servers.with.url}/data/${BIG_DATASET}/#v2.0.0`);
    await p.locator('#v2\\.0\\.0 summary').first().click();
    await expect(p.locator('#v2\\.0\\.0 details').first().textContent()).resolves.toContain(`新增 ${BIG_ROWS - 1_000} 行，删除 10 行，修改 1000 行`);
    const link = p.locator('#v2\\.0\\.0 a[href$="changes-from-1.0.0.csv"]');
    expect(await link.count()).toBe(1);
    // Over 5 MB, read by the pages from its digest: the counts, not the rows, and the table's first page.
    await expect(p.locator('#v2\\.0\\.0 details').first().textContent()).resolves.toContain('这一版本较大，逐行的变化只在下面的文件中列出。');
    await expect(p.locator('.table-scroll:has(.data-table)').getAttribute('aria-label')).resolves.toContain(`共 ${BIG_ROWS} 行，此处显示前 50 行`);
    // The shortened history is checked like every page type (the real datasets have one release each).
    const axe = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await close();
  });

  it('publishes the files of a version read from its digest, written by the validation, with the bytes and checksums its record and descriptor give', () => {
    const records = readFileSync(join(dist, '..', `data/${BIG_DATASET}/releases.yaml`), 'utf8');
    const descriptor = JSON.parse(readFileSync(join(dist, `data/${BIG_DATASET}/2.0.0/datapackage.json`), 'utf8')) as { resources: { path: string; bytes: number; hash: string }[] };
    for (const folder of ['2.0.0', 'latest']) {
      for (const name of [`${BIG_DATASET}.csv`, `${BIG_DATASET}.excel.csv`, `${BIG_DATASET}.json`]) {
        const bytes = readFileSync(join(dist, `data/${BIG_DATASET}/${folder}/${name}`));
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        expect(records, `${folder}/${name}`).toContain(sha256);
        expect(descriptor.resources.find((r) => r.path.endsWith(name)), name).toMatchObject({ bytes: bytes.length, hash: expect.stringContaining(sha256) });
      }
    }
    const json = JSON.parse(readFileSync(join(dist, `data/${BIG_DATASET}/latest/${BIG_DATASET}.json`), 'utf8')) as { key: string }[];
    expect(json).toHaveLength(BIG_ROWS);
    expect(json.at(-1)).toMatchObject({ key: `r${BIG_ROWS}` });
    const changes = readFileSync(join(dist, `data/${BIG_DATASET}/2.0.0/changes-from-1.0.0.csv`));
    expect(records).toContain(createHash('sha256').update(changes).digest('hex'));
  });

  it('a link to a row past the first page of the table opens the page of the table that holds it, at that row', async () => {
    const { page: p, close } = await openPage(browser(), `${servers.with.url}/data/${PAGED_DATASET}/#row-r101`);
    // Row 101 of 120 is on the third page of 50: the row becomes the target (highlighted) and is scrolled to.
    await p.waitForSelector('tr#row-r101:target');
    await expect(p.locator('.pager [aria-live]').textContent()).resolves.toBe(`第 3 / 3 页，共 ${PAGED_ROWS} 行`);
    await expect(p.locator('tr#row-r101').isVisible()).resolves.toBe(true);
    expect(await p.evaluate(() => document.querySelector('tr#row-r101')!.getBoundingClientRect().top)).toBeLessThan(900);
    // A link followed on the page itself (the hash changes): the second page, row 60.
    await p.evaluate(() => {
      location.hash = '#row-r60';
    });
    await p.waitForSelector('tr#row-r60:target');
    await expect(p.locator('.pager [aria-live]').textContent()).resolves.toBe(`第 2 / 3 页，共 ${PAGED_ROWS} 行`);
    await close();
  });

  it('no page of the site exceeds 200 KB (issue #15), whatever the size of its datasets', () => {
    const sizes = builtPagePaths(dist).map((p) => ({ p, kb: statSync(join(dist, p, 'index.html')).size / 1024 }));
    expect(sizes.filter((s) => s.kb > 200)).toEqual([]);
  });
});
