import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { useBrowser } from '../helpers/use-browser.ts';
import { copyRepo } from '../helpers/repo-copy.ts';
import { repoCatalog } from '../helpers/site.ts';
import { serveStatic } from '../helpers/static-server.ts';

const base = inject('baseUrl');
const catalog = repoCatalog();
const browser = useBrowser();

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const parseCsv = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

describe.each(catalog.datasets.map((d) => [d.id] as const))('downloads of /data/%s/', (id) => {
  it('every download link returns bytes whose SHA-256 is the one shown beside it', async () => {
    const { page, close } = await openPage(browser(), `${base}/data/${id}/`);
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
    const { page, close } = await openPage(browser(), `${base}/data/${id}/`);
    const [csv, excel] = await Promise.all([`${id}.csv`, `${id}.excel.csv`].map(async (name) => (await page.request.get(`${base}/data/${id}/latest/${name}`)).body()));
    expect([...excel!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...csv!.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    // Same rows, except that a text cell a spreadsheet would run as a formula (= + - @, e.g. the
    // date --02-27 of a year not printed) carries a leading apostrophe in the Excel variant.
    const canonical = parseCsv(csv!.toString('utf8')).data;
    const excelRows = parseCsv(excel!.subarray(3).toString('utf8')).data;
    const numeric = new Set(catalog.datasets.find((d) => d.id === id)!.meta.fields.filter((f) => ['number', 'integer', 'year'].includes(f.type)).map((f) => f.name));
    expect(excelRows.length).toBe(canonical.length);
    excelRows.forEach((row, i) => {
      for (const [field, value] of Object.entries(canonical[i]!)) {
        expect(row[field], `${field} of row ${i + 1}`).toBe(!numeric.has(field) && /^[=+\-@]/.test(value) ? `'${value}` : value);
      }
    });
    await close();
  });

  it('carries schema.org Dataset JSON-LD that parses', async () => {
    const { page, close } = await openPage(browser(), `${base}/data/${id}/`);
    const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').innerText()) as Record<string, unknown>;
    expect(ld['@type']).toBe('Dataset');
    expect(ld.version).toBe(catalog.datasets.find((d) => d.id === id)?.latest.version);
    await close();
  });
});

describe('a second release, made with the release command on a temporary copy', () => {
  it('leaves earlier versions’ bytes unchanged, serves them all, and shows the diff', async () => {
    const repo = copyRepo();
    const original = readFileSync('data/hardship-assistance/versions/1.0.0.csv');
    // A corrected figure changes its value and, with it, the source wording it must match.
    repo.write('data/hardship-assistance/data.csv', repo.read('data/hardship-assistance/data.csv').replace('households,常态化帮扶困难职工,2200,', 'households,常态化帮扶困难职工,2300,').replace('2200多户', '2300多户'));
    const release = repo.run('npm', ['run', 'data:release', '--', 'hardship-assistance', 'patch', '更正户数'], { SITE_AS_OF: '2026-12-01' });
    expect(release.stdout).toContain('已发布 hardship-assistance 2.0.1');
    // A second dataset with a row renamed (one removed, one added) and one value corrected:
    // the summary must count each kind, not only changes.
    const grants = 'data/school-grants/data.csv';
    repo.write(grants, repo.read(grants).replace('duanzhou-2020-high-school,', 'duanzhou-2020-senior-high,').replace(',18,exact,people,', ',19,exact,people,').replace('大专生18人', '大专生19人'));
    const major = repo.run('npm', ['run', 'data:release', '--', 'school-grants', 'major', '改一行的代码，更正大专生人数'], { SITE_AS_OF: '2026-12-01' });
    expect(major.stdout, major.stderr).toContain('已发布 school-grants 2.0.0');
    const build = repo.run('npm', ['run', 'build'], { SITE_AS_OF: '2026-12-01' });
    expect(build.status, build.stderr).toBe(0);
    const dist = join(repo.root, 'dist');
    expect(readFileSync(join(dist, 'data/hardship-assistance/1.0.0/hardship-assistance.csv'))).toEqual(original);
    expect(readFileSync(join(dist, 'data/hardship-assistance/latest/hardship-assistance.csv'))).toEqual(readFileSync(join(repo.root, 'data/hardship-assistance/versions/2.0.1.csv')));
    const { url, server } = await serveStatic(dist);
    const { page, close } = await openPage(browser(), `${url}/data/hardship-assistance/`);
    const v201 = page.locator('#v2\\.0\\.1');
    await expect(v201.locator('summary').innerText()).resolves.toBe('与 2.0.0 版相比：新增 0 行，删除 0 行，修改 1 行');
    await expect(v201.locator('details li').allTextContents()).resolves.toEqual(['households：数值 2,200 → 2,300；原文表述 2200多户 → 2300多户']);
    await close();
    const grantsPage = await openPage(browser(), `${url}/data/school-grants/`);
    const v200 = grantsPage.page.locator('#v2\\.0\\.0');
    await expect(v200.locator('summary').innerText()).resolves.toBe('与 1.0.1 版相比：新增 1 行，删除 1 行，修改 1 行');
    await expect(v200.locator('details li').allTextContents()).resolves.toEqual([
      '新增行：duanzhou-2020-senior-high',
      '删除行：duanzhou-2020-high-school',
      'duanzhou-2020-college：数值 18 → 19；原文表述 大专生18人 → 大专生19人',
    ]);
    await grantsPage.close();
    server.close();
  });
});

describe('the preview table, enhanced', () => {
  it('sorts by a column when its header is clicked, both ways', async () => {
    const { page, errors, close } = await openPage(browser(), `${base}/data/model-worker-outreach/`);
    const header = page.locator('table.data-table th[data-field="value"] button');
    const values = () => page.locator('table.data-table tbody tr td.num').allInnerTexts();
    const asNumbers = async () => (await values()).map((v) => Number(v.replace(/,/g, '')));
    await header.click();
    expect(await page.locator('table.data-table th[data-field="value"]').getAttribute('aria-sort')).toBe('ascending');
    const up = await asNumbers();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await header.click();
    const down = await asNumbers();
    expect(down).toEqual([...up].reverse());
    expect(errors).toEqual([]);
    await close();
  });
});

describe('discovery files', () => {
  it('the sitemap lists every dataset page; the catalog and feed parse', async () => {
    const { page, close } = await openPage(browser(), `${base}/`);
    const sitemap = await (await page.request.get(`${base}/sitemap-0.xml`)).text();
    for (const d of catalog.datasets) expect(sitemap).toContain(`/data/${d.id}/</loc>`);
    const dcat = (await (await page.request.get(`${base}/data/catalog.jsonld`)).json()) as { '@type': string; 'dcat:dataset': unknown[] };
    expect(dcat['@type']).toBe('dcat:Catalog');
    expect(dcat['dcat:dataset']).toHaveLength(catalog.datasets.length);
    const feed = await (await page.request.get(`${base}/data/releases.xml`)).text();
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return { error: doc.querySelector('parsererror') !== null, items: doc.querySelectorAll('item').length };
    }, feed);
    expect(parsed).toEqual({ error: false, items: catalog.datasets.reduce((n, d) => n + d.versions.length, 0) });
    await close();
  });
});

