import type { ChartSpec } from '../charts/spec.ts';
import { ArticleGuardError } from './article-guard.ts';
import type { articleCompiler } from './mdx-pipeline.ts';

type Compiler = Awaited<ReturnType<typeof articleCompiler>>;

/**
 * The charts and maps an article body places, in order (for embed pages and files):
 * `<Chart>` specs, and the county of each `<ForestMap>` and `<ServiceMap>` (undefined: the whole city),
 * as the article guard found them in the compile of that body.
 */
export async function articleFigures(compiler: Compiler, file: string, body: string): Promise<{ charts: ChartSpec[]; maps: (number | undefined)[]; serviceMaps: (number | undefined)[] }> {
  if (!/<(Chart|ForestMap|ServiceMap)\b/.test(body)) return { charts: [], maps: [], serviceMaps: [] };
  const { inspection, error } = await compiler.compile(file, body, {});
  if (error !== undefined) throw error;
  if (inspection && inspection.problems.length > 0) throw new ArticleGuardError(inspection.problems);
  const components = inspection?.components ?? [];
  const counties = (name: string) => components.filter((c) => c.name === name).map((c) => (c.attributes.county === undefined ? undefined : Number(c.attributes.county)));
  return {
    charts: components.filter((c) => c.name === 'Chart').map((c) => c.attributes as unknown as ChartSpec),
    maps: counties('ForestMap'),
    serviceMaps: counties('ServiceMap'),
  };
}
