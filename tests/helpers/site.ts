import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadCatalog } from '../../src/lib/datasets/load.ts';

/** The repository's own catalog, read by the same loader the build uses. */
export function repoCatalog() {
  const { catalog, problems } = loadCatalog(process.cwd());
  if (problems.length > 0) throw new Error(`the repository's data does not validate: ${problems.length} problems`);
  return catalog;
}

/** URL paths of every HTML page in dist/ ("/", "/about/", …), sorted. */
export function builtPagePaths(dist = join(process.cwd(), 'dist')): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') out.push(`/${relative(dist, dir)}/`.replace(/\/+/g, '/'));
    }
  };
  walk(dist);
  return out.sort();
}
