import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CHROMIUM } from '../../tests/helpers/browser.ts';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  totalKb: number;
}

/**
 * Lighthouse (mobile emulation, the npm package driving Debian's Chromium) for one URL.
 * Asynchronous: the page may be served by this same process.
 */
export async function lighthouse(url: string): Promise<LighthouseFigures> {
  const flags = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
  const run = await promisify(execFile)(
    process.execPath,
    ['node_modules/lighthouse/cli/index.js', url, `--chrome-flags=${flags}`, '--output=json', '--quiet', '--only-categories=performance,accessibility,best-practices,seo'],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(run.stdout) as {
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue?: number }>;
  };
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? 0),
    cls: report.audits['cumulative-layout-shift']?.numericValue ?? 0,
    totalKb: (report.audits['total-byte-weight']?.numericValue ?? 0) / 1024,
  };
}
