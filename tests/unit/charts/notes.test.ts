import { describe, expect, it } from 'vitest';
import { chartNotes, footnotesToSvg, footnotesToText, marksToText, marksToTspan, noteToLine } from '../../../src/lib/charts/notes.ts';
import { DISAGREEMENTS } from '../../helpers/disagreements.ts';

const MUTED = 'var(--chart-muted, #5b5650)';

describe('chartNotes(list, dataset, items)', () => {
  it('numbers each entry once, in the order its figures first appear, and lists the labels that carry it', () => {
    // Row a is in teams, units and units-2; b in teams; c in units; nothing names row n.
    const items = [
      { key: 'a', label: '甲' },
      { key: 'b', label: '乙' },
      { key: 'c', label: '丙' },
      { key: 'n', label: '无' },
    ];
    const { notes, symbols, marks } = chartNotes(DISAGREEMENTS, 'd', items);
    expect(notes.map((n) => [n.symbol, n.mark.id, n.labels])).toEqual([
      ['※1', 'teams', ['甲', '乙']],
      ['※2', 'units', ['甲', '丙']],
      ['※3', 'units-2', ['甲']],
    ]);
    expect([...symbols]).toEqual([
      ['a', ['※1', '※2', '※3']],
      ['b', ['※1']],
      ['c', ['※2']],
      ['n', []],
    ]);
    expect([...marks].map(([key, own]) => [key, own.map((m) => m.id)])).toEqual([
      ['a', ['teams', 'units', 'units-2']],
      ['b', ['teams']],
      ['c', ['units']],
      ['n', []],
    ]);
    expect(noteToLine(notes[1]!)).toBe('※2 单位不同，不可比');
  });
});

describe('footnotesToSvg(lines, y)', () => {
  it('draws nothing for no footnote', () => {
    expect(footnotesToSvg([], 100)).toEqual({ body: '', height: 0 });
  });
  it('draws each line 18 apart from y + 16, then where the symbols are explained, and says how tall that is', () => {
    expect(footnotesToSvg(['※1 来源说法不一', '※2 时期不同，不可比'], 100)).toEqual({
      body: [
        `<text x="0" y="116" font-size="12" fill="${MUTED}">※1 来源说法不一</text>`,
        `<text x="0" y="134" font-size="12" fill="${MUTED}">※2 时期不同，不可比</text>`,
        `<text x="0" y="152" font-size="12" fill="${MUTED}">记号的说明见本站“说法不一与不可比”页</text>`,
      ].join(''),
      height: 60,
    });
  });
});

describe('marks and footnotes as text', () => {
  it('marksToTspan: the symbols, muted, after a space; nothing without marks', () => {
    expect(marksToTspan(['※1', '※2'])).toBe(`<tspan font-size="12" font-weight="400" fill="${MUTED}"> ※1 ※2</tspan>`);
    expect(marksToTspan([])).toBe('');
    expect(marksToTspan(undefined)).toBe('');
  });
  it('marksToText: the symbols in brackets; nothing without marks', () => {
    expect(marksToText(['※1', '※2'])).toBe('（※1 ※2）');
    expect(marksToText([])).toBe('');
    expect(marksToText(undefined)).toBe('');
  });
  it('footnotesToText: the lines as one sentence; nothing without lines', () => {
    expect(footnotesToText(['※1 来源说法不一', '※2 单位不同，不可比'])).toBe('※1 来源说法不一；※2 单位不同，不可比。');
    expect(footnotesToText([])).toBe('');
    expect(footnotesToText(undefined)).toBe('');
  });
});
