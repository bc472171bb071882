import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { problemsToReport } from '../problems.ts';
import { builtPageProblems } from './index-limits.ts';

/**
 * Astro integration: after the pages are written and before Pagefind reads them
 * (scripts/build.ts), every built page is checked against the index limits; a page over
 * them fails the build with a Chinese report naming it.
 */
export function indexGuard(): AstroIntegration {
  return {
    name: 'zq-index-guard',
    hooks: {
      'astro:build:done': ({ dir, pages }) => {
        const root = fileURLToPath(dir);
        const problems = pages.flatMap(({ pathname }) => {
          const file = join(root, pathname, 'index.html');
          return existsSync(file) ? builtPageProblems(readFileSync(file, 'utf8'), `dist/${pathname}index.html`) : [];
        });
        if (problems.length > 0) throw new Error(`页面文字超出搜索索引的上限：\n\n${problemsToReport(problems)}`);
      },
    },
  };
}
