/**
 * What the live site has already published, against a new build: the deploy refuses a
 * dist/ whose files differ from those already served at the same permanent URLs. The live
 * site's DCAT catalog (/data/catalog.jsonld) lists every released file with its size and
 * SHA-256, so one request covers every dataset and version, and a published file missing
 * from the new build is caught as well as a changed one.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Problem } from '../problems.ts';
import { sha256Hex } from './checksum.ts';

/** One file the live site serves at a permanent URL, as its catalog describes it. */
export interface PublishedFile {
  /** Path under the site root, e.g. data/demo/1.0.0/demo.csv. */
  path: string;
  dataset: string;
  version: string;
  name: string;
  bytes: number;
  sha256: string;
}

const SHA256 = z.string().regex(/^[0-9a-f]{64}$/);

/** The part of a DCAT catalog (src/lib/datasets/discovery.ts) this check reads. */
const LiveCatalogSchema = z.object({
  'dcat:dataset': z.array(
    z.object({
      'dcat:distribution': z.array(
        z.object({
          'dcat:downloadURL': z.object({ '@id': z.string() }),
          'dcat:byteSize': z.object({ '@value': z.string().regex(/^\d+$/) }),
          // A plain string (catalogs published before the DCAT-AP typing) or a typed xsd:hexBinary literal.
          'spdx:checksum': z.object({ 'spdx:checksumValue': z.union([SHA256, z.object({ '@value': SHA256 })]) }),
        }),
      ),
    }),
  ),
});

// Only permanent URLs: a released version's folder, never latest/.
const PERMANENT = /^data\/([a-z0-9]+(?:-[a-z0-9]+)*)\/((?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*))\/([a-z0-9][a-z0-9.-]*)$/;

/**
 * A live catalog (parsed JSON) → the files it lists at permanent URLs under `base`
 * (the site's path prefix, e.g. "/" or "/repo/"); undefined when it is not such a catalog.
 */
export function catalogToPublishedFiles(catalog: unknown, base: string): PublishedFile[] | undefined {
  const parsed = LiveCatalogSchema.safeParse(catalog);
  if (!parsed.success) return undefined;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const files: PublishedFile[] = [];
  for (const dataset of parsed.data['dcat:dataset']) {
    for (const d of dataset['dcat:distribution']) {
      let pathname: string;
      try {
        pathname = new URL(d['dcat:downloadURL']['@id']).pathname;
      } catch {
        continue;
      }
      const match = pathname.startsWith(prefix) ? PERMANENT.exec(pathname.slice(prefix.length)) : null;
      if (!match) continue;
      const [path, id = '', version = '', name = ''] = match;
      const checksum = d['spdx:checksum']['spdx:checksumValue'];
      files.push({ path, dataset: id, version, name, bytes: Number(d['dcat:byteSize']['@value']), sha256: typeof checksum === 'string' ? checksum : checksum['@value'] });
    }
  }
  return files;
}

/**
 * Every published file that the new build (`read`: path → bytes, undefined when absent)
 * would serve differently or not at all.
 */
export function publishedFilesToProblems(files: readonly PublishedFile[], read: (path: string) => Uint8Array | undefined, dist = 'dist'): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    const bytes = read(file.path);
    const where = `数据集 ${file.dataset} ${file.version} 版的文件 ${file.name} `;
    if (bytes === undefined) {
      problems.push({
        code: 'RELEASE-PUBLISHED-MISSING',
        file: `${dist}/${file.path}`,
        message: `${where}已在线上发布，新构建里却没有：已发布的网址不能失效`,
        fix: `恢复数据集 ${file.dataset} 的 ${file.version} 版（data/${file.dataset}/versions/${file.version}.csv 和它的发布记录），再构建部署。`,
      });
      continue;
    }
    const sha256 = sha256Hex(bytes);
    if (sha256 === file.sha256 && bytes.length === file.bytes) continue;
    problems.push({
      code: 'RELEASE-PUBLISHED-CHANGED',
      file: `${dist}/${file.path}`,
      value: `sha256 ${sha256}，${bytes.length} 字节`,
      message: `${where}与线上已发布的不同：已发布的网址，内容不能改变`,
      expected: `线上的 sha256 ${file.sha256}，${file.bytes} 字节`,
      fix: `撤销造成变化的改动：已发布的 data/${file.dataset}/versions/${file.version}.csv 和它的记录，或（Excel、JSON 文件）${file.dataset} 的 meta.yaml 中字段的类型、构建这些文件的代码。要更正数字，请发布一个新版本。`,
    });
  }
  return problems;
}

