/**
 * Mutation scores per folder of src/lib/ from Stryker's JSON report, with the targets of
 * issue #16: 90 % for the modules that guard truth and safety, 80 % for the rest. Mutants
 * listed in tests/mutation/equivalent-mutants.yaml (no test can tell them from the original)
 * count neither way.
 */
import { parse } from 'yaml';

/** One mutant of Stryker's JSON report (mutation-testing-report-schema), the fields used here. */
export interface ReportMutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}

export interface MutationReport {
  files: Record<string, { source: string; mutants: ReportMutant[] }>;
}

/** A surviving mutant that behaves exactly like the original, with the reason. */
export interface EquivalentMutant {
  file: string;
  mutator: string;
  /** The source text the mutant changes, as Stryker shows it (whitespace runs count as one space). */
  original: string;
  replacement: string;
  reason: string;
}

/**
 * Modules that guard truth and safety (issue #16): 90 %. Everything else in src/lib/: 80 %.
 * The article guard counts with what it uses to decide (the URL policy, the component list,
 * the published-text checks and the personal-data and clean-text rules behind them); the map
 * plots with the place rows they are drawn from.
 */
export const GUARDED = [
  'src/lib/format/',
  ...['personal-data', 'clean-text', 'published-text'].map((m) => `src/lib/validation/${m}.ts`),
  ...['article-guard', 'url-policy', 'mdx-components'].map((m) => `src/lib/content/${m}.ts`),
  'src/lib/progress/status.ts',
  ...['load', 'release', 'checksum', 'rows', 'cells', 'diff', 'versioning'].map((m) => `src/lib/datasets/${m}.ts`),
  ...['plots', 'places', 'boundaries'].map((m) => `src/lib/map/${m}.ts`),
];
export const GUARDED_TARGET = 90;
export const REST_TARGET = 80;

export interface Tally {
  killed: number;
  survived: number;
  noCoverage: number;
  equivalent: number;
}

