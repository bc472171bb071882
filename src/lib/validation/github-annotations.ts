/**
 * Problems as GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`):
 * in a pull request, GitHub marks each one on its line of the changed file, so an editor
 * who edits in the web editor sees what is wrong where it is. The message is the same
 * plain-Chinese text `npm run validate` prints.
 */
import { problemToText, type Problem } from '../problems.ts';

/** The output formats of `npm run validate`: text for people at a terminal, github for a workflow. */
export type ReportFormat = 'text' | 'github';

/** `--format github` (or `--format=github`) among the arguments → 'github'; anything else → 'text'. */
export function reportFormatFromArgs(args: readonly string[]): ReportFormat {
  const i = args.indexOf('--format');
  const value = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--format='))?.slice('--format='.length);
  return value === 'github' ? 'github' : 'text';
}

/**
 * A command's message, escaped as the runner reads it: `%` first, then CR and LF, so a
 * message of several lines (or with `::` in it) stays one command.
 * @example escapeData('a%\nb') // 'a%25%0Ab'
 */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * A property value (file, title), escaped as the runner reads it: as data, plus `:` and
 * `,`, which would otherwise end the property or the property list.
 * @example escapeProperty('a:b,c') // 'a%3Ab%2Cc'
 */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One problem as one `::error` command: file, line when known, a title with the code and field, the full message. */
export function problemToAnnotation(p: Problem): string {
  const title = `[${p.code}]${p.field === undefined ? '' : ` ${p.field}`}`;
  const properties = [`file=${escapeProperty(p.file)}`, ...(p.line === undefined ? [] : [`line=${p.line}`]), `title=${escapeProperty(title)}`];
  // problemToText's detail lines (value, expected, fix); its headline repeats file, line and code, which GitHub shows itself.
  const { value, expected, fix } = p;
  const details = problemToText({ code: p.code, file: '', message: '', value, expected, fix }).split('\n').slice(1).map((l) => l.trim());
  return `::error ${properties.join(',')}::${escapeData([p.message, ...details].join('\n'))}`;
}

/** Every problem as a command, one per line, sorted by file and line. */
export function problemsToAnnotations(problems: readonly Problem[]): string {
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
    .map(problemToAnnotation)
    .join('\n');
}
