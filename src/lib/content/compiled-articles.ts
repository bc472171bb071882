/**
 * What the article guard found in each article this process compiled: Astro's own compile
 * of the build (astro.config.mjs's processor) records every article here, so the pages that
 * need an article's components (share cards, charts, embeds) read them instead of compiling
 * the article a second time. An entry counts only for the very text it was found in.
 *
 * The processor is loaded with astro.config.mjs and the pages are bundled by Vite: two
 * copies of this module in one process, so the record lives on globalThis.
 */
import { createHash } from 'node:crypto';
import type { ArticleInspection } from './article-guard.ts';

const KEY = Symbol.for('zq-open-data.compiled-articles');

interface Compiled {
  digest: string;
  inspection: ArticleInspection;
}

function compiled(): Map<string, Compiled> {
  const store = globalThis as unknown as Record<symbol, Map<string, Compiled> | undefined>;
  return (store[KEY] ??= new Map());
}

/** Front matter splitting pads or trims the body differently (Astro's MDX compile keeps the lines, the content layer does not); the text itself is what counts. */
const digestOf = (text: string) => createHash('sha256').update(text.trim()).digest('hex');

/** Records what the guard found in `file` (repository-relative) compiled from `source`. */
export function recordCompiledArticle(file: string, source: string, inspection: ArticleInspection): void {
  compiled().set(file, { digest: digestOf(source), inspection });
}

/** What the guard found when `file` was compiled from this `body`; undefined when it was not, or from another text. */
export function compiledArticle(file: string, body: string): ArticleInspection | undefined {
  const entry = compiled().get(file);
  return entry && entry.digest === digestOf(body) ? entry.inspection : undefined;
}