/** Killed (and timed out) over killed + survived + not covered; `undefined` when nothing counts. */
export function score(t: Tally): number | undefined {
  const counted = t.killed + t.survived + t.noCoverage;
  return counted === 0 ? undefined : (100 * t.killed) / counted;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The source text a mutant replaces (1-based lines and columns, end exclusive). */
export function mutatedText(source: string, m: ReportMutant): string {
  const lines = source.split('\n');
  const { start, end } = m.location;
  if (start.line === end.line) return lines[start.line - 1]!.slice(start.column - 1, end.column - 1);
  return [lines[start.line - 1]!.slice(start.column - 1), ...lines.slice(start.line, end.line - 1), lines[end.line - 1]!.slice(0, end.column - 1)].join('\n');
}

/** Reads the equivalent-mutants list (YAML: a list of {file, mutator, original, replacement, reason}). */
export function parseEquivalents(text: string): EquivalentMutant[] {
  const list: unknown = parse(text) ?? [];
  if (!Array.isArray(list)) throw new Error('equivalent-mutants.yaml: expected a list');
  return list.map((entry, i) => {
    const e = entry as Partial<EquivalentMutant>;
    for (const key of ['file', 'mutator', 'original', 'replacement', 'reason'] as const) {
      if (typeof e[key] !== 'string' || e[key] === '') throw new Error(`equivalent-mutants.yaml entry ${i + 1}: ${key} missing`);
    }
    return e as EquivalentMutant;
  });
}

export interface Scores {
  /** Per folder of src/lib/ (top-level files under "src/lib/"). */
  folders: Map<string, Tally>;
  /** The guarded modules together, and the rest of src/lib/ together. */
  guarded: Tally;
  rest: Tally;
  /** Per guarded module and per folder of the rest, with its target. */
  targets: { name: string; target: number; tally: Tally }[];
  /** Equivalent-list entries that matched no surviving mutant (stale: remove them). */
  unmatched: EquivalentMutant[];
}

const empty = (): Tally => ({ killed: 0, survived: 0, noCoverage: 0, equivalent: 0 });

function add(t: Tally, status: string, equivalent: boolean) {
  if (status === 'Killed' || status === 'Timeout') t.killed++;
  else if (equivalent) t.equivalent++;
  else if (status === 'Survived') t.survived++;
  else if (status === 'NoCoverage') t.noCoverage++;
}

/** Tallies the report per folder and per target group. */
export function mutationScores(report: MutationReport, equivalents: EquivalentMutant[]): Scores {
  const folders = new Map<string, Tally>();
  const groups = new Map<string, { target: number; tally: Tally }>();
  const guarded = empty();
  const rest = empty();
  const used = new Set<EquivalentMutant>();
  for (const [file, { source, mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const folder = file.replace(/[^/]+$/, '');
    const guard = GUARDED.find((g) => (g.endsWith('/') ? file.startsWith(g) : file === g));
    const group = guard ?? folder;
    for (const m of mutants) {
      const undetected = m.status === 'Survived' || m.status === 'NoCoverage';
      // A mutant that only makes the code slower survives or times out depending on the
      // machine's load: its entry stays listed either way (a timeout counts as killed).
      const match =
        undetected || m.status === 'Timeout'
          ? equivalents.find((e) => e.file === file && e.mutator === m.mutatorName && squash(e.replacement) === squash(m.replacement ?? '') && squash(e.original) === squash(mutatedText(source, m)))
          : undefined;
      if (match) used.add(match);
      for (const t of [
        folders.get(folder) ?? folders.set(folder, empty()).get(folder)!,
        (groups.get(group) ?? groups.set(group, { target: guard ? GUARDED_TARGET : REST_TARGET, tally: empty() }).get(group)!).tally,
        guard ? guarded : rest,
      ]) add(t, m.status, Boolean(match) && undetected);
    }
  }
  return {
    folders,
    guarded,
    rest,
    targets: [...groups].map(([name, g]) => ({ name, ...g })).sort((a, b) => b.target - a.target || a.name.localeCompare(b.name)),
    unmatched: equivalents.filter((e) => !used.has(e)),
  };
}

// Terminal columns: a Chinese character takes two.
const width = (text: string) => [...text].reduce((n, c) => n + (/[\u2e80-\uffef]/.test(c) ? 2 : 1), 0);
const padEnd = (text: string, n: number) => text + ' '.repeat(Math.max(0, n - width(text)));
const padStart = (text: string, n: number) => ' '.repeat(Math.max(0, n - width(text))) + text;
const pct = (t: Tally) => (score(t) === undefined ? '—' : `${score(t)!.toFixed(1)} %`);
const row = (name: string, t: Tally, extra = '') =>
  `${padEnd(name, 44)} ${padStart(pct(t), 8)} ${[t.killed, t.survived, t.noCoverage, t.equivalent].map((n) => padStart(String(n), 6)).join('')}${extra}`;

/** The scores as a plain-text report; `failed` lists the groups under their target. */
export function scoresToText(s: Scores): { text: string; failed: string[] } {
  const head = `${padEnd('文件夹', 44)} ${padStart('得分', 8)}${['杀死', '存活', '未覆盖', '等价'].map((h) => padStart(h, 6)).join('')}`;
  const failed = s.targets.filter((t) => (score(t.tally) ?? 100) < t.target).map((t) => t.name);
  const lines = [
    '变异测试得分（杀死 ÷ (杀死 + 存活 + 未覆盖)；等价变异不计）',
    head,
    ...[...s.folders].map(([folder, t]) => row(folder, t)),
    '',
    row(`守护真实与安全的模块（目标 ≥ ${GUARDED_TARGET} %）`, s.guarded),
    row(`src/lib/ 其余部分（目标 ≥ ${REST_TARGET} %）`, s.rest),
    '',
    ...(failed.length > 0 ? ['未达目标：', ...s.targets.filter((t) => failed.includes(t.name)).map((t) => row(`  ${t.name}`, t.tally, `  < ${t.target} %`))] : ['每个模块都达到目标。']),
    ...(s.unmatched.length > 0 ? ['', '等价变异清单中这些条目已找不到存活的变异（代码已改或已被测试杀死），请删除：', ...s.unmatched.map((e) => `  ${e.file} ${e.mutator} ${e.original} → ${e.replacement}`)] : []),
  ];
  return { text: lines.join('\n'), failed };
}
