import { DISAGREEMENT_KIND_LABELS, REASON_LABELS, disagreementsOf, type Disagreement, type DisagreementKind } from '../datasets/disagreements.ts';
import { paths } from '../site/urls.ts';

/**
 * The mark a figure carries when data/disagreements.yaml names it: a short word the
 * reader sees beside the figure, and the explanation it links to. Every place that
 * shows a figure (`<Fact>`, cards, charts, tables) takes its marks from here, so none
 * can show the figure without them.
 */
export interface FigureMark {
  /** The entry's id: the anchor of its explanation. */
  id: string;
  kind: DisagreementKind;
  /** What the reader sees: 来源说法不一, 同一数字, or why the figures cannot be compared (时期不同…). */
  label: string;
  /** The label with its kind, for notes: "时期不同，不可比". */
  kindText: string;
  /** Accessible name and tooltip: starts with the visible label (WCAG 2.5.3), then what it means. */
  name: string;
  /** Site path of the explanation, without the base. */
  path: string;
}

/** The visible word: a conflict or a shared figure by its kind, a not-comparable pair by its reason. */
export function disagreementLabel(d: Disagreement): string {
  return d.kind === 'not-comparable' && d.reason ? REASON_LABELS[d.reason] : DISAGREEMENT_KIND_LABELS[d.kind];
}

/** What a mark says in full, for its accessible name and for notes under charts: "时期不同，不可比". */
export function disagreementKindText(d: Disagreement): string {
  const label = disagreementLabel(d);
  return d.kind === 'not-comparable' ? `${label}，${DISAGREEMENT_KIND_LABELS[d.kind]}` : label;
}

/** One entry as a mark. */
export function disagreementToMark(d: Disagreement): FigureMark {
  return {
    id: d.id,
    kind: d.kind,
    label: disagreementLabel(d),
    kindText: disagreementKindText(d),
    name: `${disagreementKindText(d)}：${d.title}（查看说明和各自的来源）`,
    path: paths.disagreement(d.id),
  };
}

/**
 * The marks of row `key` of `dataset`, in the order of data/disagreements.yaml.
 * @example figureMarks(catalog.disagreements, 'model-worker-outreach', 'service-teams')
 * // [{ id: 'service-teams-2024', label: '说法不一', path: '/sources/disagreements/#service-teams-2024', … }]
 */
export function figureMarks(list: readonly Disagreement[], dataset: string, key: string): FigureMark[] {
  return distinctLabels(disagreementsOf(list, dataset, key).map(disagreementToMark));
}

/** Two marks of one figure never read alike: a repeated label is numbered (单位不同, 单位不同2). */
function distinctLabels(marks: FigureMark[]): FigureMark[] {
  return marks.map((m, i) => {
    const n = marks.slice(0, i).filter((o) => o.label === m.label).length;
    return n === 0 ? m : { ...m, label: `${m.label}${n + 1}`, name: `${m.label}${n + 1}${m.name.slice(m.label.length)}` };
  });
}

/** Marks of every row of a dataset that has any, by row key (for tables, which the browser may re-render). */
export function datasetMarks(list: readonly Disagreement[], dataset: string): Record<string, FigureMark[]> {
  const keys = new Set(list.flatMap((d) => d.figures.filter((f) => f.dataset === dataset).map((f) => f.key)));
  return Object.fromEntries([...keys].map((key) => [key, figureMarks(list, dataset, key)]));
}
