import { defineCollection } from 'astro:content';
import { articleLoader } from './lib/content/article-loader.ts';
import { articleSchema } from './lib/content/article-schema.ts';
import { listDatasetIds } from './lib/datasets/load.ts';
import { SITE } from './lib/site/config.ts';

const articles = defineCollection({
  loader: articleLoader('content/articles'),
  schema: articleSchema(listDatasetIds(SITE.root)),
});

export const collections = { articles };
