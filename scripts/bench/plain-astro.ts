import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A plain Astro MDX site, for comparison: the same articles (figures as plain text, no
 * charts or maps), one route, the datasets' CSV files copied as they are; no data pipeline,
 * validation or search index.
 */
export function writePlainAstroSite(root: string, articles: { slug: string; mdx: string }[], csvFiles: [string, string][], nodeModules: string): void {
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  for (const [path, text] of csvFiles) {
    mkdirSync(dirname(join(root, 'public/data', path)), { recursive: true });
    writeFileSync(join(root, 'public/data', path), text);
  }
  mkdirSync(join(root, 'content'), { recursive: true });
  symlinkSync(nodeModules, join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(root, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n");
  writeFileSync(
    join(root, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content' }), schema: z.object({ title: z.string() }).passthrough() }) };\n",
  );
  writeFileSync(
    join(root, 'src/pages/[slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{Astro.props.entry.data.title}</title></head><body><h1>{Astro.props.entry.data.title}</h1><Content /></body></html>\n",
  );
  for (const a of articles) writeFileSync(join(root, 'content', `${a.slug}.mdx`), a.mdx.replace(/<Fact [^>]*\/>/g, '近3000万元').replace(/<(?:Chart|ForestMap|ServiceMap)\b[^>]*\/>/g, ''));
}
