import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { syntheticDataset } from '../../scripts/bench/corpus.ts';
import { sha256Hex } from '../../src/lib/datasets/checksum.ts';
import { recordDigest } from '../../src/lib/datasets/release.ts';
import { SITE_VALUES as V } from '../fixtures/hostile-values/values.ts';
import { FIXTURES } from './fixture-repo.ts';
import { copyRepo } from './repo-copy.ts';

/** Rows of the big dataset: its second release adds 199,000 rows (a dataset page once listed each), 8 MB: read by the pages from its digest. */
export const BIG_ROWS = 200_000;
export const BIG_DATASET = 'synthetic-01';
/** A dataset of three pages (50 rows a page), keys r1…r120. */
export const PAGED_DATASET = 'synthetic-02';
export const PAGED_ROWS = 120;
export const HOSTILE_ARTICLE = 'hostile-values';
export const HOSTILE_CHART = 'hostile-chart';

/**
 * A copy of the repository built once with markup-bearing values wherever an editor can
 * type text (dataset and source titles, cells, a release note, a plot and a county name,
 * an article's front matter, body and chart title) and one large dataset with history.
 * Returns the copy's root; the site is in `dist/` there.
 */
export function buildHostileSite(): string {
  const repo = copyRepo();
  const edit = (file: string, from: string, to: string) => {
    const text = repo.read(file);
    if (!text.includes(from)) throw new Error(`${file}: “${from}” not found`);
    repo.write(file, text.replace(from, to));
  };
  const yaml = (s: string) => JSON.stringify(s);
  edit('data/model-worker-outreach/meta.yaml', 'title: 劳模工匠宣讲与技术服务（2024年）', `title: ${yaml(V.datasetTitle)}`);
  edit('data/sources.yaml', 'title: 要把职工的“心上事”当作“上心事”', `title: ${yaml(V.sourceTitle)}`);
  edit('data/model-worker-outreach/data.csv', 'lecture-sessions,宣讲场次,', `lecture-sessions,"${V.metric.replace(/"/g, '""')}",`);
  edit('data/model-worker-outreach/data.csv', '600多个,zhang-sihui-interview-2025,', `600多个,zhang-sihui-interview-2025,"${V.formulaNote.replace(/"/g, '""')}"`);
  edit('data/union-forest-plots/data.csv', '示例地块一（工会林，非真实地点）', V.plotName);
  edit('data/union-service-places/data.csv', ',广宁县工人文化宫,', `,${V.plotName},`);
  edit('data/geo/zhaoqing-counties.topo.json', '"name":"端州区"', `"name":${JSON.stringify(V.countyName)}`);
  const article = readFileSync(join(FIXTURES, 'hostile-values', `${HOSTILE_ARTICLE}.mdx`), 'utf8')
    .replace('"__TITLE__"', yaml(V.articleTitle))
    .replace('"__SUMMARY__"', yaml(V.articleSummary))
    .replace('__CHART_TITLE__', V.chartTitle.replace('&', '&amp;'));
  repo.write(`content/articles/${HOSTILE_ARTICLE}.mdx`, article);
  for (const [path, text] of Object.entries(syntheticDataset(0, BIG_ROWS, sha256Hex, { firstRows: 1_000 }))) {
    mkdirSync(dirname(join(repo.root, 'data', path)), { recursive: true });
    writeFileSync(join(repo.root, 'data', path), text);
  }
  // A dataset of a few pages, small enough for the page to sort and page through it.
  for (const [path, text] of Object.entries(syntheticDataset(1, PAGED_ROWS, sha256Hex))) {
    mkdirSync(dirname(join(repo.root, 'data', path)), { recursive: true });
    writeFileSync(join(repo.root, 'data', path), text);
  }
  // Its 2.0.0 is over 5 MB: the release command would have written its digest (src/lib/datasets/digest.ts).
  recordDigest(repo.root, BIG_DATASET);
  const env = { SITE_AS_OF: '2026-11-24' };
  for (const id of ['model-worker-outreach', 'union-forest-plots', 'union-service-places']) {
    const release = repo.run('npm', ['run', 'data:release', '--', id, 'patch', V.releaseNote], env);
    if (release.status !== 0) throw new Error(`data:release ${id} failed:\n${release.stdout}\n${release.stderr}`);
  }
  const build = repo.run('npm', ['run', 'build'], env);
  if (build.status !== 0) throw new Error(`the hostile site did not build:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
  return repo.root;
}
