import { z } from 'astro/zod';
import { datasetFigures, isFigureDataset, type Figure } from '../datasets/figures.ts';
import type { Catalog, Dataset } from '../datasets/load.ts';
import { SlugSchema } from '../datasets/schemas.ts';
import type { FigureMark } from '../disagreements/marks.ts';
import { formatQualifiedFigure } from '../format/figures.ts';
import { figuresToBarChart } from './bar.ts';
import { zhErrorMap } from '../validation/zod-issues.ts';
import { figureToCard } from './card.ts';
import { chartNotes, noteToLine, type ChartNote } from './notes.ts';
import { barScaleError } from './scale-check.ts';
import { figureToWaffle } from './waffle.ts';

export const CHART_KINDS = ['bar', 'waffle', 'card'] as const;

/** What an editor writes in `<Chart … />`, checked before anything is drawn. */
export const ChartSpecSchema = z.object({
  dataset: z.string().describe('数据集代码，如 model-worker-outreach'),
  kind: z.enum(CHART_KINDS).describe('图表类型：bar（横向条形图）、waffle（方格图）或 card（数字卡片）'),
  x: z.string().default('metric').describe('作标签的字段，默认 metric'),
  y: z.string().default('value').describe('作数值的字段，默认 value'),
  key: z.string().optional().describe('waffle 图和 card 卡片要画的指标代码（key）'),
  keys: z.string().optional().describe('bar 条形图只画其中几项时，写它们的指标代码，用英文逗号分隔，如 keys="funds,households"；不写则画全部'),
  title: z.string().optional().describe('图表标题，默认用数据集标题'),
  unit: z.coerce.number().positive().optional().describe('waffle 图每格代表的数量，如 100'),
  id: SlugSchema.optional().describe('图表的锚点和嵌入地址（小写英文、数字和连字符，全站唯一），默认由数据集、类型和 key 生成'),
});
export type ChartSpec = z.input<typeof ChartSpecSchema>;

/** The id a chart is published under (anchor, /charts/<id>.svg, /embed/<id>/): its own, or dataset-kind-key. */
export function chartSpecId(spec: Pick<ChartSpec, 'id' | 'dataset' | 'kind' | 'key'>): string {
  return spec.id ?? [spec.dataset, spec.kind, spec.key].filter(Boolean).join('-');
}

/** A drawn chart: the SVG, its data table, and the exact dataset version it came from. */
export interface RenderedChart {
  id: string;
  title: string;
  svg: string;
  dataset: Dataset;
  /** `marks`, when present, lines up with `rows`: each row's disagreement marks. */
  table: { head: string[]; rows: string[][]; marks?: FigureMark[][] };
  /** Figures drawn that data/disagreements.yaml names: the footnotes shown and linked under the drawing. */
  notes?: ChartNote[];
}

/** Why a spec cannot be drawn; `code` when it is not a plain mistake in the spec (see componentDataProblems). */
export interface ChartError {
  error: string;
  code?: string;
  fix?: string;
}

/** The chart a spec describes, or the reason it cannot be drawn (for the build and validation). */
export function renderChart(catalog: Catalog, input: ChartSpec): RenderedChart | ChartError {
  const parsed = ChartSpecSchema.safeParse(input, { error: zhErrorMap });
  if (!parsed.success) return { error: parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；') };
  const spec = parsed.data;
  const dataset = catalog.datasets.find((d) => d.id === spec.dataset);
  if (!dataset) return { error: `数据集“${spec.dataset}”不存在。现有数据集：${catalog.datasets.map((d) => d.id).join('、')}` };
  if (!isFigureDataset(dataset.meta)) return { error: `数据集“${spec.dataset}”不是数字指标表，不能直接画图` };
  const names = dataset.meta.fields.map((f) => f.name);
  for (const field of [spec.x, spec.y]) {
    if (!names.includes(field)) return { error: `数据集“${spec.dataset}”没有字段“${field}”。可用字段：${names.join('、')}` };
  }
  if (spec.y !== 'value') return { error: `y 只能是 value（带限定词和单位的数值列）` };
  const all = datasetFigures(dataset);
  const title = spec.title ?? dataset.meta.title;
  const id = chartSpecId(spec);
  const label = (f: Figure) => String(dataset.latest.rows.find((row) => row.key === f.key)?.[spec.x] ?? f.metric);
  let figures: Figure[];
  if (spec.kind === 'bar') {
    const picked = keysToFigures(all, spec.keys);
    if ('error' in picked) return picked;
    figures = picked;
  } else {
    if (spec.keys !== undefined) return { error: `keys 只用于 bar 条形图；${spec.kind} 图用 key 写一个指标代码` };
    const figure = all.find((f) => f.key === spec.key);
    if (!figure) return { error: `${spec.kind} 图需要 key，取自：${all.map((f) => f.key).join('、')}` };
    figures = [figure];
  }
  const { notes, symbols, marks } = chartNotes(catalog.disagreements, dataset.id, figures.map((f) => ({ key: f.key, label: label(f) })));
  const marked = figures.map((f) => ({ ...f, metric: label(f), marks: symbols.get(f.key) ?? [] }));
  const footnotes = notes.map(noteToLine);
  const table = {
    head: [dataset.meta.fields.find((f) => f.name === spec.x)?.title ?? spec.x, '数值', '时期'],
    rows: figures.map((f) => [label(f), formatQualifiedFigure(f), f.period]),
    marks: figures.map((f) => marks.get(f.key) ?? []),
  };
  const drawn = { id, title, dataset, table, notes };
  if (spec.kind === 'bar') {
    const scale = barScaleError(catalog.disagreements, dataset.id, marked);
    if (scale) return scale;
    return { ...drawn, svg: figuresToBarChart(marked, { id, title, footnotes }) };
  }
  const figure = { ...figures[0]!, marks: marked[0]!.marks };
  const svg =
    spec.kind === 'card'
      ? figureToCard(figure, { id, title, footnotes })
      : figureToWaffle(figure, { id, title, footnotes, ...(spec.unit ? { unitSize: spec.unit } : {}) });
  return { ...drawn, svg };
}

/** The figures `keys` names, in that order (all of them when it is absent), or what is wrong. */
function keysToFigures(all: readonly Figure[], keys: string | undefined): Figure[] | ChartError {
  if (keys === undefined) return [...all];
  const wanted = keys.split(',').map((k) => k.trim()).filter(Boolean);
  const unknown = wanted.filter((k) => !all.some((f) => f.key === k));
  if (unknown.length > 0) return { error: `keys 中的“${unknown.join('、')}”不是这个数据集的指标代码，取自：${all.map((f) => f.key).join('、')}` };
  if (wanted.length === 0) return { error: 'keys 是空的：写要画的指标代码，用英文逗号分隔；或删去 keys 画全部' };
  const repeated = wanted.find((k, i) => wanted.indexOf(k) !== i);
  if (repeated) return { error: `keys 中“${repeated}”写了两次` };
  return wanted.map((k) => all.find((f) => f.key === k)!);
}
