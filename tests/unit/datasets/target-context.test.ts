import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { TARGET_CONTEXT_FILE, yamlToTargetContext } from '../../../src/lib/datasets/target-context.ts';
import { buildTracker } from '../../../src/lib/progress/tracker.ts';
import { copyRepo } from '../../helpers/repo-copy.ts';

const { catalog } = loadCatalog(process.cwd());
const FILE = TARGET_CONTEXT_FILE;
const parse = (targets: string, related = '') => yamlToTargetContext(`search_note: 说明。\ntargets:\n${targets}${related}`, FILE, catalog.datasets);
const target = (key: string, lists: string) => `  - target: ${key}\n${lists}    not_found:\n      - 没有找到的内容\n`;

describe('yamlToTargetContext(text, file, datasets)', () => {
  it('accepts a 2024 city baseline and a 2025 county note', () => {
    const { context, problems } = parse(target('craftsmen-trained', '    baselines:\n      - { dataset: rural-craftsmen, key: 2024-trained, note: 按人次计 }\n    county_notes:\n      - { dataset: rural-craftsmen, key: 2025-deqing-trained-onsite }\n'));
    expect(problems).toEqual([]);
    expect(context?.targets[0]).toMatchObject({ target: 'craftsmen-trained', baselines: [{ key: '2024-trained', note: '按人次计' }], county_notes: [{ key: '2025-deqing-trained-onsite' }] });
  });

  it('refuses a figure of the target year as a baseline: it would read as progress', () => {
    const { problems } = parse(target('craftsmen-trained', '    baselines:\n      - { dataset: rural-craftsmen, key: 2025-deqing-trained-onsite }\n'));
    expect(problems).toMatchObject([{ code: 'TARGET-CONTEXT-ROLE', file: FILE, line: 5, field: 'targets.0.baselines.0.key' }]);
    expect(problems[0]?.message).toContain('目标年度开始（2025-01-01）之前');
  });

  it('refuses a city figure as a county note, and one from another year', () => {
    expect(parse(target('craftsmen-trained', '    county_notes:\n      - { dataset: rural-craftsmen, key: 2024-certified }\n')).problems).toMatchObject([{ code: 'TARGET-CONTEXT-ROLE', line: 5 }]);
    expect(parse(target('craftsmen-trained', '    county_notes:\n      - { dataset: school-grants, key: duanzhou-2020-students }\n')).problems[0]?.message).toContain('目标年度（2025-01-01—2025-12-31）之内');
  });

  it('refuses a target or row that does not exist, saying what does', () => {
    const unknownTarget = parse(target('craftsmen-join', ''));
    expect(unknownTarget.problems).toMatchObject([{ code: 'TARGET-CONTEXT-ROW', line: 3, value: 'craftsmen-join' }]);
    expect(unknownTarget.problems[0]?.message).toContain('craftsmen-members');
    expect(parse(target('craftsmen-trained', '    baselines:\n      - { dataset: rural-craftsmen, key: 2023-trained }\n')).problems).toMatchObject([{ code: 'TARGET-CONTEXT-ROW', line: 5 }]);
    expect(parse(target('craftsmen-trained', ''), 'related:\n  - { dataset: nowhere, key: x }\n').problems).toMatchObject([{ code: 'TARGET-CONTEXT-ROW', field: 'related.0.key' }]);
  });

  it('refuses a target without its not-found list, and a target listed twice', () => {
    expect(parse('  - target: craftsmen-trained\n').problems).toMatchObject([{ code: 'TARGET-CONTEXT-INVALID', field: 'targets.[1].not_found' }]);
    expect(parse(target('paired-unions', '') + target('paired-unions', '')).problems).toMatchObject([{ code: 'TARGET-CONTEXT-INVALID', line: 6 }]);
  });

  it('is read by loadCatalog, which reports its problems with file and line', () => {
    const repo = copyRepo();
    repo.write(FILE, repo.read(FILE).replace('key: 2024-trained', 'key: 2025-deqing-trained-onsite'));
    const { problems } = loadCatalog(repo.root);
    expect(problems).toMatchObject([{ code: 'TARGET-CONTEXT-ROLE', file: FILE }]);
    expect(problems[0]?.line).toBe(readFileSync(FILE, 'utf8').split('\n').findIndex((l) => l.includes('key: 2024-trained')) + 1);
  });
});

describe('data/target-context.yaml in the tracker', () => {
  const tracker = buildTracker(catalog, '2026-11-25');
  const of = (key: string) => tracker.targets.find((t) => t.target.key === key)!;

  it('gives every 2025 target the list of what was searched for and not found', () => {
    for (const t of tracker.targets) expect(t.notFound.length, t.target.key).toBeGreaterThan(0);
    expect(tracker.searchNote).toContain('存档副本');
  });

  it('puts the 2024 figures of the public record (S23) under their targets as baselines', () => {
    // From the public record: 2127人次 trained, 1092人 certified, in 2024.
    expect(of('craftsmen-trained').baselines.map((b) => [b.figure.value, b.figure.unit, b.figure.period])).toEqual([[2127, 'person_times', '2024年']]);
    expect(of('certificate-rate').baselines.map((b) => [b.figure.value, b.figure.unit])).toEqual([[1092, 'people']]);
  });

  it('puts 德庆’s January 2025 figures under their targets as county notes, attendance said to be attendance', () => {
    expect(of('craftsmen-trained').countyNotes.map((c) => [c.figure.value, c.figure.place])).toEqual([[10, '441226']]);
    const [attendance] = of('craftsmen-members').countyNotes;
    expect([attendance!.figure.value, attendance!.figure.qualifier, attendance!.figure.place]).toEqual([20, 'more_than', '441226']);
    expect(attendance!.note).toContain('不是加入工会的人数');
  });

  it('leaves the status rule to readings alone: no target has a reading, so none has a status but 尚无进展数据', () => {
    expect(tracker.targets.map((t) => t.assessment.status)).toEqual(tracker.targets.map(() => 'no-data'));
  });

  it('lists the 31 and 46 teams as related figures, both', () => {
    expect(tracker.related.map((r) => r.figure.value)).toEqual([31, 46]);
  });
});
