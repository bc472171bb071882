/**
 * Where a build spends its time on data, for the log and `npm run bench`: each part's
 * seconds, summed over its calls (reading and checking the catalog, building the download
 * files, the changes files). Pages are bundled by Vite and the integration that prints the
 * figures is loaded with astro.config.mjs: two copies of this module in one process, so the
 * sums live on globalThis.
 */
const KEY = Symbol.for('zq-open-data.build-clock');

export type DataPart = 'catalog' | 'downloads' | 'changes' | 'write';

/** Chinese names of the parts, in the order the log lists them. */
const PART_NAMES: Record<DataPart, string> = { catalog: '读取并校验', downloads: '下载文件', changes: '差异文件', write: '写入' };

function sums(): Map<DataPart, number> {
  const store = globalThis as unknown as Record<symbol, Map<DataPart, number> | undefined>;
  return (store[KEY] ??= new Map());
}

/** Runs `work`, adding its time to `part`. */
export function timed<T>(part: DataPart, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    sums().set(part, (sums().get(part) ?? 0) + (performance.now() - started));
  }
}

/**
 * The parts measured so far as one log line, then forgotten.
 * @example dataTimesLine() // "数据用时：读取并校验 4.1 s · 下载文件 4.1 s · 差异文件 1.9 s · 写入 1.0 s"
 */
export function dataTimesLine(): string {
  const measured = (Object.keys(PART_NAMES) as DataPart[]).filter((part) => sums().has(part));
  const line = `数据用时：${measured.map((part) => `${PART_NAMES[part]} ${(sums().get(part)! / 1000).toFixed(1)} s`).join(' · ')}`;
  sums().clear();
  return line;
}
