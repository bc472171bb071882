import { z } from 'astro/zod';
import { isRealDate, type Field } from './schemas.ts';

/** A typed cell value; `null` is an empty cell in an optional column. */
export type Cell = string | number | boolean | null;

const TYPE_LABEL: Record<Field['type'], string> = {
  string: '文本',
  integer: '整数（不带千位分隔符，如 30000000）',
  number: '数字（小数点用英文句点，不带千位分隔符，如 1.5）',
  date: '日期 YYYY-MM-DD，如 2025-03-01',
  year: '四位年份，如 2024',
  boolean: 'true 或 false',
};

/** What an editor is told a cell of this field should hold. */
export function fieldExpectation(field: Field): string {
  const parts = [TYPE_LABEL[field.type]];
  if (field.enum) parts.push(`只能取：${field.enum.join('、')}`);
  if (field.required) parts.push('必填');
  return parts.join('；');
}

function typedCell(type: Field['type']): z.ZodType<Cell, string> {
  switch (type) {
    case 'string':
      return z.string();
    case 'integer':
      return z
        .string()
        .regex(/^-?\d+$/, { error: '不是整数' })
        .transform(Number)
        .refine(Number.isSafeInteger, { error: '整数过大' });
    case 'number':
      return z
        .string()
        .regex(/^-?\d+(\.\d+)?$/, { error: '不是数字' })
        .transform(Number);
    case 'date':
      return z
        .string()
        // abort: a cell that is no date at all must not also be told “this day does not exist”.
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '不是 YYYY-MM-DD 格式的日期', abort: true })
        .refine(isRealDate, { error: '这一天不存在' });
    case 'year':
      return z.string().regex(/^\d{4}$/, { error: '不是四位年份' }).transform(Number);
    case 'boolean':
      return z.enum(['true', 'false'], { error: '只能是 true 或 false' }).transform((v) => v === 'true');
  }
}

/**
 * The zod schema for one CSV cell of `field`: raw text in, typed value out.
 * Empty text is `null` in an optional column and an error in a required one.
 */
export function fieldToCellSchema(field: Field): z.ZodType<Cell, string> {
  const typed = typedCell(field.type);
  const allowed = field.enum;
  const checked = allowed
    ? z.string().refine((v) => allowed.includes(v), { error: '不在允许的取值中' }).pipe(typed)
    : typed;
  return z.string().transform((raw, ctx): Cell => {
    if (raw.trim() === '') {
      if (field.required) ctx.addIssue({ code: 'custom', message: '必填项为空' });
      return null;
    }
    if (raw !== raw.trim()) {
      ctx.addIssue({ code: 'custom', message: '单元格开头或结尾有多余的空格' });
      return null;
    }
    const result = checked.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
      return null;
    }
    return result.data;
  });
}
