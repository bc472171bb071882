import { describe, expect, it } from 'vitest';
import { figuresToBarChart } from '../../../src/lib/charts/bar.ts';
import { figureToCard } from '../../../src/lib/charts/card.ts';
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
  // Drawn inside each test, not here: Stryker counts a mutant as covered only by the tests that run it.
  const draw = () => figuresToBarChart(figures, { id: 'bar', title: '2024年劳模工匠宣讲' });
  it('matches its golden file', () => expectGolden('bar', draw()));
  it('is an accessible image whose description is written from the data', () => {
    const svg = draw();
    expect(svg).toMatch(/^<svg[^>]+role="img" aria-labelledby="bar-title bar-desc"/);
    expect(svg).toContain('<desc id="bar-desc">宣讲场次100多场次；宣讲受众超1万人次；技能提升4000多人次。');
  });
  it('scales each unit on its own and says so', () => {
    const svg = draw();
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

describe('figuresToBarChart: one unit, a tiny figure, footnotes', () => {
  const audience = figures[1]!;
  const few: Figure = { ...base, key: 'few', metric: '个别', value: 10, qualifier: 'exact', unit: 'person_times' };
  it('draws one unit without group headings or the note about groups, and a tiny figure still 2 wide', () => {
    const svg = figuresToBarChart([audience, few], { id: 'b', title: '人次' });
    expect(svg).not.toContain('单位：');
    expect(svg).toContain('<desc id="b-desc">宣讲受众超1万人次；个别10人次。</desc>');
    // 10000 fills 62 % of 360 (223.2); 10 would be 0.2 wide, so it is drawn 2 wide.
    expect([...svg.matchAll(/<rect x="0" y="([\d.]+)" width="([\d.]+)"/g)].map((m) => [m[1], m[2]])).toEqual([['25', '223.2'], ['71', '2']]);
    expect(svg).toContain('<text x="8" y="84" font-size="14" font-weight="700" fill="var(--chart-text, #1c1b1a)">10人次</text>');
    expect(svg).toMatch(/^<svg[^>]+viewBox="0 0 360 100"/);
  });
  it('writes the footnotes under the bars and makes room for them, and adds them to the description', () => {
    const svg = figuresToBarChart([{ ...audience, marks: ['※1'] }, few], { id: 'b', title: '人次', footnotes: ['※1 来源说法不一'] });
    // Bars end at y = 96; the two footnote lines are at 112 and 130, and the drawing is 96 + 4 + 42 high.
    expect(svg).toMatch(/^<svg[^>]+viewBox="0 0 360 142"/);
    expect(svg).toContain('<text x="0" y="112" font-size="12" fill="var(--chart-muted, #5b5650)">※1 来源说法不一</text>');
    expect(svg).toContain('超1万人次<tspan font-size="12" font-weight="400" fill="var(--chart-muted, #5b5650)"> ※1</tspan></text>');
    expect(svg).toContain('<desc id="b-desc">宣讲受众超1万人次（※1）；个别10人次。※1 来源说法不一。</desc>');
  });
});

describe('figureToWaffle: sizes', () => {
  it('chooses 1 a square up to 100, then 10, 100…', () => {
    expect([defaultUnitSize(35), defaultUnitSize(100), defaultUnitSize(101), defaultUnitSize(1000), defaultUnitSize(1001)]).toEqual([1, 1, 10, 10, 100]);
  });
  it('fits ten squares and nine gaps of 4 in a narrow drawing, and makes room for footnotes', () => {
    const plots: Figure = { ...base, key: 'plots', metric: '工会林', value: 12, qualifier: 'exact', unit: 'plots' };
    // 200 wide: (200 − 9 × 4) ÷ 10 = 16.4 a square; 12 squares in 2 rows: 30 + 2 × 20.4 + 26 = 96.8 high.
    const svg = figureToWaffle({ ...plots, marks: ['※1'] }, { id: 'w', title: '工会林', width: 200, footnotes: ['※1 时期不同，不可比'] });
    expect(svg).toContain('<rect x="0" y="30" width="16.4" height="16.4" rx="2" fill="var(--chart-bar, #a8201a)"/>');
    expect(svg).toContain('<rect x="20.4" y="50.4" width="16.4"');
    expect(svg).toMatch(/^<svg[^>]+viewBox="0 0 200 138.8"/);
    expect(svg).toContain('<text x="0" y="112.8" font-size="12" fill="var(--chart-muted, #5b5650)">※1 时期不同，不可比</text>');
  });
});

describe('figureToCard(figure, options)', () => {
  it('writes the metric, the qualified figure large, the period with its marks, then the footnotes', () => {
    const funds: Figure = { ...base, key: 'funds', metric: '帮扶资金', value: 30000000, qualifier: 'nearly', unit: 'yuan', period: '近年来' };
    const svg = figureToCard({ ...funds, marks: ['※1'] }, { id: 'c', title: '资金', footnotes: ['※1 时期不同，不可比'] });
    expect(svg).toMatch(/^<svg[^>]+viewBox="0 0 320 138"/);
    expect(svg).toContain('<desc id="c-desc">帮扶资金：近3000万元（近年来）（※1）。※1 时期不同，不可比。</desc>');
    expect(svg.slice(svg.indexOf('</desc>') + 7, -6)).toBe(
      [
        '<text x="0" y="20" font-size="15" fill="var(--chart-text, #1c1b1a)">帮扶资金</text>',
        '<text x="0" y="62" font-size="36" font-weight="700" fill="var(--chart-bar, #a8201a)">近3000万元</text>',
        '<text x="0" y="88" font-size="13" fill="var(--chart-muted, #5b5650)">近年来<tspan font-size="12" font-weight="400" fill="var(--chart-muted, #5b5650)"> ※1</tspan></text>',
        '<text x="0" y="112" font-size="12" fill="var(--chart-muted, #5b5650)">※1 时期不同，不可比</text>',
        '<text x="0" y="130" font-size="12" fill="var(--chart-muted, #5b5650)">记号的说明见本站“说法不一与不可比”页</text>',
      ].join(''),
    );
    expect(figureToCard(funds, { id: 'c', title: '资金' })).toMatch(/^<svg[^>]+viewBox="0 0 320 96"/);
  });
});

describe('readingsToTimeSeries: the x axis without start and end', () => {
  it('runs from the first reading to the last', () => {
    // 1 July is 91 of the 183 days from 1 April to 1 October: x = 48 + 300 × 91 ÷ 183.
    const readings = [{ date: '2025-04-01', value: 800 }, { date: '2025-07-01', value: 1500 }, { date: '2025-10-01', value: 2100 }];
    const svg = readingsToTimeSeries(target, readings, { id: 't', title: '读数' });
    expect([...svg.matchAll(/<circle cx="([\d.]+)"/g)].map((m) => m[1])).toEqual(['48', '197.2', '348']);
    expect(svg).toMatch(/<text x="48" y="192"[^>]*>2025\.4<\/text>/);
  });
  it('without readings, spans 2025 with the target and no line', () => {
    const svg = readingsToTimeSeries(target, [], { id: 't', title: '读数' });
    expect(svg).toMatch(/<text x="48" y="192"[^>]*>2025\.1<\/text>/);
    expect(svg).toMatch(/<text x="[\d.]+" y="192"[^>]*>2025\.10<\/text>/);
    // Nothing after the target's label: no line, no points.
    expect(svg).toMatch(/>目标 4000人以上<\/text><\/svg>$/);
  });
});
