import type { Catalog } from '../datasets/load.ts';
import { rowKey } from '../datasets/rows.ts';

/** Site pages that exist whatever the content (routes in src/pages/). */
const FIXED = new Set(['/', '/articles/', '/data/', '/progress/', '/forests/', '/service-places/', '/about/', '/search/', '/data/catalog.jsonld', '/data/releases.xml', '/articles/feed.xml']);

/**
 * Why an internal link from an article would be broken, or undefined when it is fine:
 * articles (that exist), datasets and their row anchors, released versions' files.
 * `articleSlugs` are the articles that exist.
 */
export function internalLinkError(url: string, catalog: Catalog, articleSlugs: readonly string[]): string | undefined {
  const [path = '', hash] = url.split('#');
  if (FIXED.has(path)) return undefined;
  if (path === '/sources/') return hash === undefined || catalog.sources.some((s) => s.id === hash) ? undefined : `来源页没有条目“${hash}”`;
  if (path === '/sources/disagreements/') return hash === undefined || catalog.disagreements.some((d) => d.id === hash) ? undefined : `data/disagreements.yaml 中没有说明“${hash}”`;
  const article = /^\/articles\/([^/]+)\/$/.exec(path);
  if (article) return articleSlugs.includes(article[1]!) ? undefined : `没有文章“${article[1]}”`;
  const dataset = /^\/data\/([^/]+)\/(?:([^/]+)\/([^/]+))?$/.exec(path);
  if (dataset) {
    const d = catalog.datasets.find((x) => x.id === dataset[1]) ?? (catalog.failed.includes(dataset[1]!) ? 'failed' : undefined);
    if (d === undefined) return `没有数据集“${dataset[1]}”`;
    if (d === 'failed') return undefined;
    const [, , version, file] = dataset;
    if (version !== undefined) {
      if (version !== 'latest' && !d.versions.some((v) => v.version === version)) return `数据集“${d.id}”没有版本 ${version}`;
      const files = [`${d.id}.csv`, `${d.id}.excel.csv`, `${d.id}.json`, 'datapackage.json'];
      return files.includes(file ?? '') ? undefined : `版本文件只有：${files.join('、')}`;
    }
    if (hash?.startsWith('row-') && !d.latest.rows.some((r) => `row-${rowKey(r, d.meta.primary_key)}` === hash)) return `数据集“${d.id}”没有行 ${hash.slice(4)}`;
    return undefined;
  }
  return `本站没有这个页面`;
}
