import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { decodeMeta, decodeChunk, decodeFragment, chunksForPrefix } from './src/lib/search/pagefind-index.ts';
import { queryToTerms, termLookups } from './src/lib/search/query.ts';
import { termFrequencies, rankPages } from './src/lib/search/rank.ts';
const b = 'dist/pagefind/';
const rd = (p: string) => new Uint8Array(gunzipSync(readFileSync(b + p)));
const metaFile = readdirSync(b).find((f) => f.endsWith('.pf_meta'))!;
const meta = decodeMeta(rd(metaFile));
for (const q of process.argv.slice(2)) {
  const terms = queryToTerms(q);
  const hashes = new Set(terms.flatMap(termLookups).flatMap((p) => chunksForPrefix(meta.chunks, p)));
  const index = new Map([...hashes].flatMap((h) => [...decodeChunk(rd(`index/${h}.pf_index`))]));
  const url = (i: number) => decodeFragment(rd(`fragment/${meta.pages[i]!.hash}.pf_fragment`)).url;
  console.log(q, terms);
  for (const t of terms) for (const [p, f] of termFrequencies(t, index)) console.log('  ', t.text, url(p), 'tf', f.toFixed(2), 'wc', meta.pages[p]!.wordCount);
  for (const s of rankPages(terms, index, meta.pages, { requireAll: true })) console.log('   rank', url(s.page), s.score.toFixed(3));
  for (const p of terms.flatMap(termLookups)) for (const post of index.get(p)?.() ?? []) console.log('    pair', p, url(post.page), JSON.stringify(post.occurrences.slice(0, 6)), 'meta', post.metaCount);
}
