import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ChartSpecSchema, chartSpecId, renderChart, type ChartSpec } from '../charts/spec.ts';
import { HOME_CHARTS } from '../site/home.ts';
import { findFigure } from '../datasets/figures.ts';
import { COUNTIES } from '../map/counties.ts';
import type { Catalog } from '../datasets/load.ts';
import type { Problem } from '../problems.ts';
import { readRepoText } from '../validation/files.ts';
import { checkValue } from '../validation/zod-issues.ts';
import { parseYaml } from '../validation/yaml-doc.ts';
import { isScalar } from 'yaml';
import { isRealDate } from '../datasets/schemas.ts';
import { indexedTextProblems } from '../search/index-limits.ts';
import { articleSchema } from './article-schema.ts';
import type { ArticleInspection, PlacedComponent } from './article-guard.ts';
import { parseArticle, splitArticle } from './mdx-pipeline.ts';
import { internalLinkError } from './internal-links.ts';
import { articleTexts, typedFigureProblems } from './typed-figures.ts';

export const ARTICLES_DIR = 'content/articles';

/** Figures, charts and maps an article places, checked against the data. */
function componentDataProblems(component: PlacedComponent, file: string, catalog: Catalog): Problem[] {
  const { name, line, attributes: attrs } = component;
  const value = Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ');
  if ((name === 'ForestMap' || name === 'ServiceMap') && attrs.county !== undefined && !COUNTIES.some((c) => String(c.adcode) === attrs.county)) {
    return [{ code: 'ARTICLE-MAP', file, line, value, message: '没有这个县区代码', expected: COUNTIES.map((c) => `${c.adcode}（${c.name}）`).join('、') }];
  }
  if (attrs.dataset === undefined || catalog.failed.includes(attrs.dataset)) return [];
  if (name === 'Fact') {
    const found = findFigure(catalog, attrs.dataset, attrs.key ?? '');
    if ('error' in found) return [{ code: 'ARTICLE-FACT', file, line, value, message: found.error }];
  } else if (name === 'Chart') {
    const chart = renderChart(catalog, attrs as ChartSpec);
    if ('error' in chart) return [{ code: chart.code ?? 'ARTICLE-CHART', file, line, value, message: chart.error, ...(chart.fix ? { fix: chart.fix } : {}) }];
  }
  return [];
}

