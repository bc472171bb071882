import type { ChartSpec } from '../charts/spec.ts';
import { ArticleGuardError, type PlacedComponent } from './article-guard.ts';
import { compiledArticle } from './compiled-articles.ts';
import { articleCompiler } from './mdx-pipeline.ts';

export type Compiler = Awaited<ReturnType<typeof articleCompiler>>;

const compilers = new Map<string, Promise<Compiler>>();

/** The build's one article compiler for a repository root (charts, share cards), made on first use. */
export function sharedArticleCompiler(root: string): Promise<Compiler> {
  let compiler = compilers.get(root);
  if (!compiler) compilers.set(root, (compiler = articleCompiler(root)));
  return compiler;
}

/**
 * The components an article body places, in reading order, as the article guard found
 * them in the compile of that body: Astro's own compile of this build when it has made
 * it (always, in `astro build`), else a compile of the body with the same processor.
 */
export async function articleComponents(root: string, file: string, body: string): Promise<PlacedComponent[]> {
  if (!/<[A-Z]/.test(body)) return [];
  let inspection = compiledArticle(file, body);
  if (!inspection) {
    const compiled = await (await sharedArticleCompiler(root)).compile(file, body, {});
    if (compiled.error !== undefined) throw compiled.error;
    inspection = compiled.inspection;
  }
  if (inspection && inspection.problems.length > 0) throw new ArticleGuardError(inspection.problems);
  return inspection?.components ?? [];
}

/**
 * The charts and maps an article body places, in order (for embed pages and files):
 * `<Chart>` specs, and the county of each `<ForestMap>` and `<ServiceMap>` (undefined: the whole city),
 * as the article guard found them in the compile of that body.
 */
export async function articleFigures(root: string, file: string, body: string): Promise<{ charts: ChartSpec[]; maps: (number | undefined)[]; serviceMaps: (number | undefined)[] }> {
  const components = /<(?:Chart|ForestMap|ServiceMap)\b/.test(body) ? await articleComponents(root, file, body) : [];
  const counties = (name: string) => components.filter((c) => c.name === name).map((c) => (c.attributes.county === undefined ? undefined : Number(c.attributes.county)));
  return {
    charts: components.filter((c) => c.name === 'Chart').map((c) => c.attributes as unknown as ChartSpec),
    maps: counties('ForestMap'),
    serviceMaps: counties('ServiceMap'),
  };
}
