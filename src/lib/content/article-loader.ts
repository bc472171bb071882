/**
 * The articles collection's loader: every `content/articles/*.mdx`, split by Astro's own
 * front-matter helper (mdx-pipeline.ts), its front matter through the collection's schema,
 * its body kept as text with its line numbers. Nothing is compiled here: the article page
 * parses and renders the body (article-html.ts), so the build bundles no module per
 * article. In `astro dev` an edit, a new file or a deletion reloads the collection.
 */
import type { Loader } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitArticle } from './mdx-pipeline.ts';

export function articleLoader(dir: string): Loader {
  return {
    name: 'zq-articles',
    async load({ store, parseData, generateDigest, config, watcher }) {
      const root = fileURLToPath(config.root);
      const base = join(root, dir);
      const loadAll = async () => {
        store.clear();
        for (const name of readdirSync(base).filter((n) => n.endsWith('.mdx')).sort()) {
          const filePath = relative(root, join(base, name)).split('\\').join('/');
          const source = readFileSync(join(base, name), 'utf8');
          const { frontmatter, content } = splitArticle(source);
          const id = name.slice(0, -'.mdx'.length);
          const data = await parseData({ id, data: frontmatter, filePath: join(base, name) });
          store.set({ id, data, body: content, filePath, digest: generateDigest(source) });
        }
      };
      await loadAll();
      if (!watcher) return;
      watcher.add(base);
      const onChange = (path: string) => {
        if (path.startsWith(base) && path.endsWith('.mdx')) void loadAll();
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
