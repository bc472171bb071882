/**
 * npm run build: checks everything and builds the site into dist/.
 *
 * Validation and the Astro build run side by side, one on each core (validation is
 * single-threaded; the Astro build leaves a core mostly idle while it renders pages). The
 * site exists only if both succeed: when either fails, dist/ is removed, so nothing broken
 * is ever published. A failed validation stops Astro at once; a failed Astro build lets the
 * validation finish, so an editor reads its plain-Chinese report rather than a stack trace.
 * The validation, which reads every row, also writes the files of the versions that Astro
 * reads from their digest (over 5 MB: src/lib/datasets/digest.ts) into a folder of its
 * own; they are moved into dist/ once both have passed.
 *
 * Then Pagefind indexes dist/ (in two parts once the older articles are many:
 * src/lib/search/shards.ts); its own runtime, which the site never loads, is removed
 * (search reads the index itself: src/lib/search/searcher.ts), and the index's hash is
 * written into the search page. SEARCH_RECENT_ARTICLES=<n> sets how many articles the
 * current index holds (default RECENT_ARTICLES; the tests use a small number).
 *
 * BUILD_TIMINGS=<file> also measures each step's peak memory, and the peak of all steps
 * running at once (sampled every 200 ms from /proc), and writes the figures there as JSON
 * (for npm run bench).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { DIGEST_FILES_DIR } from '../src/lib/datasets/file-output.ts';
import { problemsToReport } from '../src/lib/problems.ts';
import { SITE } from '../src/lib/site/config.ts';
import { editableTreeProblems } from '../src/lib/validation/files.ts';
import { searchIndexProblems } from '../src/lib/search/index-check.ts';
import { pagefindArgs } from '../src/lib/search/pagefind-cli.ts';
import { RECENT_ARTICLES, searchablePages, searchShards, shardSite } from '../src/lib/search/shards.ts';

const started = performance.now();
// A build is a production build whoever starts it. Vitest sets NODE_ENV=test and DEV=1,
// PROD, SSR, MODE and BASE_URL, which Astro reads as import.meta.env: a build started from
// a test then took the `astro dev` paths (dataset files as routes, every row read).
process.env.NODE_ENV = 'production';
for (const name of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete process.env[name];
const DIST = 'dist';
const DIGEST_FILES = join(SITE.root, DIGEST_FILES_DIR);
const node = process.execPath;
const timings = process.env.BUILD_TIMINGS;
const measure = Boolean(timings);

interface Step {
  id: string;
  name: string;
  status: number | null;
  output: string;
  seconds: number;
  peakMb?: number;
}

/** A step: an id for the figures, a name for people, the Node script with its arguments, and whether its failure stops the others. */
type StepSpec = [id: string, name: string, args: string[], stopsOthers?: boolean];

/** Resident memory of a process and all its descendants, in kB (Linux /proc; 0 elsewhere or once it is gone). */
function treeRssKb(pid: number): number {
  try {
    const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    const children = readdirSync(`/proc/${pid}/task`).flatMap((tid) => readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
    return own + children.reduce((sum, child) => sum + treeRssKb(child), 0);
  } catch {
    return 0;
  }
}

/** Running steps' process ids, for the memory sampler. */
const runningPids = new Set<number>();
let peakTotalKb = 0;
const sampler = measure && existsSync('/proc/self/status')
  ? setInterval(() => {
      let total = 0;
      for (const pid of runningPids) total += treeRssKb(pid);
      peakTotalKb = Math.max(peakTotalKb, total);
    }, 200)
  : undefined;

/** Runs a command, collecting its output (printed by the caller, so steps never interleave). */
function run([id, name, args]: StepSpec, running: Set<() => void>): Promise<Step> {
  const started = performance.now();
  const [command, ...rest] = measure ? ['/usr/bin/time', '-f', '__peak_kb=%M', node, ...args] : [node, ...args];
  const child = spawn(command!, rest, { stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid) runningPids.add(child.pid);
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const stop = () => child.kill('SIGTERM');
  running.add(stop);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      running.delete(stop);
      if (child.pid) runningPids.delete(child.pid);
      const peak = /__peak_kb=(\d+)\s*$/.exec(output);
      resolve({
        id,
        name,
        status,
        output: output.replace(/(Command exited with non-zero status \d+\n)?__peak_kb=\d+\s*$/, ''),
        seconds: (performance.now() - started) / 1000,
        ...(peak ? { peakMb: Number(peak[1]) / 1024 } : {}),
      });
    });
  });
}

