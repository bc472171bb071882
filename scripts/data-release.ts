/**
 * npm run data:release -- <dataset-id> <major|minor|patch> "发布说明"
 * Turns data/<id>/data.csv into the next released version (see src/lib/datasets/release.ts).
 */
import { problemsToReport } from '../src/lib/problems.ts';
import { releaseDataset } from '../src/lib/datasets/release.ts';
import { BUMPS, type Bump } from '../src/lib/datasets/versioning.ts';
import { SITE } from '../src/lib/site/config.ts';

const [id, bump, note] = process.argv.slice(2);
const usage = '用法：npm run data:release -- <数据集代码> <major|minor|patch> "发布说明"';
if (!id || !bump || !note || !(BUMPS as readonly string[]).includes(bump)) {
  console.error(usage);
  process.exit(2);
}
const outcome = await releaseDataset(SITE.root, { id, bump: bump as Bump, note, date: SITE.asOf });
if ('problems' in outcome) {
  console.error(`发布失败，已发布的版本没有被改动。\n\n${problemsToReport(outcome.problems)}`);
  process.exit(1);
}
const r = outcome.record;
console.log(`已发布 ${id} ${r.version}（${r.date}，${r.bytes} 字节，sha256 ${r.sha256}）。`);
console.log(`请提交：git add data/${id} && git commit -m "data: ${id} ${r.version}"`);
