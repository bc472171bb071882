import { describe, expect, it } from 'vitest';
import { datasetMarks, figureMarks } from '../../../src/lib/disagreements/marks.ts';
import { DISAGREEMENTS } from '../../helpers/disagreements.ts';

const LIST = DISAGREEMENTS;

describe('figureMarks(list, dataset, key)', () => {
  it('gives one mark per entry naming the row, in file order, each a link to its explanation', () => {
    expect(figureMarks(LIST, 'd', 'b')).toEqual([
      { id: 'teams', kind: 'conflict', label: '来源说法不一', kindText: '来源说法不一', name: '来源说法不一：标题 teams（查看说明和各自的来源）', path: '/sources/disagreements/#teams' },
    ]);
    expect(figureMarks(LIST, 'd', 'p1').map((m) => m.label)).toEqual(['总数与分项', '同一数字']);
    expect(figureMarks(LIST, 'd', 'nothing')).toEqual([]);
    expect(figureMarks(LIST, 'e', 'b')).toEqual([]); // same key, other dataset
  });

  it('says why figures are not comparable, and that they are not', () => {
    const [mark] = figureMarks(LIST, 'd', 'c');
    expect(mark).toMatchObject({ label: '单位不同', kindText: '单位不同，不可比' });
    expect(mark!.name.startsWith(mark!.label)).toBe(true); // the visible word begins the accessible name (WCAG 2.5.3)
  });

  it('numbers a label that repeats on one figure, so two marks never read alike', () => {
    const labels = figureMarks(LIST, 'd', 'a').map((m) => [m.label, m.name.slice(0, 6)]);
    expect(labels).toEqual([['来源说法不一', '来源说法不一'], ['单位不同', '单位不同，不'], ['单位不同2', '单位不同2，']]);
  });
});

describe('datasetMarks(list, dataset)', () => {
  it('gives the marks of every row of one dataset that has any, as figureMarks does', () => {
    const marks = datasetMarks(LIST, 'd');
    expect(Object.keys(marks).sort()).toEqual(['a', 'b', 'c', 'p1', 'p2', 'total']);
    expect(marks.a).toEqual(figureMarks(LIST, 'd', 'a'));
    expect(datasetMarks(LIST, 'nowhere')).toEqual({});
  });
});