/** Runs steps at once. */
async function together(steps: StepSpec[]): Promise<Step[]> {
  const running = new Set<() => void>();
  return Promise.all(
    steps.map((spec) =>
      run(spec, running).then((step) => {
        if (step.status !== 0 && spec[3]) for (const stop of running) stop();
        return step;
      }),
    ),
  );
}

/**
 * A failed step's output for people: Vite's and Astro's stack traces (frames, code
 * frames, "Stack trace:" blocks) removed; the message and the file it names kept.
 */
function withoutStackTraces(output: string): string {
  return output
    .replace(/^\s*Stack trace:\n(?:\s+at .*\n?)*/gm, '')
    .split('\n')
    .filter((line) => !/^\s+at .+\(?.*:\d+:\d+\)?$/.test(line))
    .join('\n');
}

/** Prints why the build failed (validation's report when it failed), removes dist/ and exits. */
function fail(steps: Step[]): never {
  const failed = steps.filter((s) => s.status !== 0 && s.status !== null);
  const validation = failed.find((s) => s.id === 'validate');
  if (!validation) process.stderr.write('构建失败（校验本身通过了）。以下是出错步骤的说明：\n\n');
  for (const step of validation ? [validation] : failed) process.stderr.write(withoutStackTraces(step.output));
  rmSync(DIST, { recursive: true, force: true });
  rmSync(DIGEST_FILES, { recursive: true, force: true });
  process.exit(1);
}

/** Moves every file under `from` to the same path under `to` (a rename: hard links stay links), then removes `from`. */
function moveInto(from: string, to: string): void {
  if (!existsSync(from)) return;
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(from, join(entry.parentPath, entry.name));
    mkdirSync(dirname(join(to, path)), { recursive: true });
    renameSync(join(from, path), join(to, path));
  }
  rmSync(from, { recursive: true, force: true });
}

function pruneSearchBundle(bundle: string): void {
  const keep = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|index|filter|fragment)$/;
  for (const name of readdirSync(bundle).filter((n) => !keep.test(n))) rmSync(join(bundle, name), { recursive: true });
}

/** The language hash of a Pagefind bundle's index. */
function indexHash(bundle: string): string {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const hash = entry.languages['zh-cn']?.hash;
  // Written into an HTML attribute and a file name: only the form Pagefind gives (zh-cn_<hex>).
  if (!hash || !/^zh-cn_[0-9a-f]+$/.test(hash)) throw new Error(`${bundle}: no zh-cn index of the expected form (${String(hash)})`);
  return hash;
}

/**
 * Writes the index's hash into the search page (data-index-hash), so that a search starts
 * with the index metadata instead of first fetching pagefind-entry.json: one round trip
 * fewer; and, when there is an archive index, its hash and how many articles it holds.
 */
function stampSearchPage(page: string, bundle: string, archive?: { bundle: string; articles: number }): void {
  const html = readFileSync(page, 'utf8');
  if (!html.includes('data-index-hash=""') || !html.includes('data-archive-hash=""')) throw new Error(`${page}: cannot record the search index`);
  writeFileSync(
    page,
    html
      .replace('data-index-hash=""', `data-index-hash="${indexHash(bundle)}"`)
      .replace('data-archive-hash=""', `data-archive-hash="${archive ? indexHash(archive.bundle) : ''}"`)
      .replace('data-archive-articles="0"', `data-archive-articles="${archive?.articles ?? 0}"`),
  );
}

