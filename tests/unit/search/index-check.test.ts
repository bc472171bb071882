import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchIndexProblems } from '../../../src/lib/search/index-check.ts';
import { removeOnExit } from '../../helpers/temp.ts';

const page = (i: number) =>
  `<html lang="zh-CN"><head><title>页面${i}</title></head><body><main data-pagefind-body>` +
  `<span hidden data-pagefind-filter="type:文章"></span><h1>工会林${i}</h1><p>职工认种树苗，第${i}片。</p></main></body></html>`;

/** An index written by the pinned Pagefind, as the build writes it. */
async function writeIndex(options: Record<string, unknown> = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'zq-index-check-'));
  removeOnExit(dir);
  const { index } = await pagefind.createIndex(options);
  if (!index) throw new Error('pagefind did not start');
  for (let i = 0; i < 4; i++) await index.addHTMLFile({ url: `/p${i}/`, content: page(i) });
  await index.writeFiles({ outputPath: dir });
  return dir;
}

/** A copy of the index to break. */
function copy(dir: string): string {
  const out = mkdtempSync(join(tmpdir(), 'zq-index-broken-'));
  removeOnExit(out);
  cpSync(dir, out, { recursive: true });
  return out;
}

let good = '';
beforeAll(async () => {
  good = await writeIndex();
}, 60_000);
afterAll(() => pagefind.close());

describe('searchIndexProblems(bundle)', () => {
  it('accepts an index the pinned Pagefind writes', () => {
    expect(searchIndexProblems(good)).toEqual([]);
  });

  it('refuses an index of another Pagefind version, naming both versions and what to do', () => {
    const dir = copy(good);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { version: string };
    writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ ...entry, version: '1.7.0' }));
    const [problem, ...rest] = searchIndexProblems(dir);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^搜索索引由 Pagefind 1\.7\.0 生成，而本站的搜索代码只读得懂 Pagefind 1\.6\.0 的索引格式。/);
    expect(problem).toContain('src/lib/search/pagefind-index.ts');
  });

  it('refuses metadata without Pagefind’s file signature, and a missing word chunk', () => {
    const dir = copy(good);
    const meta = readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!;
    writeFileSync(join(dir, meta), gzipSync(Buffer.from('pagefind_xyz not cbor')));
    expect(searchIndexProblems(dir)).toEqual([expect.stringMatching(/^搜索索引的元数据不是本站搜索代码读得懂的格式：Pagefind index: unexpected file signature/)]);
    const other = copy(good);
    rmSync(join(other, 'index', readdirSync(join(other, 'index'))[0]!));
    expect(searchIndexProblems(other)).toEqual([expect.stringContaining('缺少 1 个词块文件')]);
  });

  it('refuses grouped fragments (what Pagefind writes for a site with more pages than max-fragments)', async () => {
    const grouped = await writeIndex({ maxFragments: 2 });
    expect(readdirSync(join(grouped, 'fragment')).some((f) => f.includes('_group_'))).toBe(true);
    const problems = searchIndexProblems(grouped);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^搜索索引的(元数据|页面片段)不是本站搜索代码读得懂的格式/);
  }, 60_000);
});
