import { z } from 'astro/zod';
import type { Problem } from '../problems.ts';

const zhCN = z.locales.zhCN();

/** Chinese messages for every zod check, shared by every schema in the project. */
export const zhErrorMap = zhCN.localeError;

type Path = readonly PropertyKey[];

/** The schema inside wrappers that do not change what an editor writes. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) {
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodPipe) {
      s = s.in as z.ZodType;
    } else {
      return s;
    }
  }
}

/**
 * The `.describe()` text of the field at `path`, if any: it is what an editor is told
 * the field should hold.
 */
export function describeAt(schema: z.ZodType, path: Path): string | undefined {
  let s: z.ZodType | undefined = schema;
  let found = s.description;
  for (const key of path) {
    if (s === undefined) return found;
    const inner = unwrap(s);
    if (inner instanceof z.ZodObject && typeof key === 'string') {
      s = (inner.shape as Record<string, z.ZodType>)[key];
    } else if (inner instanceof z.ZodArray && typeof key === 'number') {
      s = inner.element as z.ZodType;
    } else {
      return found;
    }
    found = s?.description ?? unwrap(s ?? inner).description ?? found;
  }
  return s?.description ?? found;
}

function pathToField(path: Path): string | undefined {
  if (path.length === 0) return undefined;
  return path.map((k) => (typeof k === 'number' ? `[${k + 1}]` : String(k))).join('.');
}

export interface IssueContext {
  file: string;
  code: string;
  schema: z.ZodType;
  /** Line of the value at `path`, or of its nearest parent that exists. */
  lineOf: (path: Path) => number | undefined;
  /** The value the editor wrote at `path`, for the message. */
  valueAt?: (path: Path) => unknown;
}

/** zod issues → problems, one per issue, with the field's description as "expected". */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], ctx: IssueContext): Problem[] {
  return issues.map((issue) => {
    const path = issue.path as Path;
    const raw = ctx.valueAt?.(path);
    const problem: Problem = {
      code: ctx.code,
      file: ctx.file,
      message: issue.message,
    };
    const line = ctx.lineOf(path);
    if (line !== undefined) problem.line = line;
    const field = pathToField(path);
    if (field !== undefined) problem.field = field;
    // typeof null is 'object': a null, a list or a map is not shown as a value.
    if (raw !== undefined && typeof raw !== 'object') problem.value = String(raw);
    const expected = describeAt(ctx.schema, path);
    if (expected !== undefined) problem.expected = expected;
    return problem;
  });
}

/**
 * A parsed value checked by `schema`, with problems located through `ctx.lineOf`;
 * the value the editor wrote is looked up in `data` itself.
 */
export function checkValue<S extends z.ZodType>(data: unknown, schema: S, ctx: Omit<IssueContext, 'schema' | 'valueAt'>): { value?: z.output<S>; problems: Problem[] } {
  const parsed = schema.safeParse(data, { error: zhErrorMap });
  if (parsed.success) return { value: parsed.data, problems: [] };
  const valueAt = (path: Path): unknown => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
  return { problems: issuesToProblems(parsed.error.issues, { ...ctx, schema, valueAt }) };
}
