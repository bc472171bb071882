import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../helpers/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Browser tests run against the built site in dist/, served once for the whole run. */
export default async function setup(project: TestProject) {
  const dist = join(process.cwd(), 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ 不存在：先运行 npm run build（npm test 会自动构建）。');
  const { url, server } = await serveStatic(dist);
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
