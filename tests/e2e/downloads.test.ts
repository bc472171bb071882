import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { copyRepo } from '../helpers/repo-copy.ts';
import { repoCatalog } from '../helpers/site.ts';
import { serveStatic } from '../helpers/static-server.ts';

const base = inject('baseUrl');
const catalog = repoCatalog();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const parseCsv = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

describe.each(catalog.datasets.map((d) => [d.id] as const))('downloads of /data/%s/', (id) => {
  it('every download link returns bytes whose SHA-256 is the one shown beside it', async () => {
    const { page, close } = await openPage(browser, `${base}/data/${id}/`);
    const links = await page.locator('a[download][data-sha256]').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href') ?? '', shown: a.closest('tr')?.querySelector('code.hash')?.textContent ?? '' })),
    );
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links) {
      const res = await page.request.get(`${base}${link.href}`);
      expect(res.status(), link.href).toBe(200);
      expect(sha256(await res.body()), link.href).toBe(link.shown);
    }
    await close();
  });

  it('the Excel variant starts with a BOM and parses to the canonical rows', async () => {
    const { page, close } = await openPage(browser, `${base}/data/${id}/`);
    const [csv, excel] = await Promise.all([`${id}.csv`, `${id}.excel.csv`].map(async (name) => (await page.request.get(`${base}/data/${id}/latest/${name}`)).body()));
    expect([...excel!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...csv!.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(excel!.subarray(3).toString('utf8')).data).toEqual(parseCsv(csv!.toString('utf8')).data);
    await close();
  });

  it('carries schema.org Dataset JSON-LD that parses', async () => {
    const { page, close } = await openPage(browser, `${base}/data/${id}/`);
    const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').innerText()) as Record<string, unknown>;
    expect(ld['@type']).toBe('Dataset');
    expect(ld.version).toBe(catalog.datasets.find((d) => d.id === id)?.latest.version);
    await close();
  });
});

describe('a second release, made with the release command on a temporary copy', () => {
  it('leaves 1.0.0’s bytes unchanged, serves both, and shows the diff', async () => {
    const repo = copyRepo();
    const original = readFileSync('data/hardship-assistance/versions/1.0.0.csv');
    repo.write('data/hardship-assistance/data.csv', repo.read('data/hardship-assistance/data.csv').replace('households,常态化帮扶困难职工,2200,', 'households,常态化帮扶困难职工,2300,'));
    const release = repo.run('npm', ['run', 'data:release', '--', 'hardship-assistance', 'patch', '更正户数'], { SITE_AS_OF: '2026-12-01' });
    expect(release.stdout).toContain('已发布 hardship-assistance 1.0.1');
    const build = repo.run('npm', ['run', 'build'], { SITE_AS_OF: '2026-12-01' });
    expect(build.status, build.stderr).toBe(0);
    const dist = join(repo.root, 'dist');
    expect(readFileSync(join(dist, 'data/hardship-assistance/1.0.0/hardship-assistance.csv'))).toEqual(original);
    expect(readFileSync(join(dist, 'data/hardship-assistance/latest/hardship-assistance.csv'))).toEqual(readFileSync(join(repo.root, 'data/hardship-assistance/versions/1.0.1.csv')));
    const { url, server } = await serveStatic(dist);
    const { page, close } = await openPage(browser, `${url}/data/hardship-assistance/`);
    const v101 = page.locator('#v1\\.0\\.1');
    await expect(v101.locator('summary').innerText()).resolves.toBe('与 1.0.0 版相比：新增 0 行，删除 0 行，修改 1 行');
    await expect(v101.locator('details li').textContent()).resolves.toBe('households：数值 2,200 → 2,300');
    await close();
    server.close();
  });
});
