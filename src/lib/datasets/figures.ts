import { z } from 'astro/zod';
import { NUMBER_STYLES } from '../format/numbers.ts';
import { QUALIFIER_IDS, type QualifierId } from '../format/qualifiers.ts';
import { UNIT_IDS, type UnitId } from '../format/units.ts';
import type { Problem } from '../problems.ts';
import type { Catalog, Dataset } from './load.ts';
import { PLACE_CODES } from './places.ts';
import type { DatasetMeta } from './schemas.ts';

/** Columns that make a dataset a table of figures a `<Fact>` can cite. */
export const FIGURE_FIELDS = ['key', 'metric', 'value', 'qualifier', 'unit', 'period', 'source'] as const;

/** One reported figure, typed: what `<Fact>`, cards and charts render. */
export const FigureSchema = z.object({
  key: z.string(),
  metric: z.string(),
  value: z.number(),
  qualifier: z.enum(QUALIFIER_IDS as [QualifierId, ...QualifierId[]]),
  unit: z.enum(UNIT_IDS as [UnitId, ...UnitId[]]),
  period: z.string(),
  source: z.string(),
  source_wording: z.string().nullable().optional(),
  note: z.string().nullable().optional(),
  number_style: z.enum(NUMBER_STYLES).nullable().optional(),
  /** Machine-readable period, where the source's period is a clear date or range. */
  period_start: z.string().nullable().optional(),
  period_end: z.string().nullable().optional(),
  /** City, county or zone code (see places.ts), and the town, village or site in words. */
  place: z.string().nullable().optional(),
  place_detail: z.string().nullable().optional(),
});
export type Figure = z.output<typeof FigureSchema> & { datasetId: string };

export function isFigureDataset(meta: DatasetMeta): boolean {
  const names = new Set(meta.fields.map((f) => f.name));
  return FIGURE_FIELDS.every((name) => names.has(name));
}

/**
 * A figure dataset's `qualifier`, `unit` (and, when present, `number_style` and `place`)
 * columns may only allow values the formatter knows, or a figure could not be written
 * in Chinese or placed.
 */
export function figureMetaProblems(meta: DatasetMeta, file: string): Problem[] {
  if (!isFigureDataset(meta)) return [];
  // qualifier and unit must be declared; number_style and place only when the dataset has them.
  const known: Record<string, readonly string[]> = { qualifier: QUALIFIER_IDS, unit: UNIT_IDS, number_style: NUMBER_STYLES, place: PLACE_CODES };
  const optional = new Set(['number_style', 'place']);
  const problems: Problem[] = [];
  for (const [name, allowed] of Object.entries(known)) {
    const field = meta.fields.find((f) => f.name === name);
    if (!field && optional.has(name)) continue;
    if (!field?.enum) {
      problems.push({ code: 'META-FIGURE-ENUM', file, field: `fields.${name}`, message: `${name} 列必须用 enum 列出允许的取值`, expected: `取自：${allowed.join('、')}` });
      continue;
    }
    for (const value of field.enum.filter((v) => !allowed.includes(v))) {
      problems.push({ code: 'META-FIGURE-ENUM', file, field: `fields.${name}.enum`, value, message: '网站不认识这个取值，无法写成中文数字', expected: `取自：${allowed.join('、')}` });
    }
  }
  return problems;
}

const figureCache = new WeakMap<Dataset, Figure[]>();

/** A figure dataset's rows (of its latest version) as typed figures, parsed once per dataset. */
export function datasetFigures(dataset: Dataset): Figure[] {
  if (!isFigureDataset(dataset.meta)) return [];
  let figures = figureCache.get(dataset);
  if (!figures) {
    figures = dataset.latest.rows.map((row) => ({ ...FigureSchema.parse(row), datasetId: dataset.id }));
    figureCache.set(dataset, figures);
  }
  return figures;
}

export type FigureLookup = { figure: Figure; dataset: Dataset } | { error: string };

/**
 * The figure `key` of dataset `datasetId`, or a message saying what exists instead.
 * Used by `<Fact>` at build time and by validation of articles.
 */
export function findFigure(catalog: Catalog, datasetId: string, key: string): FigureLookup {
  const dataset = catalog.datasets.find((d) => d.id === datasetId);
  if (!dataset) {
    return { error: `数据集“${datasetId}”不存在。现有数据集：${catalog.datasets.map((d) => d.id).join('、')}` };
  }
  if (!isFigureDataset(dataset.meta)) {
    return { error: `数据集“${datasetId}”不是数字指标表（缺少 ${FIGURE_FIELDS.join('、')} 列），不能用 <Fact> 引用` };
  }
  const figure = datasetFigures(dataset).find((f) => f.key === key);
  if (!figure) {
    return { error: `数据集“${datasetId}”中没有指标“${key}”。可用的指标：${datasetFigures(dataset).map((f) => f.key).join('、')}` };
  }
  return { figure, dataset };
}

/** Figures by reference, for pages that list them; an unknown one fails the build. */
export function resolveFigures(
  catalog: Catalog,
  refs: readonly { dataset: string; key: string }[],
): { figure: Figure; dataset: Dataset }[] {
  return refs.map(({ dataset, key }) => {
    const found = findFigure(catalog, dataset, key);
    if ('error' in found) throw new Error(found.error);
    return found;
  });
}
