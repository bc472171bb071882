import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { problemsToReport } from '../problems.ts';
import { builtPageProblems } from './index-limits.ts';

/**
 * Astro integration: after the pages are written and before Pagefind reads them
 * (scripts/build.ts), every page it will index is checked against the index limits; a
 * page over them fails the build with a Chinese report naming it.
 */
export function indexGuard(): AstroIntegration {
  return {
    name: 'zq-index-guard',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        const root = fileURLToPath(dir);
        const problems = pages.flatMap(({ pathname }) => {
          const file = join(root, pathname, 'index.html');
          const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
          // Only the pages Pagefind reads (scripts/build.ts gives it those with data-pagefind-body).
          return html.includes('data-pagefind-body') ? builtPageProblems(html, `dist/${pathname}index.html`) : [];
        });
        if (problems.length === 0) return;
        // The report is for editors: printed as it is, without the stack trace a thrown error brings.
        logger.error(`页面文字超出搜索索引的上限：\n\n${problemsToReport(problems)}`);
        process.exit(1);
      },
    },
  };
}
