import type { ArticleData } from './article-schema.ts';

interface Entry {
  id: string;
  data: ArticleData;
}

/**
 * Articles a build may publish: not drafts, dated on or before the as-of date,
 * newest first (then by id, so the order never depends on the file system).
 * `preview` (editors' local preview) shows drafts and scheduled articles too.
 */
export function publishedArticles<E extends Entry>(entries: readonly E[], asOf: string, options: { preview?: boolean } = {}): E[] {
  return entries
    .filter((e) => options.preview || (!e.data.draft && e.data.date <= asOf))
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}
