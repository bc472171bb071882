// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { shareCards } from './src/lib/share/integration.ts';
import { SITE } from './src/lib/site/config.ts';

export default defineConfig({
  site: SITE.url,
  base: SITE.base,
  trailingSlash: 'always',
  // One stylesheet file, cached across pages (immutable under /_astro/), rather than ~9 KB of CSS in every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap(), shareCards()],
  devToolbar: { enabled: false },
  // Scripts are always files, never inlined: the Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});
