import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../src/lib/validate.ts';
import { copyFixtureRepo } from '../helpers/fixture-repo.ts';

describe('validateProject(root)', () => {
  it('reports a file where the data folder belongs as a problem, instead of crashing in the data check', async () => {
    const repo = copyFixtureRepo();
    rmSync(join(repo.root, 'data'), { recursive: true });
    writeFileSync(join(repo.root, 'data'), '不是文件夹');
    const { problems } = await validateProject(repo.root);
    expect(problems).toMatchObject([{ code: 'FILE-NOT-FILE', file: 'data', message: '这里应该是一个文件夹' }]);
  });
});
