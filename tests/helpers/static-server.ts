import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/** The file a URL path maps to in `dir`, as a static host would (directory → index.html). */
function resolveFile(dir: string, urlPath: string): string | undefined {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = join(dir, clean);
  if (!file.startsWith(dir)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

/** The rules of a `_headers` file: path pattern (with `*`) → headers. */
function readHeaderRules(dir: string): { pattern: RegExp; headers: [string, string][] }[] {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return [];
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('/')) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else if (/^\s+\S/.test(line) && rules.length > 0) {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers.push([name!, value.join(':').trim()]);
    }
  }
  return rules;
}

/**
 * The headers of every rule matching `path`, as Cloudflare Pages sends them: a header set
 * by several rules gets their values joined with commas (for a CSP: every policy applies).
 */
function headersFor(rules: ReturnType<typeof readHeaderRules>, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const [name, value] of rule.headers) out[name] = out[name] === undefined ? value : `${out[name]}, ${value}`;
  }
  return out;
}

/**
 * Serves `dir` on 127.0.0.1 at a free port, like any static host: the built site as
 * readers get it, text gzip-compressed, with the headers of its `_headers` file (so tests
 * run under the CSP) unless `headers: false` (a host that ignores the file, as GitHub Pages).
 */
export async function serveStatic(dir: string, options: { headers?: boolean } = {}): Promise<{ url: string; server: Server }> {
  const rules = options.headers === false ? [] : readHeaderRules(dir);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    for (const [k, v] of Object.entries(headersFor(rules, path))) res.setHeader(k, v);
    const file = resolveFile(dir, path);
    if (!file) {
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      res.end(existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    // Text is sent gzip-compressed when the browser accepts it, as static hosts and CDNs do.
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      res.end(gzipSync(body));
      return;
    }
    res.writeHead(200, { 'Content-Type': type });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}
