import type { Problem } from '../problems.ts';
import { yamlToValue } from '../validation/yaml-doc.ts';
import { SourcesFileSchema, UNNAMED_PUBLISHER, type Source, type SourceCopy } from './schemas.ts';

/** Error codes for the fields an editor most needs to find in the guide; the rest are SOURCE-INVALID. */
const FIELD_CODES: Record<string, string> = {
  id: 'SOURCE-ID',
  publisher: 'SOURCE-PUBLISHER',
  publisher_note: 'SOURCE-PUBLISHER',
  date: 'SOURCE-DATE',
  date_basis: 'SOURCE-DATE',
  date_note: 'SOURCE-DATE',
};

/**
 * The text of data/sources.yaml → validated sources, every problem located by line.
 * A missing publisher or date, or a repeated id, gets its own code.
 */
export function yamlToSources(text: string, file: string): { sources: Source[]; problems: Problem[] } {
  const parsed = yamlToValue(text, file, SourcesFileSchema, 'SOURCE-INVALID');
  const problems = parsed.problems.map((p) => {
    if (p.code !== 'SOURCE-INVALID') return p;
    const field = /\.([a-z_]+)$/.exec(p.field ?? '')?.[1];
    const code = field === undefined ? undefined : FIELD_CODES[field];
    return code ? { ...p, code } : p;
  });
  return { sources: parsed.value ?? [], problems };
}

/**
 * A partial date as Chinese text: 2022-05-19 → 2022年5月19日, 2020-09 → 2020年9月,
 * 2025 → 2025年, --07-02 → 7月2日（年份未印）.
 */
export function partialDateToZh(date: string): string {
  if (date.startsWith('--')) {
    const [m, d] = date.slice(2).split('-').map(Number);
    return `${m}月${d}日（年份未印）`;
  }
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/** The source's date with how it is known: "2022年5月19日（推断）。由网址路径…推断" or "2016年2月15日（页面所印）". */
export function sourceDateText(source: Source): string {
  const basis = source.date_basis === 'inferred' ? '推断' : '页面所印';
  return `${partialDateToZh(source.date)}（${basis}）${source.date_note ? `。${source.date_note}` : ''}`;
}

/** The publisher as printed, or that none is named and what the page shows instead. */
export function publisherText(source: Source): string {
  if (source.publisher === UNNAMED_PUBLISHER) return `未署名${source.publisher_note ? `（${source.publisher_note}）` : ''}`;
  return source.publisher_note ? `${source.publisher}（${source.publisher_note}）` : source.publisher;
}

/** Whose site a URL is, as a reader is told: a re-host always says the original was not checked. */
export function copyHostText(copy: SourceCopy): string {
  switch (copy.host) {
    case 'publisher':
      return '发表者自己的网站';
    case 'platform':
      return `承载${copy.of ?? ''}的平台`;
    case 'rehost':
      return `转载自${copy.of ?? '未署名的原文'}，原始页面未核实`;
    case 'scan':
      return '扫描件，没有网址';
  }
}

/** Sort key: the printed date padded (2020-09 → 2020-09-00); a date without its year sorts last. */
function dateKey(date: string): string {
  if (date.startsWith('--')) return '';
  const [y = '0000', m = '00', d = '00'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** Sources newest first; those whose year is not printed last; ties by id, so the order never drifts. */
export function sourcesNewestFirst(sources: readonly Source[]): Source[] {
  return [...sources].sort((a, b) => dateKey(b.date).localeCompare(dateKey(a.date)) || a.id.localeCompare(b.id));
}

/** Whether the source's year is known (printed or inferred); a month-and-day date is not. */
export function hasYear(source: Source): boolean {
  return !source.date.startsWith('--');
}

/** One line naming a source for a data package or feed: title (or what it is), publisher, date. */
export function sourceToLine(source: Source): string {
  const title = source.title ? `《${source.title}》` : source.about;
  return `${title}，${source.publisher === UNNAMED_PUBLISHER ? '发表者未署名' : source.publisher}，${partialDateToZh(source.date)}`;
}
