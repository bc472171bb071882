import { z } from 'astro/zod';
import { LICENSES } from './licenses.ts';
import { isIsoPeriod } from './period.ts';

/** Lowercase ASCII with hyphens: dataset ids, source ids, row keys. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug (SLUG) as a zod schema. */
export const SlugSchema = z
  .string()
  .regex(SLUG, { error: '只能用小写英文字母、数字和连字符（-），如 hardship-assistance' });

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

/**
 * A web address shown to readers as a link: http or https only, so a `javascript:` or
 * `data:` URL can never become a link on a page.
 */
export const WebUrlSchema = z.url({ protocol: /^https?$/, error: '网址须是以 http:// 或 https:// 开头的完整地址' });

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

/** The publisher value for a source that does not name one; `publisher_note` then says what is printed instead. */
export const UNNAMED_PUBLISHER = '未署名';

/**
 * A date as far as the source prints it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `--MM-DD`
 * (ISO 8601 month and day) when the year is not printed.
 */
export const PartialDateSchema = z.preprocess(
  // YAML reads an unquoted 2025 as a number.
  (v) => (typeof v === 'number' ? String(v) : v),
  z
    .string({ error: (iss) => (iss.input === undefined ? '缺少日期（date）' : '日期应写成文字') })
    .regex(/^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}-\d{2})$/, { error: '日期应写成 YYYY-MM-DD、YYYY-MM 或 YYYY；没有印年份时写 --MM-DD（如 --07-02）' , abort: true })
    .refine(isRealPartialDate, { error: '这个日期不存在（请检查月份和日期）' }),
);

/** Whether each printed part of a partial date exists (month 1–12, a day that month has). */
export function isRealPartialDate(date: string): boolean {
  if (date.startsWith('--')) return isRealDate(`2000${date.slice(1)}`); // 2000 is a leap year: --02-29 exists
  const [y, m, d] = date.split('-');
  if (m === undefined) return true;
  if (d === undefined) return Number(m) >= 1 && Number(m) <= 12;
  return isRealDate(`${y}-${m}-${d}`);
}

export const SOURCE_KINDS = ['interview', 'report', 'notice', 'photo-caption', 'statistics'] as const;
export const SOURCE_HOSTS = ['publisher', 'platform', 'rehost', 'scan'] as const;

/** Where a source was seen: a URL and whose site it is. */
export const SourceCopySchema = z
  .object({
    url: WebUrlSchema.optional().describe('看到这一来源的网址（扫描件没有网址），以 http:// 或 https:// 开头'),
    host: z
      .enum(SOURCE_HOSTS)
      .describe('这个网址是谁的：publisher 发表者自己的网站；platform 承载发表者的平台（如南方+）；rehost 转载（网址不属于发表者）；scan 扫描件'),
    of: z.string().min(1).optional().describe('platform 或 rehost 时必填：承载或转载的是谁的内容，如 西江日报'),
    note: z.string().min(1).optional().describe('关于这个网址的说明'),
  })
  .superRefine((copy, ctx) => {
    if (copy.host !== 'scan' && copy.url === undefined) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: '缺少网址：除扫描件外，须写出看到这一来源的网址' });
    }
    if ((copy.host === 'platform' || copy.host === 'rehost') && copy.of === undefined) {
      ctx.addIssue({ code: 'custom', path: ['of'], message: '平台或转载的网址须写明承载或转载的是谁的内容（of）' });
    }
  });
export type SourceCopy = z.output<typeof SourceCopySchema>;

