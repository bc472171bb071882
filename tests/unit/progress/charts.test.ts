import { describe, expect, it } from 'vitest';
import { targetCharts } from '../../../src/lib/progress/charts.ts';
import { buildTracker } from '../../../src/lib/progress/tracker.ts';
import { REPO_CATALOG, withReadings } from '../../helpers/progress.ts';

// Two made-up readings of new-members (target 15000人以上 by 2025-12-31), one with a note.
const tracker = buildTracker(
  withReadings([
    { target: 'new-members', date: '2025-03-31', value: 1000, note: null },
    { target: 'new-members', date: '2025-09-30', value: 6000, note: '示例读数' },
  ]),
  '2025-10-01',
);
const newMembers = tracker.targets.find((t) => t.target.key === 'new-members')!;

describe('targetCharts(tracker, target)', () => {
  it('gives a target without readings no chart', () => {
    const empty = buildTracker(REPO_CATALOG, '2025-10-01');
    expect(targetCharts(empty, empty.targets.find((t) => t.target.key === 'new-members')!)).toBeUndefined();
  });

  it('names both charts by target and gives both the readings as a table, with date, figure and unit, source and note', () => {
    const charts = targetCharts(tracker, newMembers)!;
    const table = {
      head: ['读数日期', '数值', '来源', '备注'],
      rows: [
        ['2025年3月31日', '1000人', 'zhang-sihui-interview-2025', ''],
        ['2025年9月30日', '6000人', 'zhang-sihui-interview-2025', '示例读数'],
      ],
    };
    expect(charts.bar).toMatchObject({ id: 'progress-new-members', title: '新发展工会会员：进度', table });
    expect(charts.series).toMatchObject({ id: 'progress-new-members-series', title: '新发展工会会员：读数变化', table });
    expect([charts.bar.dataset.id, charts.series.dataset.id]).toEqual(['target-progress', 'target-progress']);
  });

  it('draws the bar to the latest reading and the series over the target’s year, each titled by its own id', () => {
    const { bar, series } = targetCharts(tracker, newMembers)!;
    expect(bar.svg).toContain('<title id="progress-new-members-title">新发展工会会员：进度</title>');
    expect(bar.svg).toContain('截至2025-09-30为6000人，是目标15000人以上的40%。');
    expect(series.svg).toContain('<title id="progress-new-members-series-title">新发展工会会员：读数变化</title>');
    // The x axis starts on 1 January 2025 at the left edge (x = 48), not at the first reading (31 March).
    expect(series.svg).toMatch(/<text x="48" y="192"[^>]*>2025\.1<\/text>/);
  });
});
