import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRepo } from '../helpers/repo-copy.ts';

describe('npm run build with a broken dataset', () => {
  it('stops the build, names the file and line, and leaves no dist/', () => {
    const repo = copyRepo();
    repo.write('data/union-forests/data.csv', repo.read('data/union-forests/data.csv').replace(',35,', ',三十五,'));
    const run = repo.run('npm', ['run', 'build']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('data/union-forests/data.csv:3 [CSV-TYPE] value：不是数字');
    expect(existsSync(join(repo.root, 'dist'))).toBe(false);
  });
});

describe('npm run build with a forest plot in the wrong county', () => {
  it('fails, naming the file, line and the county the point is really in', () => {
    const repo = copyRepo();
    const file = 'data/union-forest-plots/data.csv';
    repo.write(file, repo.read(file).replace('工会林,441202,23.0775', '工会林,441224,23.0775'));
    const run = repo.run('npm', ['run', 'build']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`${file}:2 [PLOT-OUTSIDE-COUNTY] county：坐标不在所填的怀集县，而在端州区（441202）`);
    expect(existsSync(join(repo.root, 'dist'))).toBe(false);
  });
});
