import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
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

  it('reads a version from the end of a file name only: 1.0.csv.0 is not the released 1.0.0', () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/versions/1.0.csv.0', repo.read('data/demo/versions/1.0.0.csv'));
    expect(loadCatalog(repo.root).problems).toMatchObject([{ code: 'RELEASE-UNRECORDED', file: 'data/demo/versions/1.0.csv.0' }]);
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
    expect(loadCatalog(repo.root).problems).toMatchObject([{ code: 'META-SOURCE', value: 'nowhere', message: '引用了不存在的来源' }]);
    repo.write('data/sources.yaml', '- id: demo-source\n  title: [unclosed\n');
    expect(loadCatalog(repo.root).problems[0]).toMatchObject({ code: 'YAML-SYNTAX', file: 'data/sources.yaml' });
  });

  it('validates the working copy too, locating problems in data.csv', () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/data.csv', `${repo.read('data/demo/data.csv')}bad,坏,x,exact,yuan,2024,demo-source,\n`);
    expect(loadCatalog(repo.root).problems).toMatchObject([{ code: 'CSV-TYPE', file: 'data/demo/data.csv', line: 4, field: 'value' }]);
  });
});

describe('loadCatalog(root): a working copy that is the latest release byte for byte', () => {
  it('shares that version’s rows instead of reading the file again', () => {
    const { root } = copyFixtureRepo();
    const demo = loadCatalog(root).catalog.datasets[0]!;
    expect(demo.working?.file).toBe('data/demo/data.csv');
    expect(demo.working?.rows).toBe(demo.latest.rows);
    expect(demo.working?.lines).toBe(demo.latest.lines);
  });

  it('reads it against today’s fields when they have changed since, and reports the columns that no longer fit', () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/meta.yaml', repo.read('data/demo/meta.yaml').replace('primary_key: [key]', '  - { name: place, title: 地点, type: string, description: 地点, enum: [\'4412\'] }\nprimary_key: [key]'));
    const { catalog, problems } = loadCatalog(repo.root);
    expect(problems.map((p) => [p.code, p.file])).toEqual([['CSV-MISSING-COLUMN', 'data/demo/data.csv'], ['RELEASE-PENDING-SCHEMA', 'data/demo/meta.yaml']]);
    expect(catalog.datasets).toEqual([]);
  });

  it('reads it again when the same bytes were released with a problem of their own', () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/versions/1.0.0.csv', repo.read('data/demo/versions/1.0.0.csv').replace('2200', '2300'));
    const { problems } = loadCatalog(repo.root);
    expect(problems.map((p) => p.code)).toEqual(['RELEASE-CHANGED']);
  });

  it('reads a working copy that differs from the latest release by one cell on its own', () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/data.csv', repo.read('data/demo/data.csv').replace('2200', '2300'));
    const demo = loadCatalog(repo.root).catalog.datasets[0]!;
    expect(demo.working?.rows).not.toBe(demo.latest.rows);
    expect(demo.working?.rows[1]).toMatchObject({ key: 'households', value: 2300 });
    expect(demo.latest.rows[1]).toMatchObject({ key: 'households', value: 2200 });
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

describe('loadCatalog(root): what the editor is told about released data', () => {
  it('gives the recorded and the found checksum and size of a changed release, and how to correct data instead', () => {
    const repo = copyFixtureRepo();
    const edited = repo.read('data/demo/versions/1.0.0.csv').replace('2200', '2300');
    repo.write('data/demo/versions/1.0.0.csv', edited);
    const sha = createHash('sha256').update(edited).digest('hex');
    expect(loadCatalog(repo.root).problems).toStrictEqual([
      {
        code: 'RELEASE-CHANGED',
        file: 'data/demo/versions/1.0.0.csv',
        value: `sha256 ${sha}，${Buffer.byteLength(edited)} 字节`,
        message: '已发布版本的文件被修改了：已发布的数据不可更改',
        expected: 'sha256 374ffc7473ff8d36a85cbd7076109c172faf011259db847c6080105fcb4c5e5a，213 字节（见 data/demo/releases.yaml）',
        fix: '撤销对该文件的修改（git checkout -- data/demo/versions/1.0.0.csv），把更正写进 data/demo/data.csv，再发布一个新版本。',
      },
    ]);
  });

  it('refuses a release whose bytes were only appended to (same start, different size)', () => {
    const repo = copyFixtureRepo();
    const releases = repo.read('data/demo/releases.yaml');
    repo.write('data/demo/releases.yaml', releases.replace('bytes: 213', 'bytes: 214'));
    expect(loadCatalog(repo.root).problems).toMatchObject([{ code: 'RELEASE-CHANGED', expected: 'sha256 374ffc7473ff8d36a85cbd7076109c172faf011259db847c6080105fcb4c5e5a，214 字节（见 data/demo/releases.yaml）' }]);
  });

  it('names a missing, an unrecorded and an out-of-order version with how to fix each', () => {
    const repo = copyFixtureRepo();
    const record = repo.read('data/demo/releases.yaml');
    repo.write('data/demo/releases.yaml', `${record}${record.replace('1.0.0', '1.0.0').replace('首次发布', '重复')}`);
    repo.write('data/demo/versions/0.1.0.csv', 'x\n');
    expect(loadCatalog(repo.root).problems).toStrictEqual([
      { code: 'RELEASE-ORDER', file: 'data/demo/releases.yaml', field: 'version', value: '1.0.0', message: '版本号没有递增（前一个是 1.0.0）', fix: '发布记录按版本从小到大排列，版本号只增不减；请用发布命令生成，不要手改。' },
      { code: 'RELEASE-UNRECORDED', file: 'data/demo/versions/0.1.0.csv', message: '版本文件没有发布记录', fix: '不要手动往 versions/ 放文件：编辑 data/demo/data.csv，然后运行 npm run data:release。' },
    ]);
    rmSync(join(repo.root, 'data/demo/versions/1.0.0.csv'));
    expect(loadCatalog(repo.root).problems).toContainEqual({ code: 'RELEASE-MISSING', file: 'data/demo/versions/1.0.0.csv', value: '1.0.0', message: '已发布版本的文件不见了', fix: '已发布的版本不可删除：从 git 历史恢复该文件（git checkout -- data/demo/versions/1.0.0.csv）。' });
  });

  it('tells a dataset never released how to release it', () => {
    const repo = copyFixtureRepo();
    rmSync(join(repo.root, 'data/demo/releases.yaml'));
    rmSync(join(repo.root, 'data/demo/versions'), { recursive: true });
    const { catalog, problems } = loadCatalog(repo.root);
    expect(problems).toStrictEqual([{ code: 'RELEASE-NONE', file: 'data/demo/releases.yaml', message: '数据集还没有发布过任何版本', fix: '填好 data/demo/data.csv 后运行 npm run data:release -- demo major "首次发布"。' }]);
    expect([catalog.datasets, catalog.failed]).toEqual([[], ['demo']]);
  });

  it('says what a schema change waiting for release adds and removes', () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/meta.yaml', repo.read('data/demo/meta.yaml').replace('  - name: note\n    title: 备注\n    type: string\n    description: 备注\n    required: false\n', '  - { name: county, title: 县区, type: string, description: 县区, required: false }\n'));
    const { catalog, problems } = loadCatalog(repo.root, { workingCopies: false });
    expect(problems).toStrictEqual([
      {
        code: 'RELEASE-PENDING-SCHEMA',
        file: 'data/demo/meta.yaml',
        field: 'fields',
        value: '新增 county，删除 note',
        message: 'meta.yaml 的字段与最新发布版本（data/demo/versions/1.0.0.csv）不一致：字段改动还没有发布',
        fix: '把 data.csv 改成新的字段，然后运行 npm run data:release -- demo major "说明改了什么"。',
      },
    ]);
    // The release is read with the columns it was released with: note as plain text.
    expect(catalog.datasets[0]?.latest.header).toContain('note');
    expect(catalog.datasets[0]?.latest.rows[1]?.note).toBe('含逗号, 和"引号"');
  });
});

