import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCBOR } from '@levischuck/tiny-cbor';
import { searchIndexProblems } from '../../../src/lib/search/index-check.ts';
import { decodeMeta } from '../../../src/lib/search/pagefind-index.ts';
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

/** How the advice on upgrading Pagefind begins, after each problem with the index's files. */
const UPGRADE_START = '升级 Pagefind 时，先按新版本的索引格式修改 src/lib/search/pagefind-index.ts';

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
    expect(searchIndexProblems(other)).toEqual([expect.stringMatching(/^搜索索引的词块不是本站搜索代码读得懂的格式：缺少 1 个词块文件。升级 Pagefind 时/)]);
  });

  it('refuses a folder where Pagefind wrote nothing, and an index without the site’s language', () => {
    const empty = mkdtempSync(join(tmpdir(), 'zq-index-empty-'));
    removeOnExit(empty);
    expect(searchIndexProblems(empty)).toEqual(['搜索索引缺少 pagefind-entry.json：Pagefind 没有写出索引。']);
    expect(searchIndexProblems(good, 'en')).toEqual(['搜索索引里没有 en 语言的索引（页面的 <html lang> 是否还是 zh-CN？）。']);
  });

  it('says when the index does not tell its Pagefind version', () => {
    const dir = copy(good);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { version?: string };
    delete entry.version;
    writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify(entry));
    expect(searchIndexProblems(dir)).toEqual([expect.stringMatching(/^搜索索引由 Pagefind （未知版本） 生成，/)]);
  });

  it('refuses metadata that names another version than pagefind-entry.json', () => {
    const dir = copy(good);
    const meta = readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!;
    writeFileSync(join(dir, meta), gzipSync(new Uint8Array([...new TextEncoder().encode('pagefind_dcd'), ...encodeCBOR(['1.5.0', [], [], []])])));
    expect(searchIndexProblems(dir)).toEqual([expect.stringMatching(/^搜索索引的元数据不是本站搜索代码读得懂的格式：元数据中的版本是 1\.5\.0。/)]);
  });

  it('refuses an index where a page other than the first lacks its fragment file', () => {
    const dir = copy(good);
    const metaFile = readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!;
    const { pages } = decodeMeta(new Uint8Array(gunzipSync(readFileSync(join(dir, metaFile)))));
    rmSync(join(dir, 'fragment', `${pages[1]!.hash}.pf_fragment`));
    expect(searchIndexProblems(dir)).toEqual([expect.stringMatching(/^搜索索引的页面片段不是本站搜索代码读得懂的格式：1 个页面没有自己的片段文件（Pagefind 把片段合并成了分组文件？）。/)]);
  });

  it('refuses a missing filter file, and one that is not gzip', () => {
    const dir = copy(good);
    const [filter] = readdirSync(join(dir, 'filter'));
    rmSync(join(dir, 'filter', filter!));
    expect(searchIndexProblems(dir)).toEqual([`搜索索引的筛选不是本站搜索代码读得懂的格式：缺少文件 filter/${filter}。${UPGRADE_START}`].map((m) => expect.stringContaining(m)));
    writeFileSync(join(dir, 'filter', filter!), 'pagefind_dcd');
    expect(searchIndexProblems(dir)).toEqual([`搜索索引的筛选不是本站搜索代码读得懂的格式：filter/${filter} 不是 gzip 文件。${UPGRADE_START}`].map((m) => expect.stringContaining(m)));
  });

  it('refuses grouped fragments (what Pagefind writes for a site with more pages than max-fragments)', async () => {
    const grouped = await writeIndex({ maxFragments: 2 });
    expect(readdirSync(join(grouped, 'fragment')).some((f) => f.includes('_group_'))).toBe(true);
    const problems = searchIndexProblems(grouped);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^搜索索引的(元数据|页面片段)不是本站搜索代码读得懂的格式/);
  }, 60_000);
});