const fonts = await together([['fonts', '字体', ['scripts/ensure-fonts.ts']]]);
if (fonts[0]!.status !== 0) fail(fonts);
process.stdout.write(fonts[0]!.output);
rmSync(DIST, { recursive: true, force: true });

// Links and special files are refused before Astro starts copying public/: nothing from
// outside the repository can reach dist/, not even for the moment before validation ends.
const outside = editableTreeProblems(SITE.root).filter((p) => p.code === 'FILE-SYMLINK' || p.code === 'FILE-NOT-FILE' || p.code === 'FILE-UNREADABLE');
if (outside.length > 0) {
  process.stderr.write(`校验未通过，网站不会构建。\n\n${problemsToReport(outside)}\n`);
  process.exit(1);
}

// The validation writes the files of versions with a digest (src/lib/datasets/digest.ts),
// which Astro does not build; they join dist/ once both steps have passed.
rmSync(DIGEST_FILES, { recursive: true, force: true });
process.env.ZQ_DIGEST_FILES = DIGEST_FILES;
const built = await together([
  ['validate', '校验', ['scripts/validate.ts'], true],
  ['astro', 'Astro', ['node_modules/astro/bin/astro.mjs', 'build']],
]);
if (built.some((s) => s.status !== 0)) fail(built);
for (const step of built) process.stdout.write(step.output);
moveInto(DIGEST_FILES, DIST);

// Pagefind indexes dist/ as one site, or, once there are more than RECENT_ARTICLES articles,
// as two: the current pages and the older articles (src/lib/search/shards.ts), side by side.
const shards = searchShards(searchablePages(DIST), Number(process.env.SEARCH_RECENT_ARTICLES || RECENT_ARTICLES));
const SHARDS = join(SITE.root, 'node_modules/.cache/zq-search-shards');
const indexed = await together(
  shards.archive.length === 0
    ? [['search', '搜索索引', pagefindArgs(DIST)]]
    : [
        ['search', '搜索索引', pagefindArgs(shardSite(DIST, shards.current, join(SHARDS, 'current')), join(DIST, 'pagefind'))],
        ['search-archive', '较早文章的搜索索引', pagefindArgs(shardSite(DIST, shards.archive, join(SHARDS, 'archive')), join(DIST, 'pagefind-archive'))],
      ],
);
rmSync(SHARDS, { recursive: true, force: true });
if (indexed.some((s) => s.status !== 0)) fail(indexed);
const bundles = ['pagefind', ...(shards.archive.length > 0 ? ['pagefind-archive'] : [])].map((b) => join(DIST, b));
// The site reads the index with its own code: refuse an index it cannot read (a Pagefind upgrade).
const indexProblems = bundles.flatMap((b) => searchIndexProblems(b));
if (indexProblems.length > 0) fail([{ ...indexed[0]!, status: 1, output: `搜索索引无法使用，网站不会发布：\n${indexProblems.map((p) => `- ${p}`).join('\n')}\n` }]);
bundles.forEach(pruneSearchBundle);
stampSearchPage(join(DIST, 'search/index.html'), bundles[0]!, bundles[1] ? { bundle: bundles[1], articles: shards.archive.length } : undefined);

const figure = (s: Step) => `${s.name} ${s.seconds.toFixed(1)} s${s.peakMb ? `（峰值 ${s.peakMb.toFixed(0)} MB）` : ''}`;
const total = (performance.now() - started) / 1000;
console.log(`构建完成，共 ${total.toFixed(1)} s：${built.map(figure).join(' ∥ ')}，然后${indexed.map(figure).join(' ∥ ')}`);
if (timings) {
  clearInterval(sampler);
  const steps = Object.fromEntries([...built, ...indexed].map(({ id, seconds, peakMb }) => [id, { seconds, peakMb }]));
  writeFileSync(timings, JSON.stringify({ seconds: total, peakTotalMb: peakTotalKb / 1024, steps }, null, 2));
}
