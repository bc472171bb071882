import type { ArticleComponentName } from '../lib/content/mdx-components.ts';
import Chart from './Chart.astro';
import Fact from './Fact.astro';
import ForestMap from './ForestMap.astro';
import ServiceMap from './ServiceMap.astro';

/** The components articles use without importing, keyed as validation knows them. */
export const mdxComponents = { Fact, Chart, ForestMap, ServiceMap } satisfies Record<ArticleComponentName, unknown>;
