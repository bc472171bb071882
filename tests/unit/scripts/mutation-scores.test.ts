import { describe, expect, it } from 'vitest';
import { mutatedText, mutationScores, parseEquivalents, score, scoresToText, type MutationReport, type ReportMutant } from '../../../scripts/mutation/scores.ts';

const source = "export const f = (a: number) => a >= 1\n  ? 'one'\n  : '';\n";
const at = (line: number, column: number, endLine: number, endColumn: number) => ({ start: { line, column }, end: { line: endLine, column: endColumn } });
const mutant = (status: string, location = at(1, 33, 1, 39), mutatorName = 'EqualityOperator', replacement = 'a > 1'): ReportMutant => ({ mutatorName, replacement, status, location });

describe('mutatedText(source, mutant)', () => {
  it('cuts the mutated span out of the source, across lines too (1-based, end exclusive)', () => {
    expect(mutatedText(source, mutant('Survived'))).toBe('a >= 1');
    expect(mutatedText(source, mutant('Survived', at(1, 33, 2, 10)))).toBe("a >= 1\n  ? 'one'");
  });
});

describe('score(tally)', () => {
  it('is killed over killed, survived and not covered; equivalents count neither way', () => {
    expect(score({ killed: 9, survived: 1, noCoverage: 0, equivalent: 5 })).toBe(90);
    expect(score({ killed: 8, survived: 1, noCoverage: 1, equivalent: 0 })).toBe(80);
    expect(score({ killed: 0, survived: 0, noCoverage: 0, equivalent: 3 })).toBeUndefined();
  });
});

describe('mutationScores(report, equivalents) and scoresToText(scores)', () => {
  const report: MutationReport = {
    files: {
      'src/lib/format/a.ts': { source, mutants: [...Array(9)].map(() => mutant('Killed')).concat(mutant('Survived')) },
      'src/lib/site/b.ts': { source, mutants: [mutant('Killed'), mutant('Timeout'), mutant('Killed'), mutant('Killed'), mutant('NoCoverage', at(2, 5, 2, 10), 'StringLiteral', '""'), mutant('CompileError'), mutant('Ignored')] },
    },
  };
  const equivalent = { file: 'src/lib/site/b.ts', mutator: 'StringLiteral', original: "'one'", replacement: '""', reason: 'test' };

  it('holds a guarded folder to 90 % and the rest to 80 %; compile errors and ignored mutants do not count', () => {
    const scores = mutationScores(report, []);
    expect(scores.targets.map((t) => [t.name, t.target, score(t.tally)])).toEqual([
      ['src/lib/format/', 90, 90],
      ['src/lib/site/', 80, 80],
    ]);
    expect(scoresToText(scores).failed).toEqual([]);
  });

  it('leaves a listed equivalent out, and names a listed one that matches nothing', () => {
    const stale = { ...equivalent, original: "'two'" };
    const scores = mutationScores(report, [equivalent, stale]);
    expect(scores.folders.get('src/lib/site/')).toEqual({ killed: 4, survived: 0, noCoverage: 0, equivalent: 1 });
    expect(scores.unmatched).toEqual([stale]);
    expect(scoresToText(scores).text).toContain("src/lib/site/b.ts StringLiteral 'two' → \"\"");
  });

  it('keeps an entry that matches a timed-out mutant (a slower mutant times out or not with the load), counting it as killed', () => {
    const timedOut: MutationReport = { files: { 'src/lib/site/b.ts': { source, mutants: [mutant('Timeout', at(2, 5, 2, 10), 'StringLiteral', '""')] } } };
    const scores = mutationScores(timedOut, [equivalent]);
    expect(scores.unmatched).toEqual([]);
    expect(scores.folders.get('src/lib/site/')).toEqual({ killed: 1, survived: 0, noCoverage: 0, equivalent: 0 });
  });

  it('fails a folder one mutant under its target', () => {
    const under: MutationReport = { files: { 'src/lib/format/a.ts': { source, mutants: [...Array(8)].map(() => mutant('Killed')).concat(mutant('Survived'), mutant('Survived')) } } };
    const { text, failed } = scoresToText(mutationScores(under, []));
    expect(failed).toEqual(['src/lib/format/']);
    expect(text).toContain('80.0 %');
  });
});

describe('parseEquivalents(text)', () => {
  it('reads the list and refuses an entry without its reason', () => {
    expect(parseEquivalents('[]')).toEqual([]);
    expect(() => parseEquivalents("- { file: a.ts, mutator: X, original: a, replacement: b }")).toThrow('reason missing');
  });
});