/** Internal links and images must point at something the site has. */
function linkProblems(inspection: ArticleInspection, file: string, root: string, catalog: Catalog, articleSlugs: readonly string[]): Problem[] {
  return inspection.links.flatMap(({ path, line, image }): Problem[] => {
    const error = image
      ? existsSync(join(root, 'public', decodeURI(path.split(/[?#]/)[0]!))) ? undefined : '文章图片须放在 public/ 下并用 /… 引用（目前没有这张图）'
      : internalLinkError(path, catalog, articleSlugs);
    if (error === undefined) return [];
    return [{ code: 'ARTICLE-LINK', file, line, value: path, message: `站内链接失效：${error}`, fix: '站内链接写成以 / 开头、以 / 结尾的地址，如 /articles/union-forests/、/data/union-forests/。' }];
  });
}

/** `L:C: message` from the MDX parser → line number and the message. */
function mdxErrorToProblem(err: unknown, file: string): Problem {
  const text = err instanceof Error ? err.message : String(err);
  const match = /^(\d+):(\d+):\s*(.*)$/s.exec(text);
  return {
    code: 'ARTICLE-MDX',
    file,
    ...(match ? { line: Number(match[1]) } : {}),
    message: `MDX 语法错误：${(match?.[3] ?? text).split('\n')[0]}`,
    fix: '检查组件标签是否写完整（如 <Fact dataset="…" key="…" />），正文中的 { } < 要写成 \\{ \\} \\<。',
  };
}

const FRONTMATTER_FIX = '参照编辑指南，在文件第一行写 ---，填好各字段（YAML 格式），再写一行 ---。';

/**
 * Checks one article file as the build reads it: Astro's front-matter split, the
 * front matter against the article schema, then the one parse of the body with the
 * article guard (the parse the build renders), then the figures, charts, maps and links
 * the guard found against the data. `root` is the repository (for images under public/).
 */
export function validateArticleSource(
  root: string,
  source: string,
  file: string,
  catalog: Catalog,
  articleSlugs: readonly string[] = [],
  onComponent?: (component: PlacedComponent) => void,
): Problem[] {
  const problems: Problem[] = [];
  const name = file.split('/').at(-1) ?? file;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/.test(name)) {
    problems.push({ code: 'ARTICLE-SLUG', file, value: name, message: '文件名会成为网址，只能用小写英文字母、数字和连字符', expected: '如 union-forests.mdx' });
  }
  problems.push(...indexedTextProblems(source, file, { article: true }));
  let split: ReturnType<typeof splitArticle>;
  try {
    split = splitArticle(source);
  } catch (err) {
    const mark = (err as { mark?: { line?: number } }).mark;
    const reason = (err as { reason?: string }).reason ?? String(err);
    const line = mark?.line === undefined ? undefined : mark.line + 1 + newlinesBefore(source, source.indexOf('---'));
    return [...problems, { code: 'YAML-SYNTAX', file, ...(line === undefined ? {} : { line }), message: `front matter 的 YAML 格式错误：${reason}`, fix: FRONTMATTER_FIX }];
  }
  if (split.rawFrontmatter === '') {
    return [...problems, { code: 'ARTICLE-FRONTMATTER', file, line: 1, message: '文件开头缺少 front matter（用 --- 包围的 title、date 等）', fix: FRONTMATTER_FIX }];
  }
  if (/^\s*\+\+\+/.test(source.replace(/^\uFEFF/, ''))) {
    return [...problems, { code: 'ARTICLE-FRONTMATTER', file, line: 1, message: 'front matter 要用 --- 包围的 YAML，不用 +++（TOML）', fix: FRONTMATTER_FIX }];
  }
  // Lines of the values Astro parsed, found through a second reading of the same text
  // that only locates them (and refuses aliases): every check runs on Astro's values.
  const yaml = parseYaml(split.rawFrontmatter, file, newlinesBefore(source, source.indexOf(split.rawFrontmatter)));
  problems.push(...yaml.problems);
  const { lineOf } = yaml;
  const schema = articleSchema([...catalog.datasets.map((d) => d.id), ...catalog.failed]);
  if (yaml.problems.length === 0) {
    problems.push(...checkValue(split.frontmatter, schema, { file, code: 'ARTICLE-FRONTMATTER', lineOf }).problems);
    problems.push(...rolledOverDate(yaml, file));
  }
  let inspection: ArticleInspection;
  try {
    inspection = parseArticle(file, split.content, split.frontmatter).inspection;
  } catch (err) {
    return [...problems, mdxErrorToProblem(err, file)];
  }
  for (const p of inspection.problems) {
    problems.push(p.line === undefined && p.field !== undefined ? { ...p, line: lineOf(p.field.split('.')) } : p);
  }
  for (const component of inspection.components) {
    problems.push(...componentDataProblems(component, file, catalog));
    onComponent?.(component);
  }
  problems.push(...linkProblems(inspection, file, root, catalog, articleSlugs));
  problems.push(...typedFigureProblems(articleTexts(inspection, split.frontmatter, lineOf), catalog, file));
  return problems;
}

/**
 * Astro's YAML parser turns 2025-02-30 into 2 March without a word: the date as written
 * is checked too, so an impossible day is refused instead of published as another.
 */
function rolledOverDate(yaml: ReturnType<typeof parseYaml>, file: string): Problem[] {
  const node = yaml.doc.get('date', true);
  const written = isScalar(node) ? String(node.source ?? node.value) : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(written) || isRealDate(written)) return [];
  return [{ code: 'ARTICLE-FRONTMATTER', file, line: yaml.lineOf(['date']), field: 'date', value: written, message: '这一天不存在（请检查月份和日期）', expected: 'YYYY-MM-DD，如 2026-11-24' }];
}

function newlinesBefore(text: string, index: number): number {
  let n = 0;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Ids of charts the site draws itself (progress tracker, place maps): not for articles. */
const RESERVED_CHART_ID = /^(?:progress-|forest-map|service-map)/;

/**
 * A chart id is an address (/charts/<id>.svg, /embed/<id>/): two different charts may
 * not share one, across all articles and the home page.
 */
function chartIdProblems(placed: readonly { file: string; component: PlacedComponent }[]): Problem[] {
  const seen = new Map<string, { where: string; spec: string }>();
  // Two placements are the same chart when they draw the same data the same way once
  // defaults are filled in; a different title alone does not make another chart (the
  // chart's own file and embed keep the first placement's title).
  const specKey = (attrs: Record<string, unknown>) => {
    const parsed = ChartSpecSchema.safeParse(attrs);
    return JSON.stringify(Object.entries(parsed.success ? parsed.data : attrs).filter(([k]) => k !== 'id' && k !== 'title').sort());
  };
  for (const chart of HOME_CHARTS) seen.set(chartSpecId(chart), { where: '首页', spec: specKey(chart) });
  const problems: Problem[] = [];
  for (const { file, component } of placed) {
    if (component.name !== 'Chart') continue;
    const id = chartSpecId(component.attributes as unknown as ChartSpec);
    const spec = specKey(component.attributes);
    const prior = seen.get(id);
    if ((component.attributes.id !== undefined && RESERVED_CHART_ID.test(id)) || (prior && prior.spec !== spec)) {
      problems.push({
        code: 'ARTICLE-CHART-ID',
        file,
        line: component.line,
        value: id,
        message: prior ? `图表地址“${id}”已被另一个不同的图表使用（${prior.where}）` : `图表地址“${id}”留给网站自己的图表（进展、地图）`,
        fix: '给这个图表加一个全站唯一的 id，如 id="forests-2024-bar"。',
      });
    } else if (!prior) {
      seen.set(id, { where: `${file}:${component.line}`, spec });
    }
  }
  return problems;
}

/** Every article under content/articles/, checked; files that are not `.mdx` are refused. */
export function validateArticles(root: string, catalog: Catalog): Problem[] {
  const dir = join(root, ARTICLES_DIR);
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).sort();
  const slugs = names.filter((n) => n.endsWith('.mdx')).map((n) => n.replace(/\.mdx$/, ''));
  const problems: Problem[] = [];
  const placed: { file: string; component: PlacedComponent }[] = [];
  for (const name of names) {
    const file = `${ARTICLES_DIR}/${name}`;
    if (!name.endsWith('.mdx')) {
      problems.push({ code: 'ARTICLE-SLUG', file, message: '文章文件夹里只能放 .mdx 文章', fix: name.endsWith('.md') ? `把文件改名为 ${name}x` : '图片放到 public/images/，其他文件不要放在这里。' });
      continue;
    }
    const source = readRepoText(root, file);
    if ('problem' in source) problems.push(source.problem);
    else problems.push(...validateArticleSource(root, source.text, file, catalog, slugs, (c) => placed.push({ file, component: c })));
  }
  return [...problems, ...chartIdProblems(placed)];
}
