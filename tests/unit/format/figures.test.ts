import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { figureToParts, formatQualifiedFigure } from '../../../src/lib/format/figures.ts';
import { formatNumberHanzi, formatNumberStyled, formatNumberZh } from '../../../src/lib/format/numbers.ts';
import { QUALIFIER_WORDS } from '../../../src/lib/format/qualifiers.ts';
import { wordingMismatch } from '../../../src/lib/format/wording.ts';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { datasetFigures, isFigureDataset } from '../../../src/lib/datasets/figures.ts';

describe('formatNumberZh(n)', () => {
  it.each([
    [30000000, '3000万'],
    [15000, '1.5万'],
    [10000, '1万'],
    [2200, '2200'],
    [12345, '12345'],
    [250000000, '2.5亿'],
    [95, '95'],
    [1.5, '1.5'],
    [8123000, '812.3万'],
    // 亿 only for whole millions: 1.234亿 would round to 1.23亿.
    [100000000, '1亿'],
    [123400000, '12340万'],
    [123456789, '123456789'],
    [-30000000, '-3000万'],
  ])('%d → %s', (n, text) => expect(formatNumberZh(n)).toBe(text));
});

describe('formatNumberHanzi(n) and formatNumberStyled(n, style)', () => {
  it.each([
    [1, '一'],
    [2, '二'],
    [9, '九'],
    [10, '十'],
    [14, '十四'],
    [20, '二十'],
    [99, '九十九'],
  ])('%d → %s', (n, text) => expect(formatNumberHanzi(n)).toBe(text));
  it('refuses what it cannot write as the sources do', () => {
    expect([0, 100, 1.5, -3].map(formatNumberHanzi)).toEqual([undefined, undefined, undefined, undefined]);
  });
  it('writes digits, 万 or numerals as asked', () => {
    expect(formatNumberStyled(12000, 'digits')).toBe('12000');
    expect(formatNumberStyled(12000, null)).toBe('1.2万');
    expect(formatNumberStyled(12000, 'wan')).toBe('1.2万');
    expect(formatNumberStyled(3, 'hanzi')).toBe('三');
    expect(formatNumberStyled(2003, 'hanzi')).toBe('2003');
  });
});

describe('formatQualifiedFigure({ value, qualifier, unit, number_style })', () => {
  it.each([
    [{ value: 30000000, qualifier: 'nearly', unit: 'yuan' }, '近3000万元'],
    [{ value: 2200, qualifier: 'more_than', unit: 'households' }, '2200多户'],
    [{ value: 4000, qualifier: 'at_least', unit: 'people' }, '4000人以上'],
    [{ value: 95, qualifier: 'at_least', unit: 'percent' }, '95%以上'],
    [{ value: 95, qualifier: 'exact', unit: 'percent' }, '95%'],
    [{ value: 150, qualifier: 'at_least', unit: 'unions_jia' }, '150家以上'],
    [{ value: 10000, qualifier: 'over', unit: 'person_times' }, '超1万人次'],
    [{ value: 10000, qualifier: 'ten_thousand_plus', unit: 'people' }, '上万人'],
    [{ value: 10000, qualifier: 'ten_thousand_plus', unit: 'people_ming' }, '上万名'],
    [{ value: 10000, qualifier: 'nearly_ten_thousand', unit: 'people_ming' }, '近万名'],
    [{ value: 1400, qualifier: 'exact', unit: 'yuan_per_month' }, '每月1400元'],
    [{ value: 15000, qualifier: 'about', unit: 'person_times' }, '1.5万人次'],
    [{ value: 110, qualifier: 'odd', unit: 'people' }, '110余人'],
    [{ value: 12000, qualifier: 'exceeding', unit: 'person_times', number_style: 'digits' }, '超过12000人次'],
    [{ value: 10000000, qualifier: 'exceeding', unit: 'yuan_unwritten' }, '超过1000万'],
    [{ value: 100000, qualifier: 'approximately', unit: 'person_times' }, '约10万人次'],
    [{ value: 600, qualifier: 'approximately', unit: 'metres' }, '约600米'],
    [{ value: 1600, qualifier: 'up_to', unit: 'yuan_slash_month' }, '最高1600元/月'],
    [{ value: 6000, qualifier: 'up_to', unit: 'yuan_slash_year' }, '最高6000元/年'],
    [{ value: 1000, qualifier: 'exact', unit: 'yuan_slash_time' }, '1000元/次'],
    [{ value: 2000000, qualifier: 'exact', unit: 'yuan_per_year' }, '每年200万元'],
    [{ value: 14, qualifier: 'exact', unit: 'editions', number_style: 'hanzi' }, '第十四届'],
    [{ value: 3, qualifier: 'exact', unit: 'prize_grade', number_style: 'hanzi' }, '三等奖'],
    [{ value: 9, qualifier: 'exact', unit: 'functional_areas', number_style: 'hanzi' }, '九大功能区'],
    [{ value: 2003, qualifier: 'exact', unit: 'since_year' }, '自2003年起'],
    [{ value: 13500, qualifier: 'exact', unit: 'yuan', number_style: 'digits' }, '13500元'],
    [{ value: 6, qualifier: 'exact', unit: 'counties' }, '6个县(市、区)'],
    // A unit written before the number keeps its place whatever the qualifier.
    [{ value: 1400, qualifier: 'more_than', unit: 'yuan_per_month' }, '每月1400多元'],
    [{ value: 2000000, qualifier: 'at_least', unit: 'yuan_per_year' }, '每年200万元以上'],
    [{ value: 10000, qualifier: 'ten_thousand_plus', unit: 'yuan_per_year' }, '每年上万元'],
    [{ value: 1600, qualifier: 'up_to', unit: 'yuan_per_month' }, '最高每月1600元'],
  ] as const)('%o → %s', (figure, text) => expect(formatQualifiedFigure(figure)).toBe(text));
});

