import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256Hex } from './src/lib/datasets/checksum.ts';
import { syntheticDataset } from './scripts/bench/corpus.ts';
for (const [p, t] of Object.entries(syntheticDataset(0, Number(process.argv[2]), sha256Hex))) { mkdirSync(dirname(join('/tmp/zqb/data', p)), { recursive: true }); writeFileSync(join('/tmp/zqb/data', p), t); }
