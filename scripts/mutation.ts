/**
 * npm run test:mutation [-- <stryker options, e.g. --mutate 'src/lib/format/**\/*.ts'>]:
 * Stryker over src/lib/ against the unit tests (stryker.config.mjs), incremental, then the
 * score per folder and the targets. Exits 1 when a target is missed in a run of all of src/lib.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mutationScores, parseEquivalents, scoresToText, type MutationReport } from './mutation/scores.ts';

const REPORT = 'reports/mutation/mutation.json';
const EQUIVALENTS = 'tests/mutation/equivalent-mutants.yaml';

const run = (args: string[]) => spawnSync('npx', args, { stdio: 'inherit' }).status ?? 1;
const args = process.argv.slice(2);

// The type checker needs astro:content's types, which `astro sync` writes to .astro/.
if (run(['astro', 'sync']) !== 0) process.exit(1);
const started = Date.now();
const status = run(['stryker', 'run', ...args]);
if (status !== 0 || !existsSync(REPORT)) process.exit(status || 1);

const report = JSON.parse(readFileSync(REPORT, 'utf8')) as MutationReport;
const { text, failed } = scoresToText(mutationScores(report, parseEquivalents(readFileSync(EQUIVALENTS, 'utf8'))));
console.log(`\n${text}\n\n用时 ${((Date.now() - started) / 60000).toFixed(1)} 分钟；报告：reports/mutation/mutation.html`);
// A run over part of src/lib (--mutate) still prints every folder from the incremental
// results, but only a run of everything decides whether the targets are met.
if (failed.length > 0 && !args.some((a) => a.startsWith('--mutate') || a === '-m')) process.exit(1);
