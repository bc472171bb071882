/**
 * Where Astro's page generation spends its time, read from `astro build`'s own log: each
 * page line (`├─ /articles/x/index.html (+9ms)`) is counted under the kind of page its
 * path names, so the bench can print time by page type without instrumenting the site.
 */

/** The kind of page or file a built path is, for the bench report. */
export function routeType(path: string): string {
  const parts = path.replace(/^\/+/, '').split('/');
  const [first = '', second = ''] = parts;
  if (first === 'articles') return second === 'page' ? '文章列表页' : second === 'feed.xml' ? '订阅' : parts.length > 1 && second !== 'index.html' ? '文章页' : '文章列表页';
  if (first === 'data') {
    if (parts.length === 2 || second === 'index.html') return path.endsWith('.html') ? '数据目录页' : '数据目录文件';
    return parts.length === 3 && parts[2] === 'index.html' ? '数据集页' : '数据集下载文件';
  }
  if (first === 'charts') return '图表文件（SVG、PNG）';
  if (first === 'embed') return '嵌入页';
  if (first === 'search' && second !== 'index.html') return '搜索繁简表';
  return '其他页面';
}

export interface RouteTime {
  type: string;
  pages: number;
  ms: number;
}

const PAGE_LINE = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/;

/** Time per route type from an `astro build` log, largest first. */
export function routeTimes(log: string): RouteTime[] {
  const byType = new Map<string, RouteTime>();
  for (const line of log.split('\n')) {
    const m = PAGE_LINE.exec(line);
    if (!m) continue;
    const [, path = '', amount = '0', unit] = m;
    const ms = Number(amount) * (unit === 's' ? 1000 : 1);
    const type = routeType(path);
    const entry = byType.get(type) ?? { type, pages: 0, ms: 0 };
    entry.pages += 1;
    entry.ms += ms;
    byType.set(type, entry);
  }
  return [...byType.values()].sort((a, b) => b.ms - a.ms);
}

/** Astro's own phase figures from its log: bundling (Vite) and page generation, in seconds. */
export function astroPhases(log: string): { bundleSeconds?: number; generateSeconds?: number } {
  const seconds = (text: string | undefined) => {
    const m = /(?:(\d+)m )?(\d+(?:\.\d+)?)(ms|s)/.exec(text ?? '');
    if (!m) return undefined;
    return m[3] === 'ms' ? Number(m[2]) / 1000 : Number(m[1] ?? 0) * 60 + Number(m[2]);
  };
  // The first "built in" is the server bundle of the pages (the later ones are small client bundles).
  const bundle = /\[vite\] ✓ built in ([^\n]+)/.exec(log)?.[1];
  const generate = /generating static routes[\s\S]*?✓ Completed in ([^\n]+)/.exec(log)?.[1];
  const result: { bundleSeconds?: number; generateSeconds?: number } = {};
  const b = seconds(bundle);
  const g = seconds(generate);
  if (b !== undefined) result.bundleSeconds = b;
  if (g !== undefined) result.generateSeconds = g;
  return result;
}

/** The share cards of a build from the integration's line: how many, how many drawn afresh, and the workers' CPU seconds. */
export function shareCardFigures(log: string): { cards: number; drawn: number; cpuSeconds: number } | undefined {
  const m = /(\d+) 张分享卡片（新画 (\d+) 张，工作线程 CPU ([\d.]+) s）/.exec(log);
  return m ? { cards: Number(m[1]), drawn: Number(m[2]), cpuSeconds: Number(m[3]) } : undefined;
}

const DATA_PARTS = { 读取并校验: 'catalog read and checked', 下载文件: 'download files built', 差异文件: 'changes files built', 写入: 'files written' } as const;

/**
 * The data figures of a build, in English, in the line's order: the dataset-files
 * integration's "数据用时" line (src/lib/datasets/build-clock.ts), or with `step`
 * 'validate' the validation's "校验中的数据用时" line (the versions read from their digest).
 */
export function dataTimes(log: string, step: 'astro' | 'validate' = 'astro'): { part: string; seconds: number }[] {
  const line = (step === 'astro' ? /\] 数据用时：([^\n]*)/ : /校验中的数据用时：([^\n]*)/).exec(log)?.[1] ?? '';
  return [...line.matchAll(/(读取并校验|下载文件|差异文件|写入) ([\d.]+) s/g)].map(([, name, seconds]) => ({ part: DATA_PARTS[name as keyof typeof DATA_PARTS], seconds: Number(seconds) }));
}