describe('figureToParts(figure)', () => {
  it('gives no empty lead words: a bare number has none, a qualifier and a unit before the number one each', () => {
    expect(figureToParts({ value: 3000, qualifier: 'exact', unit: 'yuan' })).toEqual({ lead: [], core: '3000元' });
    expect(figureToParts({ value: 1400, qualifier: 'nearly', unit: 'yuan_per_month' })).toEqual({ lead: ['近', '每月'], core: '1400元' });
  });
});

describe('wordingMismatch(figure, wording)', () => {
  it.each([
    [{ value: 1600, qualifier: 'up_to', unit: 'yuan_per_month' }, '最高每月1600元'],
    [{ value: 1600, qualifier: 'up_to', unit: 'yuan_per_month' }, '最高为\n每月\n1600元'],
    [{ value: 30000000, qualifier: 'nearly', unit: 'yuan' }, '全年共\n筹集近\n3000万元'],
    [{ value: 1600, qualifier: 'up_to', unit: 'yuan_slash_month' }, '最高达到1600元/月'],
    [{ value: 2000000, qualifier: 'exact', unit: 'yuan_per_year' }, '每年财政划拨200万元'],
    [{ value: 300, qualifier: 'exact', unit: 'people_ming' }, '学生300名'],
    [{ value: 110, qualifier: 'exact', unit: 'stations_jia' }, '2023年新建110家'],
    [{ value: 3, qualifier: 'exact', unit: 'cities', number_style: 'hanzi' }, '两广三市'],
    // 以 and 上 on either side of the figure are not the qualifier 以上.
    [{ value: 2000000, qualifier: 'exact', unit: 'yuan_per_year' }, '以每年200万元上'],
  ] as const)('%o agrees with %s (the rest is context)', (figure, wording) => expect(wordingMismatch(figure, wording)).toBeUndefined());

  it.each([
    ['drops 多', { value: 2200, qualifier: 'exact', unit: 'households' }, '2200多户', '找不到'],
    ['drops 近 in front', { value: 3000, qualifier: 'exact', unit: 'yuan' }, '近3000元', '带有限定词“近”'],
    ['drops 最高 before a verb', { value: 1600, qualifier: 'exact', unit: 'yuan_slash_month' }, '最高达到1600元/月', '带有限定词“最高”'],
    ['adds a 近 the source did not write', { value: 30000000, qualifier: 'nearly', unit: 'yuan' }, '3000万元', '找不到'],
    ['reads 100 inside 1000', { value: 100, qualifier: 'exact', unit: 'yuan' }, '1000元', '找不到'],
    ['reads 100 inside 2100', { value: 100, qualifier: 'exact', unit: 'yuan' }, '2100元', '找不到'],
    ['keeps another number', { value: 12, qualifier: 'exact', unit: 'people' }, '本科生12人，大专生18人', '数字“18”'],
    ['changes the unit', { value: 40, qualifier: 'exact', unit: 'people' }, '40名', '找不到'],
    ['keeps a number on each side of it (quoted as written, not as 12)', { value: 2000000, qualifier: 'exact', unit: 'yuan_per_year' }, '1每年200万元2', '数字“1”'],
    ['keeps a number next to a year (quoted as written, not as 15)', { value: 2000000, qualifier: 'exact', unit: 'yuan_per_year' }, '12023年5每年200万元', '数字“1”'],
    ['keeps a number before a negative one', { value: -5, qualifier: 'exact', unit: 'yuan' }, '1-5元', '数字“1”'],
    ['writes 万 where the source wrote digits', { value: 12000, qualifier: 'exceeding', unit: 'person_times' }, '超过12000人次', '找不到'],
  ] as const)('refuses a figure that %s', (_, figure, wording, reason) => {
    expect(wordingMismatch(figure, wording)).toContain(reason);
  });
});