describe('loadCatalog(root): what the editor is told about a dataset folder and meta.yaml', () => {
  it('names a folder that is no dataset id and one without meta.yaml; data/geo and files are not datasets', () => {
    const repo = copyFixtureRepo();
    mkdirSync(join(repo.root, 'data/Bad_Name'));
    mkdirSync(join(repo.root, 'data/empty'));
    mkdirSync(join(repo.root, 'data/geo'), { recursive: true });
    repo.write('data/notes.txt', 'x');
    const { catalog, problems } = loadCatalog(repo.root);
    expect(problems).toStrictEqual([
      { code: 'DATASET-ID', file: 'data/Bad_Name', value: 'Bad_Name', message: '数据集文件夹名不合规', expected: '小写英文字母、数字和连字符，如 union-forests' },
      { code: 'DATASET-NO-META', file: 'data/empty/meta.yaml', message: '数据集缺少 meta.yaml', fix: '用 npm run new:dataset 创建数据集，或补上 meta.yaml。' },
    ]);
    expect(catalog.failed).toEqual(['Bad_Name', 'empty']);
    expect(catalog.datasets.map((d) => d.id)).toEqual(['demo']);
  });

  it('names a field declared twice, a row key that is no field, and the sources there are', () => {
    const repo = copyFixtureRepo();
    const meta = repo.read('data/demo/meta.yaml');
    repo.write('data/demo/meta.yaml', meta.replace('primary_key: [key]', '  - { name: note, title: 又一个备注, type: string, description: 备注 }\nprimary_key: [key, year]').replace('sources: [demo-source]', 'sources: [demo-source, nowhere]'));
    expect(loadCatalog(repo.root).problems).toStrictEqual([
      { code: 'META-FIELD', file: 'data/demo/meta.yaml', field: 'fields', value: 'note', message: '字段名重复', fix: '每个字段的 name 必须唯一。' },
      { code: 'META-PRIMARY-KEY', file: 'data/demo/meta.yaml', field: 'primary_key', value: 'year', message: '行键引用了不存在的字段', expected: 'fields 中的字段名：key、metric、value、qualifier、unit、period、source、note、note' },
      { code: 'META-SOURCE', file: 'data/demo/meta.yaml', field: 'sources', value: 'nowhere', message: '引用了不存在的来源', expected: 'data/sources.yaml 中的来源代码：demo-source', fix: '先在 data/sources.yaml 中登记该来源。' },
    ]);
  });

  it('reports a missing sources file once, not again for every source a dataset cites', () => {
    const repo = copyFixtureRepo();
    rmSync(join(repo.root, 'data/sources.yaml'));
    expect(loadCatalog(repo.root).problems).toStrictEqual([{ code: 'SOURCE-INVALID', file: 'data/sources.yaml', message: '缺少来源登记文件', fix: '创建 data/sources.yaml，登记每个数据来源。' }]);
  });

  it('leaves the working copies out when asked (pages publish releases only)', () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/data.csv', `${repo.read('data/demo/data.csv')}bad,坏,x,exact,yuan,2024,demo-source,\n`);
    const { catalog, problems } = loadCatalog(repo.root, { workingCopies: false });
    expect(problems).toEqual([]);
    expect(catalog.datasets[0]?.working).toBeUndefined();
    expect(loadCatalog(repo.root).catalog.datasets).toEqual([]);
  });
});

