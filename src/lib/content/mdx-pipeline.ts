/**
 * The one MDX compile of the site. `astro.config.mjs` gives Astro these Markdown
 * settings and this processor; `npm run validate` compiles every article with the same
 * processor, the same settings and Astro's own front-matter splitting, so what is
 * checked is exactly what is built. The article guard is the processor's first plugin.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { satteri } from '@astrojs/markdown-satteri';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleGuardPlugin, type ArticleInspection } from './article-guard.ts';
import { recordCompiledArticle } from './compiled-articles.ts';

/** Markdown settings shared by Astro's compile and validation (no code highlighting: articles carry no code to show). */
export const MARKDOWN_SETTINGS = { syntaxHighlight: false } as const;

/** Sätteri's Markdown features, the same in both (GitHub tables and autolinks, Chinese-safe smart quotes). */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

/**
 * The Sätteri processor Astro compiles MDX with, the article guard first. What the guard
 * finds is recorded for the pages of this build (compiled-articles.ts), and given to `onInspect`.
 */
export function articleProcessor(root: string, onInspect?: (file: string, inspection: ArticleInspection) => void) {
  const inspected = (file: string, inspection: ArticleInspection, source: string) => {
    recordCompiledArticle(file, source, inspection);
    onInspect?.(file, inspection);
  };
  return satteri({ features: FEATURES, mdastPlugins: [articleGuardPlugin({ root, onInspect: inspected })] });
}

/** How Astro's MDX integration splits an `.mdx` file (the same call, the same option). */
export function splitArticle(source: string): { frontmatter: Record<string, unknown>; rawFrontmatter: string; content: string } {
  return parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
}

type Renderer = Awaited<ReturnType<NonNullable<ReturnType<typeof satteri>['createMdxRenderer']>>>;

/**
 * A compiler of article files for validation: Astro's own MDX renderer over the site's
 * processor. `compile` resolves with what the guard found, whether or not it refused.
 */
export async function articleCompiler(root: string) {
  // What the guard found, by file: compiles may overlap (pages render concurrently).
  const found = new Map<string, ArticleInspection>();
  const processor = articleProcessor(root, (file, inspection) => found.set(file, inspection));
  const renderer: Renderer = await processor.createMdxRenderer!(
    { syntaxHighlight: MARKDOWN_SETTINGS.syntaxHighlight, shikiConfig: {}, gfm: FEATURES.gfm, smartypants: FEATURES.smartPunctuation },
    { optimize: false, srcDir: pathToFileURL(join(root, 'src/')), sourcemap: false },
  );
  return {
    root,
    /** Compiles the body Astro would compile; `error` is set when the compile failed for another reason (MDX syntax). */
    async compile(file: string, content: string, frontmatter: Record<string, unknown>): Promise<{ inspection?: ArticleInspection; error?: unknown }> {
      found.delete(file);
      let error: unknown;
      try {
        await renderer.process(content, join(root, file), frontmatter);
      } catch (err) {
        error = err;
      }
      const inspection = found.get(file);
      found.delete(file);
      return inspection ? { inspection } : error === undefined ? {} : { error };
    },
  };
}
