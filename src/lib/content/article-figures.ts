import type { ChartSpec } from '../charts/spec.ts';
import { ArticleGuardError } from './article-guard.ts';
import type { articleCompiler } from './mdx-pipeline.ts';

type Compiler = Awaited<ReturnType<typeof articleCompiler>>;

/**
 * The charts and maps an article body places, in order (for embed pages and files):
 * `<Chart>` specs, and the county of each `<ForestMap>` (undefined: the whole city),
 * as the article guard found them in the compile of that body.
 */
export async function articleFigures(compiler: Compiler, file: string, body: string): Promise<{ charts: ChartSpec[]; maps: (number | undefined)[] }> {
  if (!/<(Chart|ForestMap)\b/.test(body)) return { charts: [], maps: [] };
  const { inspection, error } = await compiler.compile(file, body, {});
  if (error !== undefined) throw error;
  if (inspection && inspection.problems.length > 0) throw new ArticleGuardError(inspection.problems);
  const components = inspection?.components ?? [];
  return {
    charts: components.filter((c) => c.name === 'Chart').map((c) => c.attributes as unknown as ChartSpec),
    maps: components.filter((c) => c.name === 'ForestMap').map((c) => (c.attributes.county === undefined ? undefined : Number(c.attributes.county))),
  };
}
