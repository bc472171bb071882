import { z } from 'astro/zod';
import { LICENSES } from './licenses.ts';
import { isIsoPeriod } from './period.ts';

/** Lowercase ASCII with hyphens: dataset ids, source ids, row keys. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '只能用小写英文字母、数字和连字符（-），如 hardship-assistance' });

const SemverSchema = z
  .string()
  .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, { error: '版本号应为 主版本.次版本.修订号，如 1.0.0' });

/** A calendar date `YYYY-MM-DD` that exists (no 2月30日). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期应写成 YYYY-MM-DD，如 2025-03-01' })
  .refine(isRealDate, { error: '这一天不存在（请检查月份和日期）' });

export function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const FIELD_TYPES = ['string', 'integer', 'number', 'date', 'year', 'boolean'] as const;

/** One column of a dataset, as declared in its meta.yaml. */
export const FieldSchema = z.object({
  name: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, { error: '字段名只能用小写英文字母、数字和下划线，以字母开头，如 source_wording' })
    .describe('字段名（CSV 表头），小写英文加下划线'),
  title: z.string().min(1).describe('字段的中文名称'),
  type: z.enum(FIELD_TYPES).describe(`字段类型，可选：${FIELD_TYPES.join('、')}`),
  description: z.string().min(1).describe('这一列记录什么，一两句话'),
  unit: z.string().optional().describe('整列共用的单位（可不填）'),
  enum: z.array(z.string().min(1)).min(1).optional().describe('允许的取值列表（可不填）'),
  required: z.boolean().default(true).describe('是否必填，默认 true'),
  personal_data: z
    .boolean()
    .default(false)
    .describe('true 表示这一列经审核允许出现身份证号、手机号或银行卡号（极少需要，须说明理由）'),
  references: z
    .object({ dataset: SlugSchema, field: z.string().min(1) })
    .optional()
    .describe('这一列的值必须出现在另一个数据集的某一列中，如 { dataset: targets-2025, field: key }'),
});
export type Field = z.output<typeof FieldSchema>;

/** An undeclared column read as optional text (an older version's column, since removed). */
export function textField(name: string): Field {
  return { name, title: name, type: 'string', description: name, required: false, personal_data: false };
}

/** A published source that rows cite by id (data/sources.yaml). */
export const SourceSchema = z.object({
  id: SlugSchema.describe('来源代码，小写英文加连字符'),
  title: z.string().min(1).describe('来源标题（原文标题）'),
  kind: z.enum(['interview', 'report', 'notice', 'statistics']).describe('来源类型：interview / report / notice / statistics'),
  series: z.string().optional().describe('所属栏目或系列'),
  interviewee: z.string().optional().describe('受访者及职务'),
  authors: z.array(z.string().min(1)).default([]).describe('作者（记者、通讯员等）'),
  year: z.number().int().min(1949).max(2100).describe('发表年份'),
  date: IsoDateSchema.optional().describe('发表日期（核实后填写）'),
  date_note: z.string().optional().describe('关于日期的说明（如未核实）'),
  publisher: z.string().optional().describe('发表媒体（核实后填写，不得猜测）'),
  publisher_note: z.string().optional().describe('关于发表媒体的说明'),
  url: z.url().optional().describe('原文网址（如有）'),
  note: z.string().optional().describe('其他说明，如原文结构、识别错误的更正'),
});
export type Source = z.output<typeof SourceSchema>;
export const SourcesFileSchema = z.array(SourceSchema).min(1).describe('来源列表');

/** data/<id>/meta.yaml: what a dataset is, where it comes from, and its columns. */
export const DatasetMetaSchema = z.object({
  title: z.string().min(1).describe('数据集中文标题'),
  title_en: z.string().min(1).describe('数据集英文标题'),
  description: z.string().min(1).describe('数据集中文说明：记录什么、口径、局限'),
  topic: z.string().min(1).describe('主题，如 困难职工帮扶'),
  keywords: z.array(z.string().min(1)).min(1).describe('关键词列表'),
  license: z.enum(Object.keys(LICENSES) as [string, ...string[]]).describe(`许可协议代码，可选：${Object.keys(LICENSES).join('、')}`),
  sources: z.array(SlugSchema).min(1).describe('引用的来源代码（见 data/sources.yaml）'),
  spatial: z.string().min(1).describe('空间范围，如 肇庆市'),
  temporal: z.string().min(1).describe('时间范围，如 2023—2024年'),
  // Optional, so a meta.yaml written before it existed still validates: plain wordings
  // (2024年, 2023—2024年, 2025年起) are converted without it (see period.ts).
  temporal_iso: z
    .preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().refine(isIsoPeriod, { error: '应为 ISO 8601 时间段，如 2024、2023/2024、../2025（截至2025年）、2025/..（2025年起）' }))
    .optional()
    .describe('时间范围的 ISO 8601 写法（给搜索引擎读），如 2024、2023/2024、../2025、2025/..；可不填'),
  temporal_iso_note: z
    .string()
    .min(1)
    .optional()
    .describe('temporal_iso 是怎样从原文得出的；不填 temporal_iso 而只填这一项，表示无法写成 ISO 8601，这里写原因'),
  fields: z.array(FieldSchema).min(1).describe('字段列表'),
  primary_key: z.array(z.string().min(1)).min(1).describe('构成行键的字段名列表，如 [key]'),
  allow_empty: z.boolean().default(false).describe('true 表示允许只有表头、没有数据行（如尚无读数的进展数据集）'),
});
export type DatasetMeta = z.output<typeof DatasetMetaSchema>;

/** One entry of data/<id>/releases.yaml, written by the release command. */
export const ReleaseSchema = z.object({
  version: SemverSchema.describe('版本号（语义化版本），如 1.0.0'),
  date: IsoDateSchema.describe('发布日期 YYYY-MM-DD'),
  note: z.string().min(1).describe('本次发布说明'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: '应为 64 位十六进制 SHA-256' }).describe('发布文件的 SHA-256 校验值'),
  bytes: z.number().int().positive().describe('发布文件的字节数'),
});
export type ReleaseRecord = z.output<typeof ReleaseSchema>;
export const ReleasesFileSchema = z.array(ReleaseSchema).min(1).describe('发布记录列表');
