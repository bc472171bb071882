import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';

describe('loadCatalog(root)', () => {
  it('loads the fixture with no problems, the released bytes verified', () => {
    const { root } = copyFixtureRepo();
    const { catalog, problems } = loadCatalog(root);
    expect(problems).toEqual([]);
    const demo = catalog.datasets[0];
    expect(demo?.id).toBe('demo');
    expect(demo?.latest.version).toBe('1.0.0');
    expect(demo?.latest.rows[1]?.note).toBe('含逗号, 和"引号"');
  });

  it('refuses a released version edited after release, and names the fix', () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/versions/1.0.0.csv', repo.read('data/demo/versions/1.0.0.csv').replace('2200', '2300'));
    const { catalog, problems } = loadCatalog(repo.root);
    expect(problems).toMatchObject([{ code: 'RELEASE-CHANGED', file: 'data/demo/versions/1.0.0.csv' }]);
    expect(problems[0]?.fix).toContain('git checkout');
    expect(catalog.datasets).toEqual([]);
  });

  it('refuses a released version whose file disappeared', () => {
    const repo = copyFixtureRepo();
    rmSync(join(repo.root, 'data/demo/versions/1.0.0.csv'));
    expect(loadCatalog(repo.root).problems).toMatchObject([{ code: 'RELEASE-MISSING', file: 'data/demo/versions/1.0.0.csv' }]);
  });

  it('refuses a version file that was never released', () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/versions/9.9.9.csv', repo.read('data/demo/data.csv'));
    expect(loadCatalog(repo.root).problems).toMatchObject([{ code: 'RELEASE-UNRECORDED', file: 'data/demo/versions/9.9.9.csv' }]);
  });

  it('reports meta.yaml problems with their line, all in one run', () => {
    const repo = copyFixtureRepo();
    const meta = repo.read('data/demo/meta.yaml').replace('title: 示例数据集\n', '').replace('license: CC-BY-4.0', 'license: 随便用');
    repo.write('data/demo/meta.yaml', meta);
    const { problems } = loadCatalog(repo.root);
    expect(problems.map((p) => [p.code, p.field, p.line])).toEqual([
      ['META-INVALID', 'title', 1],
      ['META-INVALID', 'license', 5],
    ]);
    expect(problems[1]?.value).toBe('随便用');
    expect(problems[1]?.expected).toContain('CC-BY-4.0');
  });

  it('reports a source that is not registered and a YAML syntax error', () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/meta.yaml', repo.read('data/demo/meta.yaml').replace('sources: [demo-source]', 'sources: [nowhere]'));
    expect(loadCatalog(repo.root).problems).toMatchObject([{ code: 'META-SOURCE', value: 'nowhere' }]);
    repo.write('data/sources.yaml', '- id: demo-source\n  title: [unclosed\n');
    expect(loadCatalog(repo.root).problems[0]).toMatchObject({ code: 'YAML-SYNTAX', file: 'data/sources.yaml' });
  });

  it('validates the working copy too, locating problems in data.csv', () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/data.csv', `${repo.read('data/demo/data.csv')}bad,坏,x,exact,yuan,2024,demo-source,\n`);
    expect(loadCatalog(repo.root).problems).toMatchObject([{ code: 'CSV-TYPE', file: 'data/demo/data.csv', line: 4, field: 'value' }]);
  });
});
