import { getCollection } from 'astro:content';
import { SITE } from '../site/config.ts';
import { publishedArticles } from './articles.ts';

/** Articles this build publishes (not drafts, not dated after the as-of date). */
export async function getPublishedArticles() {
  return publishedArticles(await getCollection('articles'), SITE.asOf, { preview: SITE.previewDrafts });
}
