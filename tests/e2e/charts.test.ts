import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { renderChart } from '../../src/lib/charts/spec.ts';
import { HOME_CHARTS } from '../../src/lib/site/home.ts';
import { openPage } from '../helpers/browser.ts';
import { useBrowser } from '../helpers/use-browser.ts';
import { copyRepo } from '../helpers/repo-copy.ts';
import { repoCatalog } from '../helpers/site.ts';
import { serveStatic } from '../helpers/static-server.ts';

const base = inject('baseUrl');
const catalog = repoCatalog();
const homeCharts = HOME_CHARTS.map((spec) => {
  const chart = renderChart(catalog, spec);
  if ('error' in chart) throw new Error(chart.error);
  return chart;
});
const browser = useBrowser();

describe('charts on the home page', () => {
  it('are complete without JavaScript: an SVG image with title and description, and a data table', async () => {
    const { page, close } = await openPage(browser(), `${base}/`, { javaScriptEnabled: false });
    for (const chart of homeCharts) {
      const figure = page.locator(`figure#${chart.id}`);
      const svg = figure.locator('svg[role="img"]');
      expect(await svg.isVisible()).toBe(true);
      expect(await svg.locator(`title#${chart.id}-title`).textContent()).toBe(chart.title);
      expect((await svg.locator(`desc#${chart.id}-desc`).textContent())?.length).toBeGreaterThan(10);
      expect(await figure.locator('details.chart-table summary').innerText()).toBe('查看数据表');
    }
    await close();
  });

  it('each data table matches the dataset the chart was drawn from', async () => {
    const { page, close } = await openPage(browser(), `${base}/`);
    for (const [i, chart] of homeCharts.entries()) {
      const spec = HOME_CHARTS[i]!;
      const rows = await page.locator(`figure#${chart.id} details.chart-table tbody tr`).evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
      // The figures' columns, then (when any figure carries a mark) a 说明 column with the marks' words.
      const marks = chart.table.marks?.some((m) => m.length > 0) ? chart.table.marks : undefined;
      expect(rows).toEqual(chart.table.rows.map((row, i) => (marks ? [...row, marks[i]!.map((m) => m.label).join('')] : row)));
      if ('keys' in spec) expect(rows).toHaveLength(spec.keys.split(',').length);
    }
    await close();
  });

  it('links to the exact dataset version, standalone SVG and PNG files and a small embed page', async () => {
    const { page, errors, close } = await openPage(browser(), `${base}/`);
    for (const chart of homeCharts) {
      const figure = page.locator(`figure#${chart.id}`);
      expect(await figure.locator('a', { hasText: '版）' }).getAttribute('href')).toBe(`/data/${chart.dataset.id}/#v${chart.dataset.latest.version}`);
      const svg = await page.request.get(`${base}/charts/${chart.id}.svg`);
      expect(svg.headers()['content-type']).toContain('image/svg+xml');
      expect(await svg.text()).toContain(chart.svg);
      const png = await page.request.get(`${base}/charts/${chart.id}.png`);
      expect(png.headers()['content-type']).toBe('image/png');
      const bytes = await png.body();
      expect([...bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
      expect(bytes.readUInt32BE(16)).toBe(720); // IHDR width
      expect(await figure.locator('a', { hasText: '下载 PNG' }).getAttribute('href')).toBe(`/charts/${chart.id}.png`);
      const embed = await page.request.get(`${base}/embed/${chart.id}/`);
      const html = await embed.text();
      expect(html).toContain(`id="${chart.id}"`);
      expect(html).not.toContain('class="site-nav"');
      expect(Buffer.byteLength(html)).toBeLessThan(24_000);
    }
    expect(errors).toEqual([]);
    await close();
  });
});

describe('/progress/', () => {
  it('shows every target of targets-2025, each saying plainly that no data was reported', async () => {
    const { page, close } = await openPage(browser(), `${base}/progress/`, { javaScriptEnabled: false });
    const targets = catalog.datasets.find((d) => d.id === 'targets-2025')!.latest.rows;
    expect(await page.locator('section.target').count()).toBe(targets.length);
    for (const row of targets) {
      const section = page.locator(`#target-${String(row.key)}`);
      expect(await section.locator('.status').innerText()).toBe('尚无进展数据');
      expect(await section.innerText()).toContain('截止日期已过，至今未公布最终数字');
    }
    await close();
  });

  it('updates from a committed reading: bar, time series and status appear after a rebuild', async () => {
    const repo = copyRepo();
    const csv = 'data/target-progress/data.csv';
    repo.write(csv, `${repo.read(csv)}craftsmen-members,2025-06-30,2100,zhang-sihui-interview-2025,测试读数\n`);
    const env = { SITE_AS_OF: '2025-07-15' };
    expect(repo.run('npm', ['run', 'data:release', '--', 'target-progress', 'minor', '新增读数'], env).status).toBe(0);
    const build = repo.run('npm', ['run', 'build'], env);
    expect(build.status, build.stderr).toBe(0);
    const { url, server } = await serveStatic(join(repo.root, 'dist'));
    const { page, errors, close } = await openPage(browser(), `${url}/progress/`);
    const section = page.locator('#target-craftsmen-members');
    expect(await section.locator('.status').innerText()).toBe('按计划');
    expect(await section.locator('figure#progress-craftsmen-members svg desc').textContent()).toContain('2100人');
    expect(await section.locator('figure#progress-craftsmen-members-series svg circle').count()).toBe(1);
    expect(await page.locator('#target-paired-unions .status').innerText()).toBe('尚无进展数据');
    expect(errors).toEqual([]);
    await close();
    server.close();
  });
});
