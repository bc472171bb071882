/**
 * Problems are values: every check returns a list of them, they are collected across
 * all files and printed once. Messages are in Chinese, for editors; the code is stable
 * so an editor can look it up in the guide.
 */
export interface Problem {
  /** Stable error code, e.g. `CSV-TYPE`. Listed in docs/editor-guide.md. */
  code: string;
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line number, when the problem has one. */
  line?: number;
  /** Column or field name (CSV column, YAML field path, component attribute). */
  field?: string;
  /** The offending value as the editor wrote it. */
  value?: string;
  /** What is wrong, in Chinese. */
  message: string;
  /** What was expected, in Chinese. */
  expected?: string;
  /** How to fix it, in Chinese. */
  fix?: string;
}

/** Longest value shown in a message: a whole bad file would drown the report. */
const MAX_VALUE_CHARS = 60;

function clip(value: string): string {
  return value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value;
}

/**
 * One problem as a block of text an editor can read in a terminal.
 * @example
 * problemToText({ code: 'CSV-TYPE', file: 'data/x/data.csv', line: 3, field: 'value',
 *   value: 'abc', message: '不是数字', expected: '整数' })
 * // 'data/x/data.csv:3 [CSV-TYPE] 列 value：不是数字\n  值：「abc」…'
 */
export function problemToText(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  const field = p.field === undefined ? '' : `${p.field}：`;
  const lines = [`${where} [${p.code}] ${field}${p.message}`];
  if (p.value !== undefined) lines.push(`  实际值：「${clip(p.value)}」`);
  if (p.expected !== undefined) lines.push(`  应为：${p.expected}`);
  if (p.fix !== undefined) lines.push(`  修改方法：${p.fix}`);
  return lines.join('\n');
}

/** All problems, sorted by file and line, with a count line at the end. */
export function problemsToReport(problems: readonly Problem[]): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  const blocks = sorted.map(problemToText);
  blocks.push(`共发现 ${problems.length} 个问题。`);
  return blocks.join('\n\n');
}

/** Thrown by build-time accessors when validation found problems. */
export class ValidationError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`数据或内容校验未通过：\n\n${problemsToReport(problems)}`);
    this.name = 'ValidationError';
    this.problems = problems;
  }
}

/**
 * An unexpected failure of a check, as a problem: the file it names when it names one
 * (Node's file errors carry a path), the first line of its message, never the stack.
 */
export function crashToProblem(err: unknown): Problem {
  const e = err as { message?: unknown; path?: unknown; code?: unknown } | undefined;
  const message = String(e?.message ?? err).split('\n')[0]!;
  const path = typeof e?.path === 'string' ? e.path : undefined;
  return {
    code: 'CHECK-CRASH',
    file: path ?? '（未知文件）',
    value: message.slice(0, 200),
    message: '检查时遇到无法处理的输入，检查中止了',
    fix: '看“实际值”中提到的文件，撤销最近对它的修改；仍不能解决时，把这段报告发给网站的开发人员。',
  };
}
