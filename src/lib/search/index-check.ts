/**
 * The build's check that the index Pagefind just wrote is one src/lib/search/ can read:
 * the Pagefind version the reader was written for, Pagefind's file signature, and the
 * layout it decodes (one fragment file per page, not Pagefind's grouped fragments, which it
 * writes for large sites). A Pagefind upgrade, or a site that outgrows the layout, then
 * stops the build with a message instead of leaving search broken.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeChunk, decodeFilter, decodeFragment, decodeMeta, PAGEFIND_VERSION, type IndexMeta } from './pagefind-index.ts';

const UPGRADE = `升级 Pagefind 时，先按新版本的索引格式修改 src/lib/search/pagefind-index.ts，运行 tests/unit/search/ 和 tests/e2e/search-oracle.test.ts（与 Pagefind 自带的搜索对比），再改这里支持的版本号 PAGEFIND_VERSION；否则请把 package.json 中的 pagefind 改回 ${PAGEFIND_VERSION}。`;

function readIndexFile(bundle: string, path: string): Uint8Array {
  const file = join(bundle, path);
  if (!existsSync(file)) throw new Error(`缺少文件 ${path}`);
  try {
    return new Uint8Array(gunzipSync(readFileSync(file)));
  } catch {
    throw new Error(`${path} 不是 gzip 文件`);
  }
}

/**
 * What is wrong with the search index in `bundle` (dist/pagefind), in Chinese for the
 * build's report; [] when the site's search can read it.
 */
export function searchIndexProblems(bundle: string, language = 'zh-cn'): string[] {
  const entryFile = join(bundle, 'pagefind-entry.json');
  if (!existsSync(entryFile)) return [`搜索索引缺少 pagefind-entry.json：Pagefind 没有写出索引。`];
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { version?: string; languages?: Record<string, { hash?: string }> };
  if (entry.version !== PAGEFIND_VERSION) {
    return [`搜索索引由 Pagefind ${entry.version ?? '（未知版本）'} 生成，而本站的搜索代码只读得懂 Pagefind ${PAGEFIND_VERSION} 的索引格式。${UPGRADE}`];
  }
  const hash = entry.languages?.[language]?.hash;
  if (!hash) return [`搜索索引里没有 ${language} 语言的索引（页面的 <html lang> 是否还是 zh-CN？）。`];
  const problems: string[] = [];
  const check = (what: string, read: () => void) => {
    try {
      read();
    } catch (error) {
      problems.push(`搜索索引的${what}不是本站搜索代码读得懂的格式：${error instanceof Error ? error.message : String(error)}。${UPGRADE}`);
    }
  };
  let meta: IndexMeta | undefined;
  check('元数据', () => {
    meta = decodeMeta(readIndexFile(bundle, `pagefind.${hash}.pf_meta`));
    if (meta.version !== PAGEFIND_VERSION) throw new Error(`元数据中的版本是 ${meta.version}`);
  });
  if (!meta) return problems;
  const { pages, chunks, filters } = meta;
  check('页面片段', () => {
    const missing = pages.filter((p) => !existsSync(join(bundle, 'fragment', `${p.hash}.pf_fragment`)));
    if (missing.length > 0) throw new Error(`${missing.length} 个页面没有自己的片段文件（Pagefind 把片段合并成了分组文件？）`);
    if (pages[0]) decodeFragment(readIndexFile(bundle, `fragment/${pages[0].hash}.pf_fragment`));
  });
  check('词块', () => {
    const missing = chunks.filter((c) => !existsSync(join(bundle, 'index', `${c.hash}.pf_index`)));
    if (missing.length > 0) throw new Error(`缺少 ${missing.length} 个词块文件`);
    if (chunks[0]) decodeChunk(readIndexFile(bundle, `index/${chunks[0].hash}.pf_index`));
  });
  check('筛选', () => {
    for (const f of filters) decodeFilter(readIndexFile(bundle, `filter/${f.hash}.pf_filter`));
  });
  return problems;
}
