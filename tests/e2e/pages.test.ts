import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { useBrowser } from '../helpers/use-browser.ts';
import { builtPagePaths, repoCatalog } from '../helpers/site.ts';

const base = inject('baseUrl');
const catalog = repoCatalog();
const browser = useBrowser();

describe('home page /', () => {
  it('shows each headline figure with its qualifier, as the source worded it, without JavaScript', async () => {
    const { page, close } = await openPage(browser(), `${base}/`, { javaScriptEnabled: false });
    const values = await page.locator('.cards .card .value').allInnerTexts();
    // As printed in the sources (public-record.md, fact-sheet.md), in the order the home page groups them.
    expect(values).toEqual(['近3000万元', '2200多户', '1.5万人次', '812.3万元', '437户', '3542人次', '31支', '300多家', '46支', '2127人次', '1092人', '153家', '100个', '35片', '2万多株']);
    await close();
  });

  it('sets the interview’s 近年来 totals and the year 2021 side by side, each with its period, never a sum', async () => {
    const { page, close } = await openPage(browser(), `${base}/`, { javaScriptEnabled: false });
    const columns = page.locator('#headline-hardship .headline-column');
    expect(await columns.count()).toBe(2);
    expect(await columns.nth(0).locator('.card .meta').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^近年来 ·/)]));
    expect(await columns.nth(1).locator('.card .meta').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^2021年1月至12月 ·/)]));
    // Every card of the two columns carries the 时期不同 mark; nothing on the page adds them (3000万 + 812.3万 would be 3812.3万).
    expect(await page.locator('#headline-hardship .card').evaluateAll((cards) => cards.every((c) => [...c.querySelectorAll('a.fact-mark')].some((a) => a.textContent === '时期不同')))).toBe(true);
    expect(await page.locator('main').innerText()).not.toContain('3812.3');
    await close();
  });
});

describe('interview /articles/zhang-sihui-interview/', () => {
  it('renders its three parts in order', async () => {
    const { page, close } = await openPage(browser(), `${base}/articles/zhang-sihui-interview/`);
    const headings = await page.locator('article h2').allInnerTexts();
    expect(headings.filter((h) => /^谈(体会|思路|未来)$/.test(h.trim()))).toEqual(['谈体会', '谈思路', '谈未来']);
    await close();
  });

  it('renders every figure from its dataset, linked to its row', async () => {
    const { page, close } = await openPage(browser(), `${base}/articles/zhang-sihui-interview/`);
    const facts = await page.locator('article a.fact').evaluateAll((links) =>
      links.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })),
    );
    // The source wording of each row the interview cites (data/<id>/data.csv, source_wording):
    // the site shows it as printed, but 要达到 (context, not the figure) dropped.
    const EXPECTED: Record<string, string> = {
      'model-worker-outreach/lecture-sessions': '100多场次',
      'model-worker-outreach/lecture-audience': '超1万人次',
      'model-worker-outreach/service-teams': '31支',
      'model-worker-outreach/service-members': '100多名',
      'model-worker-outreach/enterprises-served': '300多家',
      'model-worker-outreach/problems-solved': '600多个',
      'model-worker-outreach/skill-upgrades': '4000多人次',
      'union-forests/funds': '近200万元',
      'union-forests/plots': '35片',
      'union-forests/saplings': '2万多株',
      'union-forests/participants': '上万名',
      'targets-2025/craftsmen-members': '4000人以上',
      'targets-2025/craftsmen-trained': '2000人以上',
      'targets-2025/certificate-rate': '95%以上',
      'targets-2025/agri-enterprise-unions': '150家以上',
      'targets-2025/new-members': '15000人以上',
      'targets-2025/coverage-rate': '95%',
      'targets-2025/paired-unions': '314个',
      'hardship-assistance/case-monthly-allowance': '每月1400元',
      'hardship-assistance/funds': '近3000万元',
      'hardship-assistance/households': '2200多户',
      'hardship-assistance/assistance': '1.5万人次',
    };
    const shown = Object.fromEntries(facts.map((fact) => [fact.href.replace(/^\/data\/([^/]+)\/#row-(.+)$/, '$1/$2'), fact.text]));
    expect(shown).toEqual(EXPECTED);
    // A figure cited twice reads the same each time.
    for (const fact of facts) expect(fact.text).toBe(shown[fact.href.replace(/^\/data\/([^/]+)\/#row-(.+)$/, '$1/$2')]);
    await close();
  });
});

describe('dataset pages /data/<id>/', () => {
  it.each(catalog.datasets.map((d) => [d.id, d] as const))('%s lists its fields and serves a CSV that parses back to the released rows', async (id, dataset) => {
    const { page, close } = await openPage(browser(), `${base}/data/${id}/`);
    const fieldTitles = await page.locator('#fields + .table-scroll tbody tr td:nth-child(2)').allInnerTexts();
    expect(fieldTitles).toEqual(dataset.meta.fields.map((f) => f.title));
    // The preview table: one cell per field in every row, the first row's key where it belongs.
    const cellsPerRow = await page.locator('table.data-table tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td').length));
    expect(new Set(cellsPerRow)).toEqual(new Set(dataset.latest.rows.length > 0 ? [dataset.meta.fields.length] : []));
    const link = page.locator('section[aria-labelledby="download"] a[download]').first();
    const href = await link.getAttribute('href');
    expect(href).toBe(`/data/${id}/${dataset.latest.version}/${id}.csv`);
    const response = await page.request.get(`${base}${href}`);
    expect(response.headers()['content-type']).toContain('text/csv');
    const body = await response.body();
    const shown = await page.locator('section[aria-labelledby="download"] tbody tr').first().locator('code.hash').innerText();
    expect(createHash('sha256').update(body).digest('hex')).toBe(shown);
    const released = readFileSync(dataset.latest.file, 'utf8');
    const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    const downloaded = parse(body.toString('utf8'));
    expect(downloaded.errors).toEqual([]);
    expect(downloaded.data).toEqual(parse(released).data);
    expect(downloaded.data.length).toBe(dataset.latest.rows.length);
    await close();
  });
});

describe('every built page', () => {
  const pages = builtPagePaths();
  it('includes the pages readers need', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/about/', '/articles/', '/data/', ...catalog.datasets.map((d) => `/data/${d.id}/`)]));
  });
  it.each(pages)('%s loads with no console errors and fits a 360px screen', async (path) => {
    const { page, errors, response, close } = await openPage(browser(), `${base}${path}`, { width: 360 });
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await close();
  });
});
