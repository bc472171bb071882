// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { shareCards } from './src/lib/share/integration.ts';
import { datasetFiles } from './src/lib/datasets/integration.ts';
import { SITE } from './src/lib/site/config.ts';
import { headersFile } from './src/lib/site/headers-file.ts';
import { indexGuard } from './src/lib/search/index-guard.ts';

export default defineConfig({
  site: SITE.url,
  base: SITE.base,
  trailingSlash: 'always',
  // One stylesheet file, cached across pages (immutable under /_astro/), rather than ~9 KB of CSS in every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Articles are not compiled by Astro: the article page parses each one once, runs the
  // article guard on that tree and renders it to HTML (src/lib/content/mdx-pipeline.ts,
  // article-html.ts); an article the guard refuses stops the build.
  integrations: [sitemap(), datasetFiles(), headersFile(), indexGuard(), shareCards()],
  devToolbar: { enabled: false },
  // Scripts are always files, never inlined: the Content-Security-Policy allows no inline script.
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
