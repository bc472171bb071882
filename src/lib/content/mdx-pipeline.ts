/**
 * The one parse of an article. An `.mdx` file is split as Astro splits it (Astro's own
 * front-matter helper), its body parsed once by Sätteri's MDX parser, and the article
 * guard run on that very tree. `npm run validate` checks the tree this gives; the build
 * renders the same tree to HTML (article-html.ts), refusing it when the guard did. Editors'
 * MDX is never compiled to code or run: the only components are the site's own, placed
 * with their (string) attributes by the article page.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { ArticleGuardError, frontMatterProblems, inspectArticleTree, type ArticleInspection } from './article-guard.ts';

/** Sätteri's Markdown features: GitHub tables and autolinks, Chinese-safe smart quotes. */
export const FEATURES = { gfm: true, smartPunctuation: true } as const;

/** How Astro's MDX integration splits an `.mdx` file (the same call, the same option): the body keeps its line numbers. */
export function splitArticle(source: string): { frontmatter: Record<string, unknown>; rawFrontmatter: string; content: string } {
  return parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
}

/** An article body as parsed, and what the guard found in it (front matter included). */
export interface ParsedArticle {
  tree: Root;
  inspection: ArticleInspection;
}

/**
 * Parses an article body and runs the guard on the tree. `file` is repository-relative
 * (for the reports). Throws the parser's `line:column: message` error on MDX syntax errors.
 */
export function parseArticle(file: string, content: string, frontmatter: unknown = {}): ParsedArticle {
  const tree = mdxToMdast(content, { features: FEATURES, position: true }) as Root;
  const inspection = inspectArticleTree(tree as never, file);
  inspection.problems.unshift(...frontMatterProblems(frontmatter, file));
  return { tree, inspection };
}

/** The build's reading of an article: `parseArticle`, refusing with the guard's Chinese report (ArticleGuardError) when it found a problem. */
export function acceptedArticle(file: string, content: string, frontmatter: unknown = {}): ParsedArticle {
  const parsed = parseArticle(file, content, frontmatter);
  if (parsed.inspection.problems.length > 0) throw new ArticleGuardError(parsed.inspection.problems);
  return parsed;
}
