/**
 * npm run bench: prints the figures the quality targets are judged by.
 *  1. The real site (dist/ must be built): Lighthouse (mobile) for each page type, the
 *     bytes a first search transfers (gzip, as a CDN serves them) and the query time; the CPU
 *     cost of one share card drawn without the cache.
 *  2. For each size in BENCH_ARTICLES (default `2000,10000`): that many synthetic Chinese
 *     articles and one dataset per 50 articles (at least 50), the first grown in its second
 *     release from 1,000 rows to BENCH_BIG_ROWS (default 1,000,000), built with
 *     `npm run build` in a temporary copy (cold: no card cache): build time, peak memory of
 *     all processes, where the time goes (validation, Astro's bundling and its pages by type,
 *     Pagefind), dist/ size per format, the largest page, and the first search on that index
 *     (bytes and time, and on a throttled network). Then the same articles and CSV files in a
 *     plain Astro MDX site, in the same run, and the ratios. BENCH_WARM=1 also times a second
 *     build of the same copy (the card cache warm).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { sha256Hex } from '../src/lib/datasets/checksum.ts';
import { recordDigest } from '../src/lib/datasets/release.ts';
import { syntheticArticle, syntheticDataset } from './bench/corpus.ts';
import { lighthouse } from './bench/lighthouse.ts';
import { benchShareCards } from './bench/share-cards.ts';
import { writePlainAstroSite } from './bench/plain-astro.ts';
import { astroPhases, dataTimes, routeTimes, shareCardFigures } from './bench/astro-log.ts';

// BENCH_ARTICLES= (empty) measures the real site only.
const SIZES = (process.env.BENCH_ARTICLES ?? '2000,10000').split(',').filter(Boolean).map(Number);
const BIG_ROWS = Number(process.env.BENCH_BIG_ROWS ?? 1_000_000);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows: [string, string][] = [];
const report = (name: string, value: string) => {
  rows.push([name, value]);
  console.log(`${name}: ${value}`);
};

function walk(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    return e.isDirectory() ? walk(full) : [{ path: full, bytes: statSync(full).size }];
  });
}

/**
 * Serves `dist`, opens /search/ and runs one query: the gzip bytes of everything fetched
 * (the page, its stylesheet and script, the index files) and the time from typing to results.
 */
async function firstQuery(dist: string, query: string) {
  const { url, server } = await serveStatic(dist);
  const browser = await launchBrowser();
  const page = await (await browser.newContext()).newPage();
  const fetched: Promise<number>[] = [];
  page.on('response', (r) => fetched.push(r.body().then((b) => gzipSync(b).length, () => 0)));
  await page.goto(`${url}/search/`);
  const start = performance.now();
  await page.locator('#q').fill(query);
  await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
  const ms = performance.now() - start;
  const count = await page.locator('#search-results li').count();
  const sum = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0);
  const bytes = sum(await Promise.all(fetched));
  const requests = fetched.length;
  // With an index of older articles: what the reader's “also search older articles” costs on top.
  let archive: { bytes: number; ms: number; requests: number } | undefined;
  if (await page.locator('#search-archive').isVisible()) {
    const begin = performance.now();
    await page.locator('#search-archive').click();
    await page.waitForFunction(() => document.querySelector('#search-archive')?.hasAttribute('hidden'));
    archive = { ms: performance.now() - begin, bytes: sum(await Promise.all(fetched.slice(requests))), requests: fetched.length - requests };
  }
  await browser.close();
  server.close();
  return { bytes, ms, count, requests, archive };
}

/** What scripts/build.ts writes to BUILD_TIMINGS. */
interface BuildTimings {
  seconds: number;
  /** All steps running at once, sampled every 200 ms. */
  peakTotalMb: number;
  steps: Record<'validate' | 'astro' | 'search', { seconds: number; peakMb: number }> & { 'search-archive'?: { seconds: number; peakMb: number } };
}

/**
 * Median of 5 visits to /search/ over an emulated slow mobile network (150 ms round trip,
 * 1.6 Mbit/s down, as Lighthouse's mobile profile): from navigation to /search/?q=… to the
 * results, and, the page open and the reader in the search box, from typing the query to the results.
 */
