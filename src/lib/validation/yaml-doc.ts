import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'astro/zod';
import type { Problem } from '../problems.ts';
import { issuesToProblems, zhErrorMap } from './zod-issues.ts';
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
}

/**
 * YAML text → value checked by `schema`, with every problem located by line.
 * `lineOffset` is added to every line (front matter starts after the opening `---`).
 * @example
 * yamlToValue('title: 标题\n', 'content/articles/a.mdx', ArticleSchema, 'ARTICLE-FRONTMATTER', 1)
 */
export function yamlToValue<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  code: string,
  lineOffset = 0,
): YamlParse<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((err) => ({
        code: 'YAML-SYNTAX',
        file,
        line: (err.linePos?.[0]?.line ?? 1) + lineOffset,
        message: `YAML 格式错误：${err.message.split('\n')[0]}`,
        fix: '检查缩进（用空格，不用 Tab）、冒号后的空格，以及引号是否成对。',
      })),
    };
  }
  const data: unknown = doc.toJS() ?? {};
  const lineOf = (path: Path): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return 1 + lineOffset;
  };
  const valueAt = (path: Path): unknown => doc.getIn(path as unknown[]);
  const placeholders = placeholderPaths(data);
  if (placeholders.length > 0) {
    return {
      problems: placeholders.map((path) => ({
        code: 'YAML-PLACEHOLDER',
        file,
        ...(lineOf(path) === undefined ? {} : { line: lineOf(path)! }),
        field: path.join('.'),
        value: PLACEHOLDER,
        message: '还有待填写的内容',
        fix: '把“（请填写）”换成实际内容。',
      })),
    };
  }
  const parsed = schema.safeParse(data, { error: zhErrorMap });
  if (!parsed.success) {
    return { problems: issuesToProblems(parsed.error.issues, { file, code, schema, lineOf, valueAt }) };
  }
  return { value: parsed.data, problems: [] };
}
