import { absoluteUrl, paths } from '../site/urls.ts';

export interface CitableVersion {
  publisher: string;
  title: string;
  datasetId: string;
  version: string;
  /** Release date YYYY-MM-DD. */
  date: string;
}

/**
 * A dataset version cited in GB/T 7714-2015 style (electronic dataset, [DS/OL]),
 * pointing at the permanent download of that version.
 * @example
 * citeGbt7714({ publisher: '肇庆工会开放数据编辑组', title: '困难职工帮扶', datasetId: 'hardship-assistance', version: '1.0.0', date: '2026-11-24' })
 * // "肇庆工会开放数据编辑组. 困难职工帮扶: 1.0.0版[DS/OL]. (2026-11-24). https://…/data/hardship-assistance/1.0.0/hardship-assistance.csv."
 */
export function citeGbt7714(v: CitableVersion): string {
  return `${v.publisher}. ${v.title}: ${v.version}版[DS/OL]. (${v.date}). ${absoluteUrl(paths.download(v.datasetId, v.version))}.`;
}