async function searchOnSlowNetwork(dist: string, query: string): Promise<{ navigationMs: number; typingMs: number }> {
  const { url, server } = await serveStatic(dist);
  const browser = await launchBrowser();
  const navigation: number[] = [];
  const typing: number[] = [];
  const found = () => /找到/.test(document.querySelector('#search-status')?.textContent ?? '');
  for (let i = 0; i < 5; i++) {
    for (const typed of [false, true]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 });
      if (typed) {
        // The reader enters the box, then types (what entering the box starts has time to arrive).
        await page.goto(`${url}/search/`, { waitUntil: 'load' });
        await page.locator('#q').focus();
        await page.waitForLoadState('networkidle');
        const start = performance.now();
        await page.locator('#q').fill(query);
        await page.waitForFunction(found);
        typing.push(performance.now() - start);
      } else {
        const start = performance.now();
        await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
        await page.waitForFunction(found);
        navigation.push(performance.now() - start);
      }
      await context.close();
    }
  }
  await browser.close();
  server.close();
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!;
  return { navigationMs: median(navigation), typingMs: median(typing) };
}

/** Runs a command under GNU time; returns wall seconds, peak resident memory and what it printed. */
function timed(cwd: string, command: string[], env: Record<string, string>) {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', ...command], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) {
    // The whole output goes to a file; the message keeps the lines that say what failed (not Vite's warnings and code frames).
    const log = join(tmpdir(), `zq-bench-failed-${Date.now()}.log`);
    writeFileSync(log, `${run.stdout}\n${run.stderr}`);
    const said = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => l.trim() && !/\[WARN\]|[│╭╰─]|^\s+at /.test(l));
    throw new Error(`${command.join(' ')} failed (whole output: ${log}):\n${said.slice(-40).join('\n')}`);
  }
  const [seconds = '0', kbytes = '0'] = run.stderr.trim().split('\n').at(-1)!.split(' ');
  return { seconds: Number(seconds), peakMb: Number(kbytes) / 1024, stdout: run.stdout };
}

/** dist/ files grouped by format: the search index as one group, the rest by extension. */
function sizeByFormat(dist: string, files: { path: string; bytes: number }[]): string {
  const groups = new Map<string, { files: number; bytes: number }>();
  for (const f of files) {
    const rel = f.path.slice(dist.length + 1);
    const group = /^pagefind(-archive)?\//.test(rel) ? 'pagefind' : rel.startsWith('share/') ? 'png (share cards)' : (/\.([a-z]+)$/.exec(rel)?.[1] ?? 'other');
    const g = groups.get(group) ?? { files: 0, bytes: 0 };
    g.files += 1;
    g.bytes += f.bytes;
    groups.set(group, g);
  }
  return [...groups].sort((a, b) => b[1].bytes - a[1].bytes).map(([name, g]) => `${name} ${(g.bytes / 1024 / 1024).toFixed(1)} MB (${g.files})`).join(' · ');
}


// 1. The real site: Lighthouse on every page type, then the first search.
const PAGE_TYPES = [
  ['home', '/'],
  ['article', '/articles/zhang-sihui-interview/'],
  ['article + chart', '/articles/model-workers-2024/'],
  ['article + map', '/articles/union-forests/'],
  ['dataset', '/data/model-worker-outreach/'],
  ['progress', '/progress/'],
  ['forests', '/forests/'],
  ['search', '/search/?q=工会林'],
  ['about', '/about/'],
  ['embed', '/embed/forest-map/'],
] as const;
if (!process.env.BENCH_SKIP_LIGHTHOUSE) {
  const { url, server } = await serveStatic(join(process.cwd(), 'dist'));
  for (const [type, path] of PAGE_TYPES) {
    const l = await lighthouse(`${url}${encodeURI(path)}`);
    report(`lighthouse · ${type} (${path})`, `perf ${l.performance} · a11y ${l.accessibility} · best ${l.bestPractices} · SEO ${l.seo} · LCP ${l.lcpMs} ms · CLS ${l.cls.toFixed(3)} · ${l.totalKb.toFixed(1)} KB`);
  }
  server.close();
}
const real = await firstQuery(join(process.cwd(), 'dist'), '工会林');
report('real site · open /search/ and first query “工会林” · transferred (gzip)', `${kb(real.bytes)} in ${real.requests} requests`);
report('real site · first query · time to results', `${real.ms.toFixed(0)} ms, ${real.count} results`);
const realSlow = await searchOnSlowNetwork(join(process.cwd(), 'dist'), '工会林');
report('real site · search 工会林 on a slow network (150 ms RTT, 1.6 Mbit/s), median of 5', `${realSlow.navigationMs.toFixed(0)} ms from opening /search/?q=工会林 to results; ${realSlow.typingMs.toFixed(0)} ms from typing (page open, reader in the box) to results`);

// Share cards (Open Graph images): the cost of one card drawn without the cache.
const cards = await benchShareCards(200, 1);
report('share cards · 200 drawn without cache, 1 worker', `${cards.workerCpuMsPerCard.toFixed(1)} ms CPU a card in the worker, ${cards.mainCpuMsPerCard.toFixed(2)} ms on the main thread, ${cards.wallMsPerCard.toFixed(1)} ms wall; worker start ${cards.startupMs.toFixed(0)} ms`);

