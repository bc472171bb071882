import { z } from 'astro/zod';
import type { Problem } from '../problems.ts';
import { yamlToValue } from '../validation/yaml-doc.ts';
import { datasetFigures, type Figure } from './figures.ts';
import type { Dataset } from './load.ts';
import { placeOf } from './places.ts';
import { SlugSchema } from './schemas.ts';

export const TARGET_CONTEXT_FILE = 'data/target-context.yaml';

/** The dataset whose rows the file's `target` fields name. */
export const CONTEXT_TARGETS_DATASET = 'targets-2025';

const FigureLinkSchema = z.object({
  dataset: SlugSchema.describe('数据集代码'),
  key: z.string().min(1).describe('行键：指标代码一列的值'),
  note: z.string().min(1).optional().describe('这个数字与目标的关系，用自己的话写一句，如“按人次计，目标按人计，两者不能直接比较”'),
});

/**
 * data/target-context.yaml: what the record says around each 2025 target. `baselines`
 * are city figures of a year before the target's (shown as the year before, never as
 * progress); `county_notes` county-level figures of the target's year (shown as county
 * notes, never as city readings); `not_found` what was searched for in the public record
 * and not found; `related` other figures the tracker lists without tying them to a target.
 */
export const TargetContextSchema = z.object({
  search_note: z.string().min(1).describe('用自己的话说明在哪里、怎样查找过公开记录，以及“没找到”是什么意思'),
  targets: z
    .array(
      z.object({
        target: z.string().min(1).describe('targets-2025 的指标代码，如 craftsmen-trained'),
        baselines: z.array(FigureLinkSchema).default([]).describe('上一年的全市数字：只作参考，不算进度'),
        county_notes: z.array(FigureLinkSchema).default([]).describe('目标年度的县区数字：作为县区动态列出，不算全市读数'),
        not_found: z.array(z.string().min(1)).min(1).describe('查找过、但公开记录里没有找到的内容，每条一句'),
      }),
    )
    .describe('每个目标一条'),
  related: z.array(FigureLinkSchema).default([]).describe('与目标有关、但不属于某一个目标的数字'),
});
export type TargetContext = z.output<typeof TargetContextSchema>;
export type FigureLink = z.output<typeof FigureLinkSchema>;

/** Which list a link is in, and what that list demands of the figure it names. */
type Role = 'baselines' | 'county_notes' | 'related';

/**
 * Checks a link against the data: the row exists; a baseline ends before the target's
 * year begins; a county note is a county's figure (not the city's) within the target's
 * year. Returns what is wrong, in Chinese, and the code for it.
 */
function linkProblem(link: FigureLink, role: Role, target: Figure | undefined, datasets: readonly Dataset[]): { code: string; message: string } | undefined {
  const dataset = datasets.find((d) => d.id === link.dataset);
  if (!dataset) return { code: 'TARGET-CONTEXT-ROW', message: `数据集“${link.dataset}”不存在。现有数据集：${datasets.map((d) => d.id).join('、')}` };
  const figure = datasetFigures(dataset).find((f) => f.key === link.key);
  if (!figure) return { code: 'TARGET-CONTEXT-ROW', message: `数据集“${link.dataset}”的最新发布版本中没有指标“${link.key}”。可用的指标：${datasetFigures(dataset).map((f) => f.key).join('、')}` };
  const start = target?.period_start;
  if (role === 'baselines' && (!figure.period_end || !start || figure.period_end >= start)) {
    return { code: 'TARGET-CONTEXT-ROLE', message: `上一年的数字（baselines）须在目标年度开始（${start ?? '未知'}）之前结束；这一行的时期是“${figure.period}”（period_end：${figure.period_end ?? '空'}）` };
  }
  if (role === 'county_notes') {
    if (!figure.place || placeOf(figure.place)?.level === 'city') return { code: 'TARGET-CONTEXT-ROLE', message: `县区动态（county_notes）只列县区的数字；这一行是全市的（place：${figure.place ?? '空'}）。全市的进展读数写进 target-progress` };
    if (start && target?.period_end && (!figure.period_start || figure.period_start < start || figure.period_start > target.period_end)) {
      return { code: 'TARGET-CONTEXT-ROLE', message: `县区动态（county_notes）须在目标年度（${start}—${target.period_end}）之内；这一行的时期是“${figure.period}”` };
    }
  }
  return undefined;
}

/**
 * The text of data/target-context.yaml → checked context, every problem on its line:
 * TARGET-CONTEXT-INVALID for the shape, TARGET-CONTEXT-ROW for a target or row that does
 * not exist, TARGET-CONTEXT-ROLE for a figure in the wrong list (a 2025 figure as a
 * baseline, a city figure as a county note).
 */
export function yamlToTargetContext(text: string, file: string, datasets: readonly Dataset[], failed: readonly string[] = []): { context?: TargetContext; problems: Problem[] } {
  const parsed = yamlToValue(text, file, TargetContextSchema, 'TARGET-CONTEXT-INVALID');
  if (parsed.value === undefined) return { problems: parsed.problems };
  const context = parsed.value;
  const lineOf = parsed.lineOf ?? (() => undefined);
  const problems = [...parsed.problems];
  // A dataset that failed to load has its own problems reported already.
  const check = (link: FigureLink, role: Role, target: Figure | undefined) => (failed.includes(link.dataset) ? undefined : linkProblem(link, role, target, datasets));
  const at = (path: (string | number)[], p: { code: string; message: string }, value: string) => {
    const line = lineOf(path);
    problems.push({ ...p, file, ...(line === undefined ? {} : { line }), field: path.join('.'), value });
  };
  const targets = datasets.find((d) => d.id === CONTEXT_TARGETS_DATASET);
  const targetFigures = targets ? datasetFigures(targets) : [];
  context.targets.forEach((entry, i) => {
    const target = targetFigures.find((f) => f.key === entry.target);
    if (targets && !target) at(['targets', i, 'target'], { code: 'TARGET-CONTEXT-ROW', message: `${CONTEXT_TARGETS_DATASET} 中没有目标“${entry.target}”。现有的目标：${targetFigures.map((f) => f.key).join('、')}` }, entry.target);
    if (context.targets.findIndex((e) => e.target === entry.target) !== i) at(['targets', i, 'target'], { code: 'TARGET-CONTEXT-INVALID', message: '这个目标已经有一条了：同一目标的内容写在一起' }, entry.target);
    for (const role of ['baselines', 'county_notes'] as const) {
      entry[role].forEach((link, j) => {
        const problem = check(link, role, target);
        if (problem) at(['targets', i, role, j, 'key'], problem, `${link.dataset} ${link.key}`);
      });
    }
  });
  context.related.forEach((link, j) => {
    const problem = check(link, 'related', undefined);
    if (problem) at(['related', j, 'key'], problem, `${link.dataset} ${link.key}`);
  });
  return { context, problems };
}
