import { absoluteUrl, paths } from '../site/urls.ts';

export interface CitableVersion {
  publisher: string;
  title: string;
  titleEn: string;
  datasetId: string;
  version: string;
  /** Release date YYYY-MM-DD. */
  date: string;
}

/** Permanent URL of the version's canonical CSV. */
function versionUrl(v: CitableVersion): string {
  return absoluteUrl(paths.download(v.datasetId, v.version));
}

/**
 * A dataset version cited in GB/T 7714-2015 style (online dataset, [DS/OL]), pointing
 * at the permanent download of that version. The reader adds the access date.
 * @example
 * citeGbt7714({ publisher: '肇庆工会开放数据编辑组', title: '困难职工帮扶', version: '1.0.0', date: '2026-11-24', … })
 * // "肇庆工会开放数据编辑组. 困难职工帮扶: 1.0.0版[DS/OL]. (2026-11-24). https://…/data/hardship-assistance/1.0.0/hardship-assistance.csv."
 */
export function citeGbt7714(v: CitableVersion): string {
  return `${v.publisher}. ${v.title}: ${v.version}版[DS/OL]. (${v.date}). ${versionUrl(v)}.`;
}

/**
 * The same version in APA 7 style for data sets; the author is the publisher, so the
 * publisher is not repeated.
 * @example "肇庆工会开放数据编辑组. (2026). 困难职工帮扶 [Assistance for workers in hardship] (Version 1.0.0) [Data set]. https://…"
 */
export function citeApa(v: CitableVersion): string {
  return `${v.publisher}. (${v.date.slice(0, 4)}). ${v.title} [${v.titleEn}] (Version ${v.version}) [Data set]. ${versionUrl(v)}`;
}
