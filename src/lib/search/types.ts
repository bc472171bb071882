/** Result types readers filter by; each page declares one through the Base layout. */
export const SEARCH_TYPES = ['文章', '数据集', '页面'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
