/**
 * Figures typed by hand. A figure that data/disagreements.yaml names (31 vs 46 teams, a
 * period total beside one year…) must reach the reader with its mark, and only `<Fact>`
 * draws the mark: so an article that types such a figure as plain text is refused. The
 * text checked is what the article guard read from the parsed tree (text rendered by
 * `<Fact>` is not in it), plus the title and summary and chart titles.
 */
import type { Catalog } from '../datasets/load.ts';
import { datasetFigures, findFigure, type Figure } from '../datasets/figures.ts';
import { disagreementsOf } from '../datasets/disagreements.ts';
import { figureToParts, formatQualifiedFigure } from '../format/figures.ts';
import { NUMBER_STYLES, formatNumberStyled } from '../format/numbers.ts';
import { UNITS } from '../format/units.ts';
import type { Problem } from '../problems.ts';
import { normalizeForScan } from '../validation/personal-data.ts';
import type { ArticleInspection, TextBlock } from './article-guard.ts';

/** A piece of text a reader sees, with where it is; `field` for front matter and attributes. */
export interface TypedText extends TextBlock {
  field?: string;
}

/**
 * Traditional forms of the characters figures are written with (units, qualifiers,
 * 万/亿), as re-hosts print them: 812.3萬元 is 812.3万元. The list is checked against
 * OpenCC in tests/unit/content/typed-figures.test.ts, so a new unit cannot miss one.
 */
export const TRADITIONAL_FIGURE_CHARS: Readonly<Record<string, string>> = {
  萬: '万', 億: '亿', 兩: '两', 個: '个', 餘: '余', 務: '务', 區: '区', 縣: '县', 場: '场',
  獎: '奖', 屆: '届', 張: '张', 戶: '户', 點: '点', 類: '类', 約: '约', 過: '过',
};

/** Unit words a reader takes for one another: 1092人 and 1092名 are one figure typed two ways. */
const UNIT_SYNONYMS: Readonly<Record<string, string>> = { 人: '名', 名: '人' };

const HANZI_NUMERAL = /[零一二三四五六七八九十百千万亿两]/;

/** Every form holds a number: a block with no number character of any script (１, 𝟒, 四, 萬) is skipped unread. */
const MAY_HOLD_A_NUMBER = /[\p{N}零一二三四五六七八九十百千万萬亿億两兩]/u;

/**
 * Text as a reader reads a figure in it: full-width forms folded and invisible characters
 * removed (as for personal data), traditional figure characters made simplified, and
 * thousands separators dropped (2,127 → 2127).
 */
export function normalizeFigureText(text: string): string {
  return [...normalizeForScan(text)]
    .map((c) => TRADITIONAL_FIGURE_CHARS[c] ?? c)
    .join('')
    .replace(/(?<=\d),(?=\d{3}(?!\d))/g, '');
}

/**
 * How a reader might see one figure typed: as the site writes it, in each number style
 * (812.3万元, 8123000元, 四十六支), with and without the qualifier (2200多户, 2200户),
 * with 人/名 swapped, and a decimal 万 figure without its unit (812.3万). Forms made of
 * digits alone are left out: 46 alone is not the figure.
 */
export function figureForms(figure: Pick<Figure, 'value' | 'qualifier' | 'unit'>): string[] {
  const forms = new Set<string>();
  const after = UNITS[figure.unit].after;
  for (const style of NUMBER_STYLES) {
    const n = formatNumberStyled(figure.value, style);
    const { core } = figureToParts({ ...figure, number_style: style });
    forms.add(core);
    if (after !== '') {
      forms.add(`${n}${after}`);
      const synonym = UNIT_SYNONYMS[after];
      if (synonym) {
        forms.add(`${n}${synonym}`);
        forms.add(core.replace(after, synonym));
      }
    }
    if (n.includes('.')) forms.add(n);
  }
  return [...forms].filter((form) => /[^\d]/.test(form));
}

/** Whether the `form` found at `i` stands as a figure of its own: 46支, not the tail of 146支 or 1.46支. */
function standsAloneAt(text: string, i: number, form: string): boolean {
  const before = text[i - 1] ?? '';
  const next = text[i + form.length] ?? '';
  const first = form[0]!;
  const last = form.at(-1)!;
  const clearBefore = /[\d.]/.test(first) ? !/[\d.]/.test(before) : HANZI_NUMERAL.test(first) ? !HANZI_NUMERAL.test(before) : true;
  const clearAfter = /[\d.]/.test(last) ? !/[\d.]/.test(next) : true;
  return clearBefore && clearAfter;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every form that stands alone in `text`, found by one scan for all forms (longest first at each place). */
function formsIn(text: string, pattern: RegExp): Set<string> {
  const found = new Set<string>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (standsAloneAt(text, m.index, m[0])) found.add(m[0]);
    else pattern.lastIndex = m.index + 1; // a refused match may hide one that starts inside it
  }
  return found;
}

/** Every disputed figure's forms, each with the figures it may mean, and one pattern that finds them all. */
interface Disputed {
  byForm: Map<string, Figure[]>;
  pattern: RegExp;
}

