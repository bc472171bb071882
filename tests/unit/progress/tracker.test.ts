import { describe, expect, it } from 'vitest';
import { PROGRESS_DATASET, TARGETS_DATASET, buildTracker } from '../../../src/lib/progress/tracker.ts';
import { REPO_CATALOG, withReadings } from '../../helpers/progress.ts';

const catalog = REPO_CATALOG;

describe('buildTracker(catalog, asOf)', () => {
  it('gives each target its own readings, the note kept or null, and assesses it on them', () => {
    const tracker = buildTracker(
      withReadings([
        { target: 'craftsmen-trained', date: '2025-06-30', value: 2100, note: '示例读数' },
        { target: 'new-members', date: '2025-03-31', value: 1000, note: null },
        { target: 'new-members', date: '2025-09-30', value: 6000, note: null },
      ]),
      '2025-10-01',
    );
    const of = (key: string) => tracker.targets.find((t) => t.target.key === key)!;
    // craftsmen-trained: target 2000人以上, so 2100 is achieved.
    expect(of('craftsmen-trained').assessment).toMatchObject({ status: 'achieved', readings: [{ date: '2025-06-30', value: 2100, source: 'zhang-sihui-interview-2025', note: '示例读数' }] });
    // new-members: target 15000 by 2025-12-31; on 30 September (day 273) 11219.2 were expected, 6000 is behind.
    expect(of('new-members').assessment).toMatchObject({ status: 'behind', latest: { date: '2025-09-30', value: 6000, note: null } });
    expect(of('new-members').assessment.readings.map((r) => r.value)).toEqual([1000, 6000]);
    expect(of('coverage-rate').assessment).toMatchObject({ status: 'no-data', readings: [] });
  });

  it('takes each target’s deadline and programme from its row (programme null when the cell is empty)', () => {
    const tracker = buildTracker(catalog, '2025-10-01');
    expect(tracker.targets.map((t) => [t.target.key, t.deadline, t.programme])).toEqual([
      ['craftsmen-members', '2025-12-31', '千人工匠计划'],
      ['craftsmen-trained', '2025-12-31', '千人工匠计划'],
      ['certificate-rate', '2025-12-31', '千人工匠计划'],
      ['agri-enterprise-unions', '2025-12-31', null],
      ['new-members', '2025-12-31', null],
      ['coverage-rate', '2025-12-31', null],
      ['paired-unions', '2025-12-31', null],
    ]);
    expect([tracker.targetsDataset.id, tracker.progressDataset.id]).toEqual([TARGETS_DATASET, PROGRESS_DATASET]);
  });

  it('gives each target its own entry of data/target-context.yaml', () => {
    const tracker = buildTracker(catalog, '2025-10-01');
    const firstNotFound = (key: string) => tracker.targets.find((t) => t.target.key === key)!.notFound[0];
    expect(firstNotFound('craftsmen-members')).toBe('2025年全市乡村建筑工匠加入工会的人数');
    expect(firstNotFound('craftsmen-trained')).toBe('2025年全市乡村建筑工匠参加培训的人数');
    expect(firstNotFound('paired-unions')).toBe('结对帮扶典型镇村的基层工会名单、数目，或任何一对结对的例子');
  });

  it('without data/target-context.yaml, gives no baselines, county notes, not-found lists, related figures or search note', () => {
    const tracker = buildTracker({ ...catalog, targetContext: undefined }, '2025-10-01');
    expect(tracker.targets.map((t) => [t.baselines, t.countyNotes, t.notFound])).toEqual(tracker.targets.map(() => [[], [], []]));
    expect([tracker.related, tracker.searchNote]).toEqual([[], null]);
  });

  it('names the dataset it needs when the catalog lacks it', () => {
    expect(() => buildTracker({ ...catalog, datasets: catalog.datasets.filter((d) => d.id !== PROGRESS_DATASET) }, '2025-10-01')).toThrow('进展页面需要数据集 target-progress');
  });
});
