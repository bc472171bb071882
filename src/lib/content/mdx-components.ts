/**
 * Components an article may use without importing them, with the attributes each
 * takes. Validation checks articles against this list; the article route passes the
 * matching Astro components to `<Content components={…} />`.
 */
export const ARTICLE_COMPONENTS = {
  Fact: { required: ['dataset', 'key'], optional: [] },
  Chart: { required: ['dataset', 'kind'], optional: ['x', 'y', 'key', 'keys', 'title', 'unit', 'id'] },
  ForestMap: { required: [], optional: ['county'] },
  ServiceMap: { required: [], optional: ['county'] },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>;

export type ArticleComponentName = keyof typeof ARTICLE_COMPONENTS;
