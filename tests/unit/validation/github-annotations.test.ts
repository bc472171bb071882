import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, problemToAnnotation, problemsToAnnotations, reportFormatFromArgs } from '../../../src/lib/validation/github-annotations.ts';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';
import { parseWorkflowCommand as parseCommand } from '../../helpers/workflow-commands.ts';

describe('escapeData(value), escapeProperty(value)', () => {
  it('escape % first, then CR and LF; properties also : and ,', () => {
    expect(escapeData('100%\r\n::x')).toBe('100%25%0D%0A::x');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    expect(escapeData('%0A')).toBe('%250A');
  });
});

describe('reportFormatFromArgs(args)', () => {
  it('reads --format github and --format=github; anything else is text', () => {
    expect(reportFormatFromArgs(['--format', 'github'])).toBe('github');
    expect(reportFormatFromArgs(['--format=github'])).toBe('github');
    expect(reportFormatFromArgs([])).toBe('text');
    expect(reportFormatFromArgs(['--format', 'json'])).toBe('text');
    expect(reportFormatFromArgs(['github'])).toBe('text');
    expect(reportFormatFromArgs(['--format='])).toBe('text');
    expect(reportFormatFromArgs(['--strict', '--format=github'])).toBe('github');
  });
});

describe('problemToAnnotation(problem)', () => {
  it('keeps a message with newlines, %, :: and a file name with : and , in one command that reads back exactly', () => {
    const problem = { code: 'CSV-TYPE', file: 'data/a:b,c/data.csv', line: 7, field: 'value', value: '50%::x', message: '不是数字\n第二行 ::warning::假的', expected: '数字' };
    const line = problemToAnnotation(problem);
    expect(line.split('\n')).toHaveLength(1);
    expect(parseCommand(line)).toEqual({
      command: 'error',
      properties: { file: 'data/a:b,c/data.csv', line: '7', title: '[CSV-TYPE] value' },
      message: '不是数字\n第二行 ::warning::假的\n实际值：「50%::x」\n应为：数字',
    });
  });
  it('leaves line out for a problem of a whole file', () => {
    expect(parseCommand(problemToAnnotation({ code: 'RELEASE-MISSING', file: 'data/x/versions/1.0.0.csv', message: '不见了' }))?.properties).toEqual({ file: 'data/x/versions/1.0.0.csv', title: '[RELEASE-MISSING]' });
  });
});

describe('problemsToAnnotations(problems)', () => {
  it('gives one command per line, sorted by file, then line (a whole-file problem first)', () => {
    const text = problemsToAnnotations([
      { code: 'B', file: 'data/b.csv', line: 9, message: 'b9' },
      { code: 'A', file: 'data/a.csv', line: 12, message: 'a12' },
      { code: 'B', file: 'data/b.csv', line: 3, message: 'b3' },
      { code: 'A', file: 'data/a.csv', message: 'a' },
      { code: 'A', file: 'data/a.csv', line: 2, message: 'a2' },
    ]);
    expect(text.split('\n').map((l) => parseCommand(l)?.message)).toEqual(['a', 'a2', 'a12', 'b3', 'b9']);
  });
});

describe('npm run validate -- --format github', () => {
  it('marks each problem of a broken fixture on its file and line, with the Chinese message', () => {
    const repo = copyFixtureRepo();
    // Line 3 of data.csv: a value with "::" and "%" in it where a number belongs.
    repo.write('data/demo/data.csv', repo.read('data/demo/data.csv').replace('2200', '两千::100%'));
    repo.write('content/articles/demo-article.mdx', repo.read('content/articles/demo-article.mdx').replace('title: 示例文章\n', ''));
    const run = spawnSync(process.execPath, ['scripts/validate.ts', '--format', 'github'], { env: { ...process.env, SITE_ROOT: repo.root }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::')).map(parseCommand);
    expect(annotations).toEqual([
      { command: 'error', properties: { file: 'content/articles/demo-article.mdx', line: '2', title: '[ARTICLE-FRONTMATTER] title' }, message: expect.stringMatching(/^.+\n/) },
      { command: 'error', properties: { file: 'data/demo/data.csv', line: '3', title: '[CSV-TYPE] value' }, message: expect.stringContaining('不是数字\n实际值：「两千::100%」') },
    ]);
    // The plain report still goes to the log for people.
    expect(run.stderr).toContain('data/demo/data.csv:3 [CSV-TYPE] value：');
  });
});
