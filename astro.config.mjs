// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { shareCards } from './src/lib/share/integration.ts';
import { datasetFiles } from './src/lib/datasets/file-output.ts';
import { SITE } from './src/lib/site/config.ts';
import { articleProcessor, MARKDOWN_SETTINGS } from './src/lib/content/mdx-pipeline.ts';
import { headersFile } from './src/lib/site/headers-file.ts';
import { indexGuard } from './src/lib/search/index-guard.ts';

export default defineConfig({
  site: SITE.url,
  base: SITE.base,
  trailingSlash: 'always',
  // One stylesheet file, cached across pages (immutable under /_astro/), rather than ~9 KB of CSS in every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Every article is compiled through the article guard (src/lib/content/article-guard.ts):
  // an article that breaks a rule stops its own compile and never becomes code.
  markdown: { processor: articleProcessor(SITE.root), ...MARKDOWN_SETTINGS },
  integrations: [mdx(), sitemap(), datasetFiles(), headersFile(), indexGuard(), shareCards()],
  devToolbar: { enabled: false },
  // Scripts are always files, never inlined: the Content-Security-Policy allows no inline script.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Every MDX module Astro bundles carries a directive Rolldown warns about, ten lines an
        // article in the build log (withastro/astro#18087, harmless): kept out so a real warning shows.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