/** Reading the live catalog: the catalog, no catalog there yet, or why the site could not be read. */
export type LiveCatalog = { catalog: unknown } | { absent: string } | { unreachable: string };

const NETWORK_ERRORS: Record<string, string> = {
  ENOTFOUND: '域名解析失败',
  EAI_AGAIN: '域名解析暂时失败',
  ECONNREFUSED: '连接被拒绝',
  ECONNRESET: '连接被重置',
  EHOSTUNREACH: '主机不可达',
  ENETUNREACH: '网络不可达',
  CERT_HAS_EXPIRED: 'HTTPS 证书已过期',
};

/** A failed fetch → its cause in Chinese, with the system's code. */
function fetchErrorToReason(error: unknown, timeoutMs: number): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `${timeoutMs / 1000} 秒内没有响应（超时）`;
  const code = err.cause?.code;
  if (code) return `${NETWORK_ERRORS[code] ?? '网络错误'}（${code}）`;
  return `网络错误（${err.cause?.message ?? err.message ?? String(error)}）`;
}

/**
 * Fetches and parses the live site's catalog. A 404 means nothing is published there yet
 * (a first deploy); any other failure — DNS, refused connection, timeout, another status —
 * is reported as unreachable, with the reason.
 */
export async function readLiveCatalog(url: string, { timeoutMs = 15_000, fetchImpl = fetch }: { timeoutMs?: number; fetchImpl?: typeof fetch } = {}): Promise<LiveCatalog> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/ld+json, application/json' } });
  } catch (error) {
    return { unreachable: fetchErrorToReason(error, timeoutMs) };
  }
  if (response.status === 404) return { absent: '线上网站没有数据目录（HTTP 404），可能还从未部署过' };
  if (response.status !== 200) return { unreachable: `服务器返回 HTTP ${response.status}` };
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return { unreachable: fetchErrorToReason(error, timeoutMs) };
  }
  try {
    return { catalog: JSON.parse(text) };
  } catch {
    // Served, but not JSON (an HTML error page served as 200): the caller reports it unreadable.
    return { catalog: undefined };
  }
}

export interface PublishedCheck {
  problems: Problem[];
  /** Files compared with the live site. */
  checked: number;
  /** Why nothing could be compared, when the live catalog could not be read. */
  notice?: string;
}

/**
 * The new build in `dist` against the live site whose catalog is at `catalogUrl`, for a
 * site served under `base`. When the live site cannot be read the check says why and
 * passes: a first deploy has no live site, and the released files have been checked
 * against git history in the same run (REQUIRE_RELEASE_HISTORY=1).
 */
export async function checkPublished(options: { catalogUrl: string; base: string; dist: string; timeoutMs?: number; fetchImpl?: typeof fetch }): Promise<PublishedCheck> {
  const live = await readLiveCatalog(options.catalogUrl, options);
  if ('unreachable' in live) return { problems: [], checked: 0, notice: `无法读取线上网站的数据目录 ${options.catalogUrl}：${live.unreachable}。` };
  if ('absent' in live) return { problems: [], checked: 0, notice: `${live.absent}（${options.catalogUrl}）。` };
  const files = catalogToPublishedFiles(live.catalog, options.base);
  if (files === undefined) {
    return {
      checked: 0,
      problems: [{
        code: 'RELEASE-PUBLISHED-UNREADABLE',
        file: options.catalogUrl,
        message: '线上网站能访问，但数据目录不是本站的 DCAT 目录，无法核对已发布的文件',
        fix: '在浏览器中打开这个网址，确认 SITE_URL 和 SITE_BASE 指向本站；稍后重试部署。',
      }],
    };
  }
  const read = (path: string) => {
    const full = join(options.dist, path);
    return existsSync(full) && statSync(full).isFile() ? new Uint8Array(readFileSync(full)) : undefined;
  };
  return { problems: publishedFilesToProblems(files, read, options.dist), checked: files.length };
}