describe('the published figures', () => {
  // Every reported figure keeps the source's own phrase (simplified), and the site renders it
  // exactly. Where the phrase holds context words around the figure, the rendering is written
  // out here from the public record: the figure alone, context dropped, qualifier kept.
  const WITH_CONTEXT: Record<string, string> = {
    'hardship-assistance-by-year/budget-yearly-xjrb': '每年200万元',
    'hardship-assistance-by-year/budget-yearly-grrb': '每年200万元',
    'hardship-assistance-by-year/2021-school-students': '300名',
    'hardship-standards/2022-living-rise-per-band': '100元/月',
    'hardship-standards/2022-living-max': '最高1600元/月',
    'hardship-standards/2022-school-rise-per-band': '1000元/年',
    'hardship-standards/2022-school-max': '最高6000元/年',
    'hardship-standards/2022-illness-rise-per-band': '1000元/次',
    'school-grants/duanzhou-2020-undergraduates': '12人',
    'school-grants/duanzhou-2020-college': '18人',
    'school-grants/duanzhou-2020-high-school': '10人',
    'union-rest-stations/2024-service-points': '100个',
    'union-rest-stations/2023-love-stations-new': '110家',
    'rider-homecoming-services/2018-stage-1-days': '10天',
    'rider-homecoming-services/2018-stage-2-days': '9天',
    'rider-homecoming-services/2023-service-area-cities': '三市',
    'model-worker-activities/2022-gaoxin-studios': '5家',
    'worker-care-activities/2022-gaoxin-activities': '10个',
    'union-meetings/2020-macao-group': '40人',
    'targets-2025/coverage-rate': '95%',
  };
  const { catalog } = loadCatalog(process.cwd());
  const figureDatasets = catalog.datasets.filter((d) => isFigureDataset(d.meta));
  const figures = figureDatasets.flatMap(datasetFigures);
  const id = (f: (typeof figures)[number]) => `${f.datasetId}/${f.key}`;

  it('covers the interview (22 figures) and the public record (75): 97 figures in 14 datasets', () => {
    expect(figureDatasets.length).toBe(14);
    expect(figures.length).toBe(97);
  });

  it.each(figureDatasets.map((d) => [d.id, d] as const))('%s records place and source wording for every figure', (_, d) => {
    const names = d.meta.fields.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['place', 'period', 'source_wording', 'source']));
  });

  it('every reported row has its source wording, in simplified characters', () => {
    const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const missing = figures.filter((f) => !f.source_wording).map(id);
    expect(missing).toEqual([]);
    const traditional = figures.filter((f) => f.source_wording && toSimplified(f.source_wording) !== f.source_wording).map(id);
    expect(traditional).toEqual([]);
  });

  it.each(figures.map((f) => [id(f), f] as const))('%s reads as the source wrote it', (key, f) => {
    expect(formatQualifiedFigure(f)).toBe(WITH_CONTEXT[key] ?? f.source_wording);
    expect(wordingMismatch(f, f.source_wording ?? '')).toBeUndefined();
  });

  it.each(figures.map((f) => [id(f), f] as const))('%s keeps the qualifier of the source wording', (_, f) => {
    const wordsIn = (text: string) => {
      const found: string[] = [];
      let rest = text;
      for (const word of QUALIFIER_WORDS) {
        if (rest.includes(word)) {
          found.push(word);
          rest = rest.replaceAll(word, '');
        }
      }
      return found.sort();
    };
    expect(wordsIn(formatQualifiedFigure(f))).toEqual(wordsIn(f.source_wording ?? ''));
  });

  it('lists only rows that exist among those rendered with context dropped', () => {
    expect(Object.keys(WITH_CONTEXT).filter((key) => !figures.some((f) => id(f) === key))).toEqual([]);
  });
});
