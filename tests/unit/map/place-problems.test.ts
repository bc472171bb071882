import { describe, expect, it } from 'vitest';
import { validateData } from '../../../src/lib/validate.ts';
import { copyRepo } from '../../helpers/repo-copy.ts';

const FILE = 'data/union-service-places/data.csv';
const repo = copyRepo();
const committed = repo.read(FILE);

/** Problems `npm run validate` reports for the service places once `edit` is applied to their data.csv. */
function problemsAfter(edit: (lines: string[]) => string[]) {
  repo.write(FILE, `${edit(committed.trimEnd().split('\n')).join('\n')}\n`);
  return validateData(repo.root).problems.filter((p) => p.file === FILE);
}

/** Line `n` (1-based, as editors count) with `from` replaced by `to`; the test fails if `from` is not there. */
const change = (n: number, from: string, to: string) => (lines: string[]) =>
  lines.map((line, i) => {
    if (i !== n - 1) return line;
    expect(line).toContain(from);
    return line.replace(from, to);
  });

// Line 7 is 广宁县工人文化宫 (县区级); 9 工商银行肇庆分行站点 (未定位); 15 怀集县职工疗休养基地 (镇街级, 桥头镇).
describe('placeProblems on union service places (through validateData)', () => {
  it('passes the committed places', () => {
    expect(problemsAfter((lines) => lines)).toEqual([]);
  });
  it('refuses a place without a county', () => {
    expect(problemsAfter(change(7, ',441223,原文,', ',,原文,'))).toMatchObject([{ code: 'CSV-REQUIRED', line: 7, field: 'county' }]);
  });
  it('refuses a precision not in the list', () => {
    const [problem] = problemsAfter(change(7, ',县区级,', ',村级,'));
    expect(problem).toMatchObject({ code: 'CSV-ENUM', line: 7, field: 'precision', value: '村级' });
    expect(problem?.expected).toContain('县区级、镇街级、精确、未定位');
  });
  it('refuses a reported place without a source', () => {
    expect(problemsAfter(change(7, ',reported,guangning-2021-cultural-palace,', ',reported,,'))).toMatchObject([{ code: 'PLACE-SOURCE', line: 7, field: 'source' }]);
  });
  it('refuses a county-level marker that is not at the county’s documented point, saying where it goes', () => {
    const problems = problemsAfter(change(7, ',23.597,112.3693,', ',23.55,112.3693,'));
    expect(problems).toMatchObject([{ code: 'PLACE-POSITION', line: 7, field: 'latitude,longitude', value: '23.55, 112.3693' }]);
    expect(problems[0]?.expected).toBe('纬度 23.597，经度 112.3693（见 data/geo/README.md）');
  });
  it('refuses an exact position outside the county it names', () => {
    // 端州区's point, written on the 广宁县 row as if a source gave it.
    const problems = problemsAfter(change(7, ',县区级,,23.597,112.3693,', ',精确,,23.0936,112.4749,'));
    expect(problems).toMatchObject([{ code: 'PLACE-OUTSIDE-COUNTY', line: 7 }]);
    expect(problems[0]?.message).toBe('坐标不在所填的广宁县，而在端州区（441202）');
  });
  it('refuses coordinates on a place whose county is not stated', () => {
    expect(problemsAfter(change(9, ',未定位,,,,', ',未定位,,23.0936,112.4749,'))).toMatchObject([{ code: 'PLACE-POSITION', line: 9 }]);
  });
  it('refuses a drawn precision for a place whose county is not stated, and 未定位 for one whose county is', () => {
    expect(problemsAfter(change(9, ',未定位,', ',县区级,')).map((p) => [p.code, p.line])).toContainEqual(['PLACE-PRECISION', 9]);
    expect(problemsAfter(change(7, ',县区级,,23.597,112.3693,', ',未定位,,,,')).map((p) => [p.code, p.line])).toEqual([['PLACE-PRECISION', 7]]);
  });
  it('refuses a town-level place that does not name its town', () => {
    expect(problemsAfter(change(15, ',镇街级,桥头镇,', ',镇街级,,'))).toMatchObject([{ code: 'PLACE-PRECISION', line: 15, field: 'precision' }]);
  });
  it('refuses two rows with the same key', () => {
    expect(problemsAfter((lines) => [...lines, lines[6]!])).toMatchObject([{ code: 'CSV-DUPLICATE-KEY', line: 16, value: 'guangning-cultural-palace' }]);
  });
  it('refuses a date that does not exist, and an inferred date without its basis', () => {
    expect(problemsAfter(change(7, ',2021-08-04,', ',--02-30,'))).toMatchObject([{ code: 'PLACE-DATE', line: 7, field: 'date', value: '--02-30' }]);
    expect(problemsAfter(change(7, ',printed,页面日期为2021年8月6日，文中写现场会于8月4日召开,', ',inferred,,'))).toMatchObject([{ code: 'PLACE-DATE', line: 7, field: 'date_note' }]);
  });
});