/** A published source that rows cite by id (data/sources.yaml). Names of private individuals never appear. */
export const SourceSchema = z
  .object({
    id: SlugSchema.describe('来源代码，小写英文加连字符，如 xjrb-2022-hardship'),
    kind: z.enum(SOURCE_KINDS).describe(`来源类型：${SOURCE_KINDS.join(' / ')}`),
    title: z.string().min(1).optional().describe('原文标题，照原文（简体）；原文或摘录没有标题时不写，改写 title_note'),
    title_note: z.string().min(1).optional().describe('关于标题的说明：没有标题时必填（如“摘录中没有显示标题”）'),
    about: z.string().min(1).describe('本站的一句话概括：这一来源报道了什么（用自己的话）'),
    series: z.string().optional().describe('所属栏目或系列'),
    interviewee: z.string().optional().describe('受访者及职务（公职人员）'),
    authors: z.array(z.string().min(1)).default([]).describe('作者（记者、通讯员等），原文署名才写'),
    publisher: z
      .string({ error: (iss) => (iss.input === undefined ? `缺少发表者（publisher）：照原文写出发表媒体或机构；原文没有写明时写“${UNNAMED_PUBLISHER}”，并在 publisher_note 说明` : '发表者应写成文字') })
      .min(1)
      .describe(`发表者，照原文所印；原文没有写明时写“${UNNAMED_PUBLISHER}”（不得猜测）`),
    publisher_note: z.string().min(1).optional().describe(`关于发表者的说明；发表者为“${UNNAMED_PUBLISHER}”时必填`),
    date: PartialDateSchema.describe('日期，照原文所印的部分：YYYY-MM-DD、YYYY-MM 或 YYYY；没有印年份时写 --MM-DD'),
    date_basis: z
      .enum(['printed', 'inferred'], { error: '日期依据只能是 printed（页面所印）或 inferred（推断）' })
      .describe('printed：日期照页面所印；inferred：日期（或其中的年份）是推断的，须在 date_note 说明依据'),
    date_note: z.string().min(1).optional().describe('关于日期的说明：推断时写明依据；没有印年份时写明'),
    seen_at: z.array(SourceCopySchema).min(1).describe('在哪里看到这一来源（至少一处）'),
    reliability: z.string().min(1).describe('可靠性说明：来源本身、转载副本和日期各有多可靠'),
    note: z.string().optional().describe('其他说明，如原文结构、识别错误的更正、未收录的数字'),
  })
  .superRefine((s, ctx) => {
    if (s.title === undefined && s.title_note === undefined) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: '缺少标题：写原文标题；没有标题时写 title_note 说明' });
    }
    if (s.publisher === UNNAMED_PUBLISHER && s.publisher_note === undefined) {
      ctx.addIssue({ code: 'custom', path: ['publisher_note'], message: `发表者为“${UNNAMED_PUBLISHER}”时，须在 publisher_note 说明页面上印了什么（如只有编辑署名）` });
    }
    if (s.date_basis === 'inferred' && s.date_note === undefined) {
      ctx.addIssue({ code: 'custom', path: ['date_note'], message: '推断的日期须在 date_note 写明依据' });
    }
    if (s.date.startsWith('--') && s.date_note === undefined) {
      ctx.addIssue({ code: 'custom', path: ['date_note'], message: '没有印年份的日期须在 date_note 说明' });
    }
  });
export type Source = z.output<typeof SourceSchema>;

/** data/sources.yaml: every source once, by a unique id. */
export const SourcesFileSchema = z
  .array(SourceSchema)
  .min(1)
  .superRefine((sources, ctx) => {
    sources.forEach((s, i) => {
      const first = sources.findIndex((other) => other.id === s.id);
      if (first !== i) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `来源代码重复：与第 ${first + 1} 个来源相同` });
    });
  })
  .describe('来源列表');

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

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, { error: '应为 64 位十六进制 SHA-256' });

/** A file derived from a released version: its name under /data/<id>/<version>/, size and checksum. */
const DigestFileSchema = z.object({
  // Only the names the build gives (a dataset id, a version): a recorded name becomes part of a link on the pages.
  name: z.string().regex(/^[a-z0-9][a-z0-9.-]*\.(csv|json)$/, { error: '文件名只能由小写英文字母、数字、点和连字符组成，以 .csv 或 .json 结尾' }).describe('文件名'),
  bytes: z.number().int().nonnegative().describe('字节数'),
  sha256: Sha256Schema.describe('SHA-256 校验值'),
});

/**
 * What pages need of a large version, computed once by the release command (see
 * digest.ts): the build's pages read this instead of every row, and every build
 * checks it against the files it generates.
 */
export const DigestSchema = z
  .object({
    rows: z.number().int().nonnegative().describe('数据行数'),
    files: z.array(DigestFileSchema).describe('由这一版本生成的下载文件（Excel 用 CSV、JSON）'),
    changes: DigestFileSchema.extend({
      added: z.number().int().nonnegative().describe('新增行数'),
      removed: z.number().int().nonnegative().describe('删除行数'),
      changed: z.number().int().nonnegative().describe('修改行数'),
      fields_added: z.array(z.string()).describe('新增字段'),
      fields_removed: z.array(z.string()).describe('删除字段'),
    })
      .optional()
      .describe('与上一版本相比的变化及差异文件（首个版本没有）'),
  })
  .describe('大版本摘要：由发布命令写入，请勿手改');
export type Digest = z.output<typeof DigestSchema>;

/** One entry of data/<id>/releases.yaml, written by the release command. */
export const ReleaseSchema = z.object({
  version: SemverSchema.describe('版本号（语义化版本），如 1.0.0'),
  date: IsoDateSchema.describe('发布日期 YYYY-MM-DD'),
  note: z.string().min(1).describe('本次发布说明'),
  sha256: Sha256Schema.describe('发布文件的 SHA-256 校验值'),
  bytes: z.number().int().positive().describe('发布文件的字节数'),
  digest: DigestSchema.optional(),
});
export type ReleaseRecord = z.output<typeof ReleaseSchema>;
export const ReleasesFileSchema = z.array(ReleaseSchema).min(1).describe('发布记录列表');
