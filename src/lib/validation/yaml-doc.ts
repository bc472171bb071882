import { LineCounter, parseDocument, isNode, isScalar, visit, type Document } from 'yaml';
import type { z } from 'astro/zod';
import type { Problem } from '../problems.ts';
import { issuesToProblems, zhErrorMap } from './zod-issues.ts';
import { publishedTextProblems } from './published-text.ts';
import { PLACEHOLDER } from '../content/scaffold.ts';

/** Paths of every string still holding the scaffold placeholder. */
function placeholderPaths(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return value.includes(PLACEHOLDER) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholderPaths(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => placeholderPaths(v, [...path, k]));
  return [];
}

type Path = readonly PropertyKey[];

export interface YamlParse<T> {
  value?: T;
  problems: Problem[];
  /** The line of a value's path in the file (for checks made after parsing). */
  lineOf?: (path: Path) => number | undefined;
}

/** A YAML text parsed once, with the line of every node. */
export interface ParsedYaml {
  doc: Document.Parsed;
  /** 1-based line (plus the offset) of a character position. */
  lineAt: (pos: number) => number;
  /** Line of the value at `path`, or of its nearest parent that exists. */
  lineOf: (path: Path) => number;
  problems: Problem[];
}

const SYNTAX_FIX = '检查缩进（用空格，不用 Tab）、冒号后的空格，以及引号是否成对。';

/**
 * YAML text → its document, or the problems that stop it: syntax errors and warnings at
 * their real line, and aliases (`*name`), which no editor's file needs and which can make
 * a few lines expand into gigabytes.
 */
export function parseYaml(text: string, file: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (pos: number) => lineCounter.linePos(pos).line + lineOffset;
  const lineOf = (path: Path): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return 1 + lineOffset;
  };
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((err) => ({
    code: 'YAML-SYNTAX',
    file,
    line: lineAt(err.pos[0]),
    message: `YAML 格式错误：${err.message.split('\n')[0]}`,
    fix: SYNTAX_FIX,
  }));
  if (problems.length === 0) {
    visit(doc, {
      Alias(_, node) {
        problems.push({
          code: 'YAML-ALIAS',
          file,
          line: lineAt(node.range?.[0] ?? 0),
          value: `*${node.source}`,
          message: 'YAML 引用（& 锚点和 * 别名）不能使用',
          fix: '把引用的内容直接写出来。',
        });
      },
    });
  }
  return { doc, lineAt, lineOf, problems };
}

/**
 * A checksum a command wrote (a release record's `sha256`): compared with the file's own
 * hash, so never text a person chose. Its hex digits can hold a run that passes the card
 * check (about one in 240 does: 424 of 100,000 hashes): such a value is not personal data.
 * Only the files that hold checksums name their keys (release records); any other text under
 * such a key, and the same digits anywhere else, are checked like the rest.
 */
const isChecksum = (checksumKeys: readonly string[], field: string | undefined, value: string) => field !== undefined && checksumKeys.includes(field) && /^[0-9a-f]{64}$/.test(value);

/**
 * Every string of a parsed document — keys and values, after escapes and line folding
 * are resolved — through the checks for published text (personal data, invisible
 * characters), each located by its line; checksums under `checksumKeys` excepted (isChecksum).
 */
export function yamlTextProblems({ doc, lineAt }: ParsedYaml, file: string, checksumKeys: readonly string[] = []): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Scalar(_, node, path) {
      if (typeof node.value !== 'string') return;
      const pair = path.at(-1);
      const field = pair && 'key' in pair && isScalar(pair.key) && pair.key !== node ? String(pair.key.value) : undefined;
      if (isChecksum(checksumKeys, field, node.value)) return;
      problems.push(...publishedTextProblems(node.value, { file, line: lineAt(node.range?.[0] ?? 0), ...(field ? { field } : {}) }));
    },
  });
  return problems;
}

/**
 * YAML text → value checked by `schema`, with every problem located by line.
 * `lineOffset` is added to every line (front matter starts after the opening `---`).
 * Every string in the file is checked as published text too: a value that fits the
 * schema comes back with those problems beside it, so one bad string is reported once
 * rather than again by everything that refers to the file.
 * @example
 * yamlToValue('title: 标题\n', 'data/demo/meta.yaml', DatasetMetaSchema, 'META-INVALID')
 */
export function yamlToValue<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  code: string,
  lineOffset = 0,
  checksumKeys: readonly string[] = [],
): YamlParse<z.output<S>> {
  const parsed = parseYaml(text, file, lineOffset);
  if (parsed.problems.length > 0) return { problems: parsed.problems };
  const { doc, lineOf } = parsed;
  const textProblems = yamlTextProblems(parsed, file, checksumKeys);
  const data: unknown = doc.toJS() ?? {};
  const valueAt = (path: Path): unknown => doc.getIn(path as unknown[]);
  const placeholders = placeholderPaths(data);
  if (placeholders.length > 0) {
    return {
      problems: placeholders.map((path) => ({
        code: 'YAML-PLACEHOLDER',
        file,
        line: lineOf(path),
        field: path.join('.'),
        value: PLACEHOLDER,
        message: '还有待填写的内容',
        fix: '把“（请填写）”换成实际内容。',
      })),
    };
  }
  const result = schema.safeParse(data, { error: zhErrorMap });
  if (!result.success) {
    return { problems: [...textProblems, ...issuesToProblems(result.error.issues, { file, code, schema, lineOf, valueAt })], lineOf };
  }
  return { value: result.data, problems: textProblems, lineOf };
}
