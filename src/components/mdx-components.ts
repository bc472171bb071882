import type { ArticleComponentName } from '../lib/content/mdx-components.ts';
import Fact from './Fact.astro';

/** The components articles use without importing, keyed as validation knows them. */
export const mdxComponents = { Fact } satisfies Record<ArticleComponentName, unknown>;
