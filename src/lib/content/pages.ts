/** Articles per list page: a 2,000-article archive stays a few KB a page. */
export const ARTICLES_PER_PAGE = 20;

/**
 * Splits a list into numbered pages: page 1 is /articles/, page n is /articles/page/n/.
 * @example pageOf([…45 items], 3) // { items: items 41–45, page: 3, pages: 3 }
 */
export function pageOf<T>(items: readonly T[], page: number, size = ARTICLES_PER_PAGE) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return { items: items.slice((page - 1) * size, page * size), page, pages };
}
