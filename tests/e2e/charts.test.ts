import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { useBrowser } from '../helpers/use-browser.ts';
import { copyRepo } from '../helpers/repo-copy.ts';
import { repoCatalog } from '../helpers/site.ts';
import { serveStatic } from '../helpers/static-server.ts';

const base = inject('baseUrl');
const catalog = repoCatalog();
/**
 * The home page's charts, written out from the data files: the rows each chart shows (the
 * metric, the figure as the source worded it, the period) and, where a row carries a mark
 * (data/disagreements.yaml), a 说明 column with the mark's words.
 */
const NOT_COMPARABLE = '总数与分项';
const HOME = [
  {
    id: 'hardship-assistance-by-year-bar',
    dataset: 'hardship-assistance-by-year',
    title: '2021年困难职工帮扶：按类型',
    rows: [
      ['其中：生活救助资金', '382.9万元', '2021年', NOT_COMPARABLE],
      ['其中：大病救助资金', '25.6万元', '2021年', NOT_COMPARABLE],
      ['其中：金秋助学资金', '128.2万元', '2021年', NOT_COMPARABLE],
      ['其中：经省总工会下拨的2021年中央财政专项帮扶资金', '275.5万元', '2021年', NOT_COMPARABLE],
      ['其中：生活救助人次', '2804人次', '2021年', ''],
      ['其中：大病救助人次', '66人次', '2021年', ''],
      ['其中：中央财政专项帮扶资金帮扶人次', '372人次', '2021年', ''],
      ['其中：金秋助学资助学生', '300名', '2021年', ''],
    ],
  },
  {
    id: 'hardship-assistance-waffle-households',
    dataset: 'hardship-assistance',
    title: '常态化帮扶的困难职工户数（近年来，起始年份未说明）',
    rows: [['常态化帮扶困难职工', '2200多户', '近年来', '时期不同']],
  },
  {
    id: 'model-worker-outreach-bar',
    dataset: 'model-worker-outreach',
    title: '2024年劳模工匠宣讲与技术服务（访谈）',
    rows: [
      ['宣讲场次', '100多场次', '2024年', ''],
      ['宣讲受众', '超1万人次', '2024年', ''],
      ['组建技术服务队', '31支', '2024年', '来源说法不一'],
      ['服务队劳模工匠', '100多名', '2024年', ''],
      ['服务企业', '300多家', '2024年', ''],
      ['解决技术难题', '600多个', '2024年', ''],
      ['带动职工技能提升', '4000多人次', '2024年', ''],
    ],
  },
  { id: 'union-forests-waffle-plots', dataset: 'union-forests', title: '工会林：建成片数', rows: [['建设“工会林”', '35片', '近两年来']] },
];
const browser = useBrowser();

describe('charts on the home page', () => {
  it('are complete without JavaScript: an SVG image with title and description, and a data table', async () => {
    const { page, close } = await openPage(browser(), `${base}/`, { javaScriptEnabled: false });
    expect(await page.locator('main figure[id] svg[role="img"]').count()).toBe(HOME.length);
    for (const chart of HOME) {
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
    for (const chart of HOME) {
      const rows = await page.locator(`figure#${chart.id} details.chart-table tbody tr`).evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
      expect(rows).toEqual(chart.rows);
    }
    await close();
  });

  it('links to the exact dataset version, standalone SVG and PNG files and a small embed page', async () => {
    const { page, errors, close } = await openPage(browser(), `${base}/`);
    for (const chart of HOME) {
      const figure = page.locator(`figure#${chart.id}`);
      // The newest release of the dataset (data/<id>/versions/releases.yaml).
      const version = catalog.datasets.find((d) => d.id === chart.dataset)!.latest.version;
      expect(await figure.locator('a', { hasText: '版）' }).getAttribute('href')).toBe(`/data/${chart.dataset}/#v${version}`);
      const svg = await page.request.get(`${base}/charts/${chart.id}.svg`);
      expect(svg.headers()['content-type']).toContain('image/svg+xml');
      const standalone = await svg.text();
      expect(standalone).toContain(`<title id="${chart.id}-title">${chart.title}</title>`);
      expect(standalone.match(/<rect|<path|<circle/g)?.length).toBe(await figure.locator('svg[role="img"]').locator('rect, path, circle').count());
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