describe('loadCatalog(root): more of what is checked', () => {
  it('reads a repository without data/ as having no datasets', () => {
    const repo = copyFixtureRepo();
    rmSync(join(repo.root, 'data'), { recursive: true });
    const { catalog, problems } = loadCatalog(repo.root);
    expect(problems.map((p) => p.code)).toEqual(['SOURCE-INVALID']);
    expect(catalog.datasets).toEqual([]);
  });

  it('checks a column that refers to another dataset, in the release and the working copy', () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/meta.yaml', repo.read('data/demo/meta.yaml').replace('    description: 备注\n    required: false\n', '    description: 备注\n    required: false\n    references: { dataset: demo, field: key }\n'));
    const expected = '取自：funds、households';
    expect(loadCatalog(repo.root).problems).toStrictEqual([
      { code: 'CSV-REFERENCE', file: 'data/demo/versions/1.0.0.csv', line: 3, field: 'note', value: '含逗号, 和"引号"', message: '在数据集 demo 的 key 列中找不到这个值', expected },
      { code: 'CSV-REFERENCE', file: 'data/demo/data.csv', line: 3, field: 'note', value: '含逗号, 和"引号"', message: '在数据集 demo 的 key 列中找不到这个值', expected },
    ]);
    repo.write('data/demo/meta.yaml', repo.read('data/demo/meta.yaml').replace('references: { dataset: demo, field: key }', 'references: { dataset: nowhere, field: key }'));
    expect(loadCatalog(repo.root).problems[0]).toMatchObject({ expected: '取自：（数据集 nowhere 不存在或为空）' });
  });

  it('reads rows of a release by today’s fields and reports those that no longer fit', () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/meta.yaml', repo.read('data/demo/meta.yaml').replace('enum: [exact, nearly, more_than]', 'enum: [exact, nearly]'));
    expect(loadCatalog(repo.root, { workingCopies: false }).problems).toMatchObject([{ code: 'CSV-ENUM', file: 'data/demo/versions/1.0.0.csv', line: 3, field: 'qualifier' }]);
  });

  it('says a schema change that only removes a column, or adds two', () => {
    const repo = copyFixtureRepo();
    const note = '  - name: note\n    title: 备注\n    type: string\n    description: 备注\n    required: false\n';
    const meta = repo.read('data/demo/meta.yaml');
    repo.write('data/demo/meta.yaml', meta.replace(note, ''));
    expect(loadCatalog(repo.root, { workingCopies: false }).problems).toMatchObject([{ code: 'RELEASE-PENDING-SCHEMA', value: '删除 note' }]);
    repo.write('data/demo/meta.yaml', meta.replace(note, `${note}  - { name: county, title: 县区, type: string, description: 县区, required: false }\n  - { name: town, title: 镇街, type: string, description: 镇街, required: false }\n`));
    expect(loadCatalog(repo.root, { workingCopies: false }).problems).toMatchObject([{ code: 'RELEASE-PENDING-SCHEMA', value: '新增 county、town' }]);
    const period = '  - name: period\n    title: 时期\n    type: string\n    description: 时期\n';
    expect(meta).toContain(period);
    repo.write('data/demo/meta.yaml', meta.replace(note, '').replace(period, ''));
    expect(loadCatalog(repo.root, { workingCopies: false }).problems).toMatchObject([{ code: 'RELEASE-PENDING-SCHEMA', value: '删除 period、note' }]);
  });

  it('names release records that do not fit their schema', () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/releases.yaml', repo.read('data/demo/releases.yaml').replace('bytes: 213', 'bytes: many'));
    expect(loadCatalog(repo.root).problems).toMatchObject([{ code: 'RELEASE-INVALID', file: 'data/demo/releases.yaml', line: 5 }]);
  });

  it('leaves out the working copy entirely when asked, not as an empty property', () => {
    const repo = copyFixtureRepo();
    expect('working' in loadCatalog(repo.root, { workingCopies: false }).catalog.datasets[0]!).toBe(false);
    expect('working' in loadCatalog(repo.root).catalog.datasets[0]!).toBe(true);
  });

  it('takes a hex digest under sha256 for a checksum in release records only: in meta.yaml the same line is text, and a card number in it is found', () => {
    // A SHA-256 digest whose hex holds 62344095936793400: 17 digits that pass the card check.
    const repo = copyFixtureRepo();
    repo.write('data/demo/meta.yaml', `${repo.read('data/demo/meta.yaml')}sha256: 5d8f6cce532a7aeb57196be62344095936793400b3aeb3580d248b17d5518a86\n`);
    expect(loadCatalog(repo.root).problems.map((p) => [p.code, p.file])).toContainEqual(['PII-BANK-CARD', 'data/demo/meta.yaml']);
  });
});

describe('loadCatalog(root): the context of the 2025 targets', () => {
  it('carries data/target-context.yaml into the catalog, as written there', () => {
    const { catalog, problems } = loadCatalog(process.cwd());
    expect(problems).toEqual([]);
    // data/target-context.yaml: the first target listed and the start of the search note.
    expect(catalog.targetContext?.targets[0]?.target).toBe('craftsmen-members');
    expect(catalog.targetContext?.search_note).toMatch(/^2026年11月，本站在一份公开网页的存档副本/);
  });

  it('leaves the context out when the file cannot be read as YAML, and says why', () => {
    const repo = copyFixtureRepo();
    repo.write('data/target-context.yaml', 'targets: [\n');
    const { catalog, problems } = loadCatalog(repo.root);
    expect(problems.map((p) => p.file)).toContain('data/target-context.yaml');
    expect(catalog).not.toHaveProperty('targetContext');
  });
});
