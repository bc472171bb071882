import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../helpers/browser.ts';
import { repoCatalog } from '../helpers/site.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const base = inject('baseUrl');
const catalog = repoCatalog();
const browser = useBrowser();

// The public record: the interview says 31支 service teams were formed in 2024; the provincial
// union's website (gdftu.org.cn, 2025-04-28 meeting) says 46支. Both stay, each attributed.
const TEAMS = '/sources/disagreements/#service-teams-2024';

/** The explanation a mark leads to lists both figures, each with its own source, linked. */
async function expectBothSources(page: Page) {
  const section = page.locator('section.disagreement:target');
  expect(await section.getAttribute('id')).toBe('service-teams-2024');
  const text = await section.innerText();
  expect(text).toContain('31支');
  expect(text).toContain('46支');
  expect(text).toContain('《要把职工的“心上事”当作“上心事”》');
  expect(text).toContain('广东省总工会');
  const sources = await section.locator('a[href^="/sources/#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(sources).toEqual(['/sources/#zhang-sihui-interview-2025', '/sources/#gdftu-2025-may-day']);
}

describe('a disputed figure in an article', () => {
  it('carries a visible, named mark after its 源 link that leads, without JavaScript, to both sources', async () => {
    const { page, close } = await openPage(browser(), `${base}/articles/when-sources-disagree/`, { javaScriptEnabled: false });
    const fact = page.locator('article a.fact[href="/data/model-worker-outreach/#row-service-teams-gdftu"]').first();
    expect(await fact.innerText()).toBe('46支');
    const mark = page.locator('article a.fact[href$="#row-service-teams-gdftu"] + a.fact-source + a.fact-mark').first();
    expect(await mark.innerText()).toBe('来源说法不一');
    expect(await mark.getAttribute('aria-label')).toMatch(/^来源说法不一：2024年组建的劳模工匠服务队/);
    expect(await mark.isVisible()).toBe(true);
    // Not colour alone: the word sits in a dashed box.
    expect(await mark.evaluate((a) => getComputedStyle(a).borderTopStyle)).toBe('dashed');
    expect(await mark.getAttribute('href')).toBe(TEAMS);
    await mark.click();
    await page.waitForURL(`**${TEAMS}`);
    await expectBothSources(page);
    await close();
  });

  it('is reached by keyboard and opened with Enter', async () => {
    const { page, close } = await openPage(browser(), `${base}/articles/model-workers-2024/`);
    for (let i = 0; i < 120 && !(await page.evaluate(() => document.activeElement?.matches('article a.fact-mark') ?? false)); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(TEAMS);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${TEAMS}`);
    await expectBothSources(page);
    await close();
  });

  it('is a target a finger can hit on a phone, and copying the sentence leaves it out', async () => {
    const { page, close } = await openPage(browser(), `${base}/`, { width: 360, javaScriptEnabled: false });
    const box = await page.locator('#headline-model-workers .card .marks a.fact-mark').first().boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(24);
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(await page.locator('a.fact-mark').first().evaluate((a) => getComputedStyle(a).userSelect)).toBe('none');
    await close();
  });
});

describe('a disputed figure on a card, in a chart and in a dataset table', () => {
  it('home page cards show 31支 and 46支 side by side, each with its mark', async () => {
    const { page, close } = await openPage(browser(), `${base}/`, { javaScriptEnabled: false });
    const cards = page.locator('#headline-model-workers .card');
    const shown = await cards.evaluateAll((els) =>
      els.map((el) => [el.querySelector('.value')?.textContent, [...el.querySelectorAll('a.fact-mark')].map((a) => a.getAttribute('href')).join(' ')]),
    );
    expect(shown).toEqual([['31支', TEAMS], ['300多家', ''], ['46支', TEAMS]]);
    await page.locator('#headline-model-workers .card a.fact-mark').last().click();
    await page.waitForURL(`**${TEAMS}`);
    await expectBothSources(page);
    await close();
  });

  it('a chart marks the figure in its drawing (※1) and links the note under it and in its data table', async () => {
    const { page, close } = await openPage(browser(), `${base}/`, { javaScriptEnabled: false });
    const figure = page.locator('figure#model-worker-outreach-bar');
    expect(await figure.locator('svg').textContent()).toContain('31支 ※1');
    expect(await figure.locator('svg').textContent()).toContain('※1 来源说法不一');
    expect(await figure.locator('.chart-notes a.fact-mark').getAttribute('href')).toBe(TEAMS);
    const row = figure.locator('details.chart-table tbody tr', { hasText: '组建技术服务队' });
    expect(await row.locator('a.fact-mark').getAttribute('href')).toBe(TEAMS);
    await close();
  });

  it('a dataset table shows the mark in the value cell of both rows, without JavaScript and after sorting', async () => {
    const marks = (page: Page) =>
      page.locator('table.data-table tbody tr').evaluateAll((trs) =>
        trs.flatMap((tr) => [...tr.querySelectorAll('a.fact-mark')].map((a) => `${tr.id} ${a.closest('td')?.cellIndex} ${a.getAttribute('href')}`)),
      );
    const valueColumn = catalog.datasets.find((d) => d.id === 'model-worker-outreach')!.meta.fields.findIndex((f) => f.name === 'value');
    const expected = [`row-service-teams ${valueColumn} ${TEAMS}`, `row-service-teams-gdftu ${valueColumn} ${TEAMS}`];
    const plain = await openPage(browser(), `${base}/data/model-worker-outreach/`, { javaScriptEnabled: false });
    expect(await marks(plain.page)).toEqual(expected);
    await plain.close();
    const { page, close } = await openPage(browser(), `${base}/data/model-worker-outreach/`);
    await page.locator('table.data-table th button', { hasText: '数值' }).click();
    await page.waitForSelector('table.data-table th[aria-sort]');
    expect((await marks(page)).sort()).toEqual(expected);
    await page.locator('#row-service-teams-gdftu a.fact-mark').click();
    await page.waitForURL(`**${TEAMS}`);
    await expectBothSources(page);
    await close();
  });
});

describe('/sources/disagreements/', () => {
  it('explains every entry of data/disagreements.yaml, each with its anchor, kind and figures', async () => {
    const { page, close } = await openPage(browser(), `${base}/sources/disagreements/`, { javaScriptEnabled: false });
    const ids = await page.locator('section.disagreement').evaluateAll((els) => els.map((el) => el.id));
    expect(ids).toEqual(catalog.disagreements.map((d) => d.id));
    for (const d of catalog.disagreements) {
      expect(await page.locator(`[id="${d.id}"] .disagreement-figures li`).count()).toBe(d.figures.length);
    }
    expect(await page.locator('[id="hardship-recent-years-and-2021"] .kind').innerText()).toBe('时期不同，不可比');
    expect(await page.locator('[id="hardship-2021-total-and-parts"] li', { hasText: '（总数）' }).locator('a.fact').innerText()).toBe('812.3万元');
    await close();
  });
});