const disputedCache = new WeakMap<Catalog, Disputed>();

/**
 * Every figure data/disagreements.yaml names, with the forms that mean it. A form that is
 * exactly how another figure, one with no mark, is written is left to that figure:
 * 95% alone is the unionisation target, 95%以上 the disputed certificate rate.
 */
function disputedFigures(catalog: Catalog): Disputed {
  const cached = disputedCache.get(catalog);
  if (cached) return cached;
  const refs = new Map<string, { dataset: string; key: string }>();
  for (const d of catalog.disagreements) for (const f of d.figures) refs.set(`${f.dataset}|${f.key}`, f);
  const figures = [...refs.values()].flatMap(({ dataset, key }) => {
    const found = findFigure(catalog, dataset, key);
    return 'error' in found ? [] : [found.figure];
  });
  const others = new Set(otherFigureTexts(catalog, refs));
  const byForm = new Map<string, Figure[]>();
  for (const figure of figures) {
    for (const form of figureForms(figure)) if (!others.has(form)) byForm.set(form, [...(byForm.get(form) ?? []), figure]);
  }
  const alternatives = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // No form at all: a pattern that never matches.
  const pattern = new RegExp(alternatives.length > 0 ? alternatives.join('|') : '(?!)', 'gu');
  const out = { byForm, pattern };
  disputedCache.set(catalog, out);
  return out;
}

/** How every figure without a mark is written (formatted, and its core), to keep their forms out. */
function otherFigureTexts(catalog: Catalog, disputed: ReadonlyMap<string, unknown>): string[] {
  return catalog.datasets.flatMap((d) =>
    datasetFigures(d)
      .filter((f) => !disputed.has(`${d.id}|${f.key}`))
      .flatMap((f) => [formatQualifiedFigure(f), figureToParts(f).core]),
  );
}

/**
 * Problems for every disputed figure typed by hand in `texts`: one per block and form,
 * naming the `<Fact>` (or Facts, when two sources report the same figure) to use instead.
 * Text is read twice, with all whitespace removed (4 6 支 is 46支) and with runs of it
 * kept as one space (2024 46支 is still 46支, not 202446支).
 */
export function typedFigureProblems(texts: readonly TypedText[], catalog: Catalog, file: string): Problem[] {
  const { byForm, pattern } = disputedFigures(catalog);
  if (byForm.size === 0) return [];
  const problems: Problem[] = [];
  for (const block of texts) {
    if (!MAY_HOLD_A_NUMBER.test(block.text)) continue;
    const normalized = normalizeFigureText(block.text);
    const found = new Set([...formsIn(normalized.replace(/\s+/g, ''), pattern), ...formsIn(normalized.replace(/\s+/g, ' '), pattern)]);
    // One problem per figure and block: the first form found of it (2200多户 and 2200户 are one figure).
    const reported = new Set<Figure>();
    for (const form of found) {
      const figures = byForm.get(form)!.filter((f) => !reported.has(f));
      if (figures.length === 0) continue;
      for (const f of figures) reported.add(f);
      problems.push(typedFigureProblem(form, figures, catalog, file, block));
    }
  }
  return problems;
}

function typedFigureProblem(form: string, figures: readonly Figure[], catalog: Catalog, file: string, block: TypedText): Problem {
  const [first] = figures as [Figure];
  const titles = [...new Set(figures.flatMap((f) => disagreementsOf(catalog.disagreements, f.datasetId, f.key).map((d) => d.title)))];
  return {
    code: 'ARTICLE-TYPED-FIGURE',
    file,
    line: block.line,
    ...(block.field ? { field: block.field } : {}),
    value: form,
    message: `手打的“${form}”是一个另有说明的数字（${first.metric}，${first.period}；见“${titles.join('”“')}”）：读者要在它旁边看到说明的记号`,
    expected: figures.map((f) => `<Fact dataset="${f.datasetId}" key="${f.key}" />`).join(' 或 '),
    fix: '把这个数字改写成 <Fact …/>：网站会照原文写出数字，并在旁边自动加上来源和说明的链接。标题和摘要里不能放组件，请不写这个数字。',
  };
}

/**
 * The text of an article a reader sees, as checked for typed figures: the blocks the
 * guard read, the title and summary (lines from `lineOf`), and the titles of charts.
 */
export function articleTexts(inspection: ArticleInspection, frontmatter: unknown, lineOf: (path: string[]) => number | undefined): TypedText[] {
  const fm = (frontmatter ?? {}) as Record<string, unknown>;
  const fields = (['title', 'summary'] as const).flatMap((field) =>
    typeof fm[field] === 'string' ? [{ text: fm[field] as string, line: lineOf([field]) ?? 1, field }] : [],
  );
  const charts = inspection.components.flatMap((c) => (c.attributes.title === undefined ? [] : [{ text: c.attributes.title, line: c.line, field: `${c.name}.title` }]));
  return [...fields, ...inspection.texts, ...charts];
}
