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

describe('npm run build with a place drawn where its precision does not allow', () => {
  it('fails, naming the file, line and the documented position, and leaves no dist/', () => {
    const repo = copyRepo();
    const file = 'data/union-service-places/data.csv';
    // 广宁县工人文化宫 is known only to its county: its marker must sit at the county's documented point.
    repo.write(file, repo.read(file).replace(',县区级,,23.597,112.3693,', ',县区级,,23.55,112.3693,'));
    const run = repo.run('npm', ['run', 'build']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`${file}:7 [PLACE-POSITION] latitude,longitude：县区级的地点画在广宁县的代表点，坐标不对`);
    expect(existsSync(join(repo.root, 'dist'))).toBe(false);
  });
});
