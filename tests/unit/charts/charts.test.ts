import { describe, expect, it } from 'vitest';
import { figuresToBarChart } from '../../../src/lib/charts/bar.ts';
import { progressToBar } from '../../../src/lib/charts/progress-bar.ts';
import { readingsToTimeSeries } from '../../../src/lib/charts/time-series.ts';
import { defaultUnitSize, figureToWaffle } from '../../../src/lib/charts/waffle.ts';
import type { Figure } from '../../../src/lib/datasets/figures.ts';
import { expectGolden } from '../../helpers/golden.ts';

const base = { datasetId: 'demo', period: '2024年', source: 's', source_wording: null, note: null } as const;
const figures: Figure[] = [
  { ...base, key: 'sessions', metric: '宣讲场次', value: 100, qualifier: 'more_than', unit: 'sessions' },
  { ...base, key: 'audience', metric: '宣讲受众', value: 10000, qualifier: 'over', unit: 'person_times' },
  { ...base, key: 'upgrades', metric: '技能提升', value: 4000, qualifier: 'more_than', unit: 'person_times' },
];
const target: Figure = { ...base, key: 'members', metric: '工匠入会', value: 4000, qualifier: 'at_least', unit: 'people' };

describe('figuresToBarChart(figures, options)', () => {
  const svg = figuresToBarChart(figures, { id: 'bar', title: '2024年劳模工匠宣讲' });
  it('matches its golden file', () => expectGolden('bar', svg));
  it('is an accessible image whose description is written from the data', () => {
    expect(svg).toMatch(/^<svg[^>]+role="img" aria-labelledby="bar-title bar-desc"/);
    expect(svg).toContain('<desc id="bar-desc">宣讲场次100多场次；宣讲受众超1万人次；技能提升4000多人次。');
  });
  it('scales each unit on its own and says so', () => {
    expect(svg).toContain('单位：人次');
    expect(svg).toContain('组与组之间的长度不可比较');
    const widths = [...svg.matchAll(/<rect x="0" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    // 场次 is alone in its unit: no bar. 人次: 4000 is 40% of 10000.
    expect(widths).toHaveLength(2);
    expect(widths[1]! / widths[0]!).toBeCloseTo(0.4, 2);
  });
});

describe('figureToWaffle(figure, options)', () => {
  it('draws one square per unit and states what a square stands for', () => {
    const svg = figureToWaffle({ ...base, key: 'households', metric: '常态化帮扶', value: 2200, qualifier: 'more_than', unit: 'households' }, { id: 'w', title: '帮扶户数' });
    expect(defaultUnitSize(2200)).toBe(100);
    expect(svg.match(/<rect /g)).toHaveLength(22);
    expect(svg).toContain('每格代表 100户');
    expectGolden('waffle', svg);
  });
});

describe('progressToBar(target, latest, options)', () => {
  it('fills to the reading, caps at the target, and labels the share', () => {
    const half = progressToBar(target, { value: 2000, date: '2025-06-30' }, { id: 'p', title: '进度' });
    expect(half).toContain('width="180"');
    expect(half).toContain('（50%）');
    const over = progressToBar(target, { value: 5000, date: '2025-12-31' }, { id: 'p', title: '进度' });
    expect(over).toContain('（125%）');
    expect(over).not.toMatch(/width="(4\d\d|[5-9]\d\d)"/);
    expectGolden('progress-bar', half);
  });
});

describe('readingsToTimeSeries(target, readings, options)', () => {
  it('draws a point per reading, the line, and the target', () => {
    const svg = readingsToTimeSeries(target, [{ date: '2025-03-31', value: 800 }, { date: '2025-06-30', value: 2100 }], { id: 't', title: '读数', start: '2025-01-01', end: '2025-12-31' });
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toContain('stroke-dasharray');
    expect(svg).toContain('目标 4000人以上');
    expectGolden('time-series', svg);
  });
});