/** One synthetic size: our build and a plain Astro build of the same content, side by side, then the search. */
async function benchSize(ARTICLES: number, DATASETS: number): Promise<void> {
  const label = `${ARTICLES} articles`;
  const root = mkdtempSync(join(tmpdir(), 'zq-bench-'));
  try {
    const files = spawnSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
    for (const file of files) cpSync(file, join(root, file));
    symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
    rmSync(join(root, 'content/articles'), { recursive: true });
    mkdirSync(join(root, 'content/articles'));
    for (let i = 0; i < ARTICLES; i++) {
      const { slug, mdx } = syntheticArticle(i);
      writeFileSync(join(root, 'content/articles', `${slug}.mdx`), mdx);
    }
    const datasetFiles = Array.from({ length: DATASETS }, (_, i) => (i === 0 ? syntheticDataset(i, BIG_ROWS, sha256Hex, { firstRows: 1_000 }) : syntheticDataset(i, 200, sha256Hex)));
    for (const [path, text] of datasetFiles.flatMap((files) => Object.entries(files))) {
      mkdirSync(dirname(join(root, 'data', path)), { recursive: true });
      writeFileSync(join(root, 'data', path), text);
    }
    // 2.0.0 of the largest is over 5 MB: the release command would have written its digest.
    recordDigest(root, 'synthetic-01');
    // Share cards are drawn afresh, as on a machine without the card cache.
    const env = { SITE_AS_OF: '2026-11-24', SHARE_CARD_CACHE: '0' };
    const node = process.execPath;
    const timingsFile = join(root, 'build-timings.json');
    const ours = timed(root, [node, 'scripts/build.ts'], { ...env, BUILD_TIMINGS: timingsFile });
    const build = JSON.parse(readFileSync(timingsFile, 'utf8')) as BuildTimings;
    const { validate, astro, search, 'search-archive': archive } = build.steps;
    const pagefind = archive ? `pagefind ${search.seconds.toFixed(1)} s ∥ archive index ${archive.seconds.toFixed(1)} s` : `pagefind ${search.seconds.toFixed(1)} s`;
    // Validation and Astro run at the same time: the sampled peak of both together (their separate peaks come at different moments).
    const ourPeak = build.peakTotalMb;
    const phases = astroPhases(ours.stdout);
    report(
      `${label} · ${DATASETS} datasets (${BIG_ROWS} rows in the largest, two releases) · npm run build`,
      `${build.seconds.toFixed(1)} s (validate ${validate.seconds.toFixed(1)} s ∥ astro ${astro.seconds.toFixed(1)} s, then ${pagefind})`,
    );
    report(`${label} · peak memory, all processes at once (sampled; each alone: validate ${validate.peakMb.toFixed(0)} MB, astro ${astro.peakMb.toFixed(0)} MB, then pagefind ${search.peakMb.toFixed(0)} MB${archive ? ` ∥ ${archive.peakMb.toFixed(0)} MB` : ''})`, `${ourPeak.toFixed(0)} MB`);
    report(
      `${label} · where Astro's time goes`,
      `bundling ${phases.bundleSeconds?.toFixed(1) ?? '?'} s, pages ${phases.generateSeconds?.toFixed(1) ?? '?'} s: ${routeTimes(ours.stdout)
        .slice(0, 8)
        .map((r) => `${r.type} ${(r.ms / 1000).toFixed(1)} s (${r.pages}, ${(r.ms / r.pages).toFixed(1)} ms each)`)
        .join(' · ')}`,
    );
    const data = dataTimes(ours.stdout);
    if (data.length > 0) report(`${label} · datasets in the Astro step (before and between the pages)`, data.map((d) => `${d.part} ${d.seconds.toFixed(1)} s`).join(' · '));
    const digested = dataTimes(ours.stdout, 'validate');
    if (digested.length > 0) report(`${label} · versions read from their digest, in the validate step (beside Astro)`, digested.map((d) => `${d.part} ${d.seconds.toFixed(1)} s`).join(' · '));
    const cardFigures = shareCardFigures(ours.stdout);
    if (cardFigures) report(`${label} · share cards (drawn in a worker beside the pages)`, `${cardFigures.cards} cards, ${cardFigures.drawn} drawn, ${cardFigures.cpuSeconds.toFixed(1)} s of worker CPU`);
    if (process.env.BENCH_WARM) {
      const warm = timed(root, [node, 'scripts/build.ts'], { SITE_AS_OF: env.SITE_AS_OF });
      report(`${label} · second build of the same copy (card cache warm)`, `${warm.seconds.toFixed(1)} s`);
    }
    const dist = walk(join(root, 'dist'));
    const index = dist.filter((f) => f.path.includes('/pagefind/'));
    const archiveIndex = dist.filter((f) => f.path.includes('/pagefind-archive/'));
    const pages = dist.filter((f) => f.path.endsWith('.html')).sort((a, b) => b.bytes - a.bytes);
    report(`${label} · dist/`, `${(dist.reduce((a, f) => a + f.bytes, 0) / 1024 / 1024).toFixed(1)} MB in ${dist.length} files, ${pages.length} pages`);
    report(`${label} · dist/ by format (MB, files)`, sizeByFormat(join(root, 'dist'), dist));
    const mb = (files: { bytes: number }[]) => `${(files.reduce((a, f) => a + f.bytes, 0) / 1024 / 1024).toFixed(1)} MB in ${files.length} files`;
    report(`${label} · search index`, archiveIndex.length > 0 ? `current ${mb(index)}, older articles ${mb(archiveIndex)}` : mb(index));
    report(`${label} · largest page`, `${kb(pages[0]?.bytes ?? 0)} (${pages[0]?.path.replace(join(root, 'dist'), '')}); pages over 200 KB: ${pages.filter((p) => p.bytes > 200 * 1024).length}`);
    // What each format of the big release costs on disk and over the wire (hosts gzip text).
    const bigFolder = join(root, 'dist/data/synthetic-01/2.0.0');
    report(
      `${label} · the ${BIG_ROWS}-row release by format (bytes, gzip): also in latest/`,
      readdirSync(bigFolder)
        .filter((name) => /\.(csv|json)$/.test(name) && name !== 'datapackage.json')
        .map((name) => {
          const bytes = readFileSync(join(bigFolder, name));
          return `${name} ${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${(gzipSync(bytes).length / 1024 / 1024).toFixed(1)} MB`;
        })
        .join(' · '),
    );
    const big = pages.find((p) => p.path.endsWith('/data/synthetic-01/index.html'));
    report(`${label} · page of the ${BIG_ROWS}-row dataset (its release added ${BIG_ROWS - 1_000} rows)`, kb(big?.bytes ?? 0));

    // The same articles in a plain Astro MDX site, in the same run.
    const plainRoot = join(root, 'plain');
    const csvFiles = datasetFiles.flatMap((files) => Object.entries(files).filter(([path]) => path.endsWith('/versions/1.0.0.csv') || path.endsWith('/versions/2.0.0.csv')));
    writePlainAstroSite(plainRoot, Array.from({ length: ARTICLES }, (_, i) => syntheticArticle(i)), csvFiles, join(process.cwd(), 'node_modules'));
    const plain = timed(plainRoot, [node, 'node_modules/astro/bin/astro.mjs', 'build'], env);
    const plainPhases = astroPhases(plain.stdout);
    report(`${label} · plain Astro MDX, same articles and CSV files · build time`, `${plain.seconds.toFixed(1)} s (bundling ${plainPhases.bundleSeconds?.toFixed(1) ?? '?'} s, pages ${plainPhases.generateSeconds?.toFixed(1) ?? '?'} s), peak ${plain.peakMb.toFixed(0)} MB`);
    report(`${label} · ours ÷ plain · build time`, `${(build.seconds / plain.seconds).toFixed(2)}× (Astro step alone ${(astro.seconds / plain.seconds).toFixed(2)}×)`);
    report(`${label} · ours ÷ plain · peak memory`, `${(ourPeak / plain.peakMb).toFixed(2)}×`);
    rmSync(plainRoot, { recursive: true, force: true });

    const q = await firstQuery(join(root, 'dist'), '工会林');
    report(`${label} · open /search/ and first query “工会林” · transferred (gzip)`, `${kb(q.bytes)} in ${q.requests} requests, ${q.count} results`);
    report(`${label} · first query · time to results`, `${q.ms.toFixed(0)} ms`);
    if (q.archive) report(`${label} · then “also search the older articles” · transferred (gzip), time`, `${kb(q.archive.bytes)} in ${q.archive.requests} requests, ${q.archive.ms.toFixed(0)} ms`);
    const slow = await searchOnSlowNetwork(join(root, 'dist'), '工会林');
    report(`${label} · search 工会林 on a slow network (150 ms RTT, 1.6 Mbit/s), median of 5`, `${slow.navigationMs.toFixed(0)} ms from opening /search/?q=工会林 to results; ${slow.typingMs.toFixed(0)} ms from typing (page open, reader in the box) to results`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// 2. Synthetic corpora, each beside a plain Astro build of the same articles and CSV files.
for (const articles of SIZES) await benchSize(articles, Math.max(50, Math.round(articles / 50)));

console.log('\n| measure | figure |\n| --- | --- |');
for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
