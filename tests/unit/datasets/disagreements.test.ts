import { describe, expect, it } from 'vitest';
import { disagreementsOf, yamlToDisagreements, type RowCheck } from '../../../src/lib/datasets/disagreements.ts';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';

const FILE = 'data/disagreements.yaml';
const ROWS = new Set(['demo|funds', 'demo|households', 'demo|total']);
const check: RowCheck = (dataset, key) => (ROWS.has(`${dataset}|${key}`) ? undefined : `没有行“${key}”`);

const entry = (extra = '', figures = ['funds', 'households']) =>
  [
    '- id: demo-conflict',
    '  kind: conflict',
    '  title: 两个来源的说法不同',
    '  figures:',
    ...figures.map((key) => `    - { dataset: demo, key: ${key} }`),
    '  explanation: 说明。',
    extra,
  ].join('\n');

describe('yamlToDisagreements(text, file, rowCheck)', () => {
  it('accepts an entry naming rows that exist', () => {
    const { disagreements, problems } = yamlToDisagreements(entry(), FILE, check);
    expect(problems).toEqual([]);
    expect(disagreements).toMatchObject([{ id: 'demo-conflict', kind: 'conflict', figures: [{ dataset: 'demo', key: 'funds' }, { dataset: 'demo', key: 'households' }] }]);
  });

  it('refuses a figure naming a row that does not exist, on its own line', () => {
    const { problems } = yamlToDisagreements(entry('', ['funds', 'nowhere']), FILE, check);
    expect(problems).toMatchObject([{ code: 'DISAGREEMENT-ROW', file: FILE, line: 6, field: '[1].figures.[2].key', message: '没有行“nowhere”' }]);
  });

  it('refuses fewer than two figures, the same figure twice, and a repeated id', () => {
    expect(yamlToDisagreements(entry('', ['funds']), FILE, check).problems).toMatchObject([{ code: 'DISAGREEMENT-INVALID', field: '[1].figures' }]);
    expect(yamlToDisagreements(entry('', ['funds', 'funds']), FILE, check).problems).toMatchObject([{ code: 'DISAGREEMENT-INVALID', field: '[1].figures.[2]' }]);
    expect(yamlToDisagreements(`${entry()}\n${entry()}`, FILE, check).problems).toMatchObject([{ code: 'DISAGREEMENT-INVALID', field: '[2].id', line: 9 }]);
  });

  it('asks not-comparable entries, and only those, for a reason', () => {
    const notComparable = entry().replace('kind: conflict', 'kind: not-comparable');
    expect(yamlToDisagreements(notComparable, FILE, check).problems).toMatchObject([{ code: 'DISAGREEMENT-INVALID', field: '[1].reason' }]);
    expect(yamlToDisagreements(`${notComparable}  reason: unit\n`, FILE, check).problems).toEqual([]);
    expect(yamlToDisagreements(`${entry()}  reason: unit\n`, FILE, check).problems).toMatchObject([{ code: 'DISAGREEMENT-INVALID', field: '[1].reason' }]);
    expect(yamlToDisagreements(`${notComparable}  reason: mood\n`, FILE, check).problems).toMatchObject([{ code: 'DISAGREEMENT-INVALID', field: '[1].reason' }]);
  });
});

describe('yamlToDisagreements: a total and its parts', () => {
  const parts = (figures: string) => entry('  reason: parts-total\n').replace('kind: conflict', 'kind: not-comparable').replace(/  figures:\n(?:    - .*\n)+/, `  figures:\n${figures}`);
  it('accepts a parts-total entry that marks its total', () => {
    const { disagreements, problems } = yamlToDisagreements(parts('    - { dataset: demo, key: total, total: true }\n    - { dataset: demo, key: funds }\n'), FILE, check);
    expect(problems).toEqual([]);
    expect(disagreements[0]?.figures).toEqual([{ dataset: 'demo', key: 'total', total: true }, { dataset: 'demo', key: 'funds' }]);
  });
  it('refuses one without a total, or with nothing but totals', () => {
    expect(yamlToDisagreements(parts('    - { dataset: demo, key: total }\n    - { dataset: demo, key: funds }\n'), FILE, check).problems).toMatchObject([{ code: 'DISAGREEMENT-INVALID', field: '[1].figures' }]);
    expect(yamlToDisagreements(parts('    - { dataset: demo, key: total, total: true }\n    - { dataset: demo, key: funds, total: true }\n'), FILE, check).problems).toMatchObject([{ code: 'DISAGREEMENT-INVALID', field: '[1].figures' }]);
  });
  it('refuses total in an entry that is not a total and its parts', () => {
    expect(yamlToDisagreements(entry().replace('key: funds }', 'key: funds, total: true }'), FILE, check).problems).toMatchObject([{ code: 'DISAGREEMENT-INVALID', field: '[1].figures.[1].total' }]);
  });
});

describe('data/disagreements.yaml in loadCatalog(root)', () => {
  it('refuses an entry naming a row that is not in the latest release, with file and line', () => {
    const repo = copyFixtureRepo();
    repo.write(FILE, entry('', ['funds', 'households-2'])); // the fixture's rows: funds, households
    expect(loadCatalog(repo.root).problems).toMatchObject([{ code: 'DISAGREEMENT-ROW', file: FILE, line: 6 }]);
    repo.write(FILE, entry('', ['funds', 'households']).replace('dataset: demo, key: households', 'dataset: demo-2, key: households'));
    const [problem] = loadCatalog(repo.root).problems;
    expect(problem).toMatchObject({ code: 'DISAGREEMENT-ROW', line: 6 });
    expect(problem?.message).toContain('数据集“demo-2”不存在');
  });

  const { catalog } = loadCatalog(process.cwd());
  it('records the 31 vs 46 teams as a conflict between the interview and the provincial union website', () => {
    const [teams] = disagreementsOf(catalog.disagreements, 'model-worker-outreach', 'service-teams-gdftu');
    expect(teams).toMatchObject({ kind: 'conflict', figures: [{ dataset: 'model-worker-outreach', key: 'service-teams' }, { dataset: 'model-worker-outreach', key: 'service-teams-gdftu' }] });
    const sources = teams!.figures.map((ref) => catalog.datasets.find((d) => d.id === ref.dataset)!.latest.rows.find((r) => r.key === ref.key)!.source);
    expect(sources).toEqual(['zhang-sihui-interview-2025', 'gdftu-2025-may-day']);
  });

  it('marks the record’s non-comparable figures: 人次 vs 人, scopes, 近年来 vs one year, a total vs its parts', () => {
    const reasons = (dataset: string, key: string) => disagreementsOf(catalog.disagreements, dataset, key).map((d) => d.reason);
    expect(reasons('rural-craftsmen', '2024-trained')).toEqual(['unit']);
    expect(reasons('union-rest-stations', '2024-love-stations')).toEqual(['scope']);
    expect(reasons('hardship-assistance', 'funds')).toEqual(['period']);
    expect(reasons('hardship-assistance-by-year', '2021-living-funds')).toEqual(['parts-total']);
  });
});
