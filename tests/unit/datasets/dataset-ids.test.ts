import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { listDatasetIds } from '../../../src/lib/datasets/load.ts';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';

// Directory listings come in whatever order the file system keeps (this machine's is sorted,
// ext4's hashed): here every listing is reversed, so the order of the ids is the code's own.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const list = fs.readdirSync as (...args: unknown[]) => unknown[];
  return { ...fs, readdirSync: ((...args: unknown[]) => list(...args).reverse()) as unknown as typeof fs.readdirSync };
});

describe('listDatasetIds(root)', () => {
  it('lists the dataset folders in order of their names, not the order the disk gives them in; files and data/geo are not datasets', () => {
    const repo = copyFixtureRepo();
    for (const id of ['m-07', 'a-11', 'x-02']) mkdirSync(join(repo.root, 'data', id));
    mkdirSync(join(repo.root, 'data/geo'), { recursive: true });
    repo.write('data/notes.txt', '不是数据集');
    expect(listDatasetIds(repo.root)).toEqual(['a-11', 'demo', 'm-07', 'x-02']);
  });
});
