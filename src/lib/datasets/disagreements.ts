import { z } from 'astro/zod';
import type { Problem } from '../problems.ts';
import { yamlToValue } from '../validation/yaml-doc.ts';
import type { Dataset } from './load.ts';
import { rowKey } from './row-key.ts';
import { SlugSchema } from './schemas.ts';

export const DISAGREEMENTS_FILE = 'data/disagreements.yaml';

/**
 * `conflict`: sources give different figures for the same thing (both stay, attributed);
 * `not-comparable`: figures that must never be added, divided or compared;
 * `same-figure`: two sources report one figure (never add them together).
 */
export const DISAGREEMENT_KINDS = ['conflict', 'not-comparable', 'same-figure'] as const;
export type DisagreementKind = (typeof DISAGREEMENT_KINDS)[number];

/** Why figures are not comparable: 人次 vs 人; different scopes; a period vs one year; a total vs its parts. */
export const NOT_COMPARABLE_REASONS = ['unit', 'scope', 'period', 'parts-total'] as const;

export const DISAGREEMENT_KIND_LABELS: Record<DisagreementKind, string> = {
  conflict: '来源说法不一',
  'not-comparable': '不可比',
  'same-figure': '同一数字',
};

export const REASON_LABELS: Record<(typeof NOT_COMPARABLE_REASONS)[number], string> = {
  unit: '单位不同',
  scope: '口径不同',
  period: '时期不同',
  'parts-total': '总数与分项',
};

/** Answers whether a row exists: undefined if it does, else what is wrong, in Chinese. */
export type RowCheck = (dataset: string, key: string) => string | undefined;

/**
 * data/disagreements.yaml, with every figure reference checked against the datasets
 * inside the schema, so a wrong reference is reported on its own line.
 */
export function disagreementsSchema(rowCheck: RowCheck) {
  const FigureRefSchema = z
    .object({
      dataset: SlugSchema.describe('数据集代码'),
      key: z.string().min(1).describe('行键：指标代码一列的值（数据集页面表格中可查）'),
      total: z.literal(true).optional().describe('只用于总数与分项（parts-total）：标出哪个是总数，写 total: true；不写的是分项'),
    })
    .superRefine((ref, ctx) => {
      const error = rowCheck(ref.dataset, ref.key);
      if (error !== undefined) ctx.addIssue({ code: 'custom', path: ['key'], message: error });
    });
  const DisagreementSchema = z
    .object({
      id: SlugSchema.describe('这条说明的代码，小写英文加连字符'),
      kind: z.enum(DISAGREEMENT_KINDS).describe('conflict 来源说法不一；not-comparable 不可比；same-figure 两个来源报道的同一数字'),
      reason: z.enum(NOT_COMPARABLE_REASONS).optional().describe('not-comparable 时必填：unit 单位不同；scope 口径不同；period 时期不同；parts-total 总数与分项'),
      title: z.string().min(1).describe('简短的中文标题，如“2024年组建的服务队：31支与46支”'),
      figures: z.array(FigureRefSchema).min(2).describe('涉及的数字（至少两个），每个写 { dataset: 数据集代码, key: 行键 }'),
      explanation: z.string().min(1).describe('简短的中文说明：两者为什么不同或不可比，读者该怎样理解'),
    })
    .superRefine((d, ctx) => {
      if (d.kind === 'not-comparable' && d.reason === undefined) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: '不可比（not-comparable）须写明原因 reason' });
      }
      if (d.kind !== 'not-comparable' && d.reason !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reason 只用于不可比（not-comparable）' });
      }
      // A total and its parts: the site must know which is which (parts may share a scale, a total and a part may not).
      const totals = d.figures.filter((f) => f.total).length;
      if (d.reason === 'parts-total' && (totals === 0 || totals === d.figures.length)) {
        ctx.addIssue({ code: 'custom', path: ['figures'], message: '总数与分项（parts-total）须在总数那一行写 total: true，且至少还有一个分项' });
      }
      if (d.reason !== 'parts-total' && totals > 0) {
        ctx.addIssue({ code: 'custom', path: ['figures', d.figures.findIndex((f) => f.total), 'total'], message: 'total 只用于总数与分项（reason: parts-total）' });
      }
      d.figures.forEach((ref, i) => {
        const first = d.figures.findIndex((other) => other.dataset === ref.dataset && other.key === ref.key);
        if (first !== i) ctx.addIssue({ code: 'custom', path: ['figures', i], message: `同一个数字列了两次（与第 ${first + 1} 个相同）` });
      });
    });
  return z
    .array(DisagreementSchema)
    .superRefine((list, ctx) => {
      list.forEach((d, i) => {
        const first = list.findIndex((other) => other.id === d.id);
        if (first !== i) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `代码重复：与第 ${first + 1} 条相同` });
      });
    })
    .describe('来源说法不一、不可比和同一数字的说明列表');
}
export type Disagreement = z.output<ReturnType<typeof disagreementsSchema>>[number];

/** A row check against the latest release of each dataset (what pages show). */
export function latestRowCheck(datasets: readonly Dataset[], failed: readonly string[]): RowCheck {
  return (id, key) => {
    if (failed.includes(id)) return undefined; // its own problems are reported already
    const dataset = datasets.find((d) => d.id === id);
    if (!dataset) return `数据集“${id}”不存在。现有数据集：${datasets.map((d) => d.id).join('、')}`;
    if (dataset.latest.fromDigest) return undefined; // the pages read its first rows only: the validation that reads every row checks the key
    const keys = dataset.latest.rows.map((row) => rowKey(row, dataset.meta.primary_key));
    if (keys.includes(key)) return undefined;
    return `数据集“${id}”的最新发布版本（${dataset.latest.version}）中没有行“${key}”。现有的行：${keys.join('、')}。新加的行要先用 npm run data:release 发布`;
  };
}

/**
 * The text of data/disagreements.yaml → validated entries. A reference to a row that
 * does not exist is DISAGREEMENT-ROW; any other mistake DISAGREEMENT-INVALID.
 */
export function yamlToDisagreements(text: string, file: string, rowCheck: RowCheck): { disagreements: Disagreement[]; problems: Problem[] } {
  const parsed = yamlToValue(text, file, disagreementsSchema(rowCheck), 'DISAGREEMENT-INVALID');
  const problems = parsed.problems.map((p) => (/\.figures\.\[\d+\]\.(key|dataset)$/.test(p.field ?? '') ? { ...p, code: 'DISAGREEMENT-ROW' } : p));
  return { disagreements: parsed.value ?? [], problems };
}

/** The entries that name row `key` of `dataset`: what a figure's mark links to. */
export function disagreementsOf(list: readonly Disagreement[], dataset: string, key: string): Disagreement[] {
  return list.filter((d) => d.figures.some((f) => f.dataset === dataset && f.key === key));
}
