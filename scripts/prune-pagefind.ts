/**
 * After `pagefind --site dist`: removes Pagefind's own runtime (pagefind.js, its wasm, worker
 * and UI files), which the site never loads. Search reads only the entry, metadata, word
 * chunks, filters and fragments (src/lib/search/searcher.ts).
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const bundle = join(process.argv[2] ?? 'dist', 'pagefind');
const KEEP = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|index|filter|fragment)$/;
const removed = readdirSync(bundle).filter((name) => !KEEP.test(name));
for (const name of removed) rmSync(join(bundle, name), { recursive: true });
if (!readdirSync(bundle).includes('pagefind-entry.json')) throw new Error(`${bundle}: no pagefind-entry.json: did Pagefind run?`);
