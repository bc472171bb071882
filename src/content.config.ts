import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/content/article-schema.ts';
import { listDatasetIds } from './lib/datasets/load.ts';
import { SITE } from './lib/site/config.ts';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: articleSchema(listDatasetIds(SITE.root)),
});

export const collections = { articles };
