import { DISAGREEMENTS_FILE, type Disagreement } from '../datasets/disagreements.ts';
import type { Figure } from '../datasets/figures.ts';
import { firstIncomparablePair } from '../disagreements/comparable.ts';
import { formatQualifiedFigure } from '../format/figures.ts';
import { UNITS } from '../format/units.ts';

/** What a length cannot stand for: which edition, which prize, which year. */
const NOT_A_QUANTITY = new Set(['ordinal', 'year']);

/**
 * Whether a bar chart (one scale per unit, see figuresToBarChart) would put on one scale
 * figures that cannot be compared: two that data/disagreements.yaml names together (a
 * conflict, one figure reported twice, a total and its part, a period and one year…),
 * or ordinals and years, whose size means nothing. The chart is refused with the pair
 * and the entry that forbids it; `metric` is the figure's label as drawn.
 */
export function barScaleError(list: readonly Disagreement[], dataset: string, figures: readonly Figure[]): { error: string; code: string; fix: string } | undefined {
  const units = [...new Set(figures.map((f) => f.unit))];
  const fix = '用 keys 只选可以放在一起比较的几项（如 keys="a,b,c"），其余另画一张图或用 <Fact> 写在正文里。';
  for (const unit of units) {
    const group = figures.filter((f) => f.unit === unit);
    if (group.length < 2) continue;
    if (NOT_A_QUANTITY.has(UNITS[unit].measure)) {
      return {
        code: 'ARTICLE-CHART-NOT-COMPARABLE',
        error: `“${group[0]!.metric}”和“${group[1]!.metric}”的单位是“${UNITS[unit].label}”，表示第几、哪一年，不是数量：画成长短没有意义`,
        fix,
      };
    }
    const pair = firstIncomparablePair(list, dataset, group.map((f) => f.key));
    if (!pair) continue;
    const [a, b] = [pair.a, pair.b].map((k) => group.find((f) => f.key === k)!) as [Figure, Figure];
    const kind = pair.entry.kind === 'conflict' ? '是两个来源对同一件事的不同说法' : pair.entry.kind === 'same-figure' ? '是两个来源报道的同一个数' : '不可比';
    return {
      code: 'ARTICLE-CHART-NOT-COMPARABLE',
      error: `“${a.metric}”（${formatQualifiedFigure(a)}）和“${b.metric}”（${formatQualifiedFigure(b)}）${kind}，不能画在同一刻度上（见 ${DISAGREEMENTS_FILE} 的 ${pair.entry.id}：${pair.entry.title}）`,
      fix,
    };
  }
  return undefined;
}
