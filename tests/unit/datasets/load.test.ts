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

describe('loadCatalog(root): rows of the public record', () => {
  it('refuses a row whose source is not registered, and two rows with the same key, with file and line', () => {
    const repo = copyFixtureRepo();
    const csv = repo.read('data/demo/data.csv');
    repo.write('data/demo/data.csv', `${csv}extra,另一项,5,exact,yuan,2024年,nowhere-2024,\nfunds,重复,1,exact,yuan,2024年,demo-source,\n`);
    expect(loadCatalog(repo.root).problems).toMatchObject([
      { code: 'CSV-SOURCE', file: 'data/demo/data.csv', line: 4, field: 'source', value: 'nowhere-2024' },
      { code: 'CSV-DUPLICATE-KEY', file: 'data/demo/data.csv', line: 5, value: 'funds' },
    ]);
  });

  it('refuses a figure whose rendering would drop the qualifier of its source wording', () => {
    const repo = copyFixtureRepo();
    const meta = repo.read('data/demo/meta.yaml').replace('primary_key: [key]', '  - { name: source_wording, title: 原文表述, type: string, description: 原文, required: false }\nprimary_key: [key]');
    repo.write('data/demo/meta.yaml', meta);
    repo.write('data/demo/data.csv', 'key,metric,value,qualifier,unit,period,source,note,source_wording\nfunds,投入资金,30000000,nearly,yuan,近年来,demo-source,,近3000万元\nhouseholds,帮扶户数,2200,exact,households,近年来,demo-source,,2200多户\n');
    const { problems } = loadCatalog(repo.root);
    expect(problems.filter((p) => p.code.startsWith('FIGURE'))).toMatchObject([{ code: 'FIGURE-WORDING', file: 'data/demo/data.csv', line: 3, value: '2200多户' }]);
  });

  it('reports a schema change that is not released yet, and reads the release as it was', () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/meta.yaml', repo.read('data/demo/meta.yaml').replace('primary_key: [key]', '  - { name: place, title: 地点, type: string, description: 地点, enum: [\'4412\'] }\nprimary_key: [key]'));
    const { catalog, problems } = loadCatalog(repo.root, { workingCopies: false });
    expect(problems).toMatchObject([{ code: 'RELEASE-PENDING-SCHEMA', file: 'data/demo/meta.yaml', value: '新增 place' }]);
    expect(catalog.datasets[0]?.latest.header).not.toContain('place');
  });

  it('refuses a place code the site does not know in a figure dataset', () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/meta.yaml', repo.read('data/demo/meta.yaml').replace('primary_key: [key]', '  - { name: place, title: 地点, type: string, description: 地点, enum: [\'4412\', \'440100\'] }\nprimary_key: [key]'));
    expect(loadCatalog(repo.root).problems).toMatchObject([{ code: 'META-FIGURE-ENUM', field: 'fields.place.enum', value: '440100' }]);
  });
});
