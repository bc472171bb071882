import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToMdast, type MdastNode } from 'satteri';
import { renderChart, type ChartSpec } from '../charts/spec.ts';
import { findFigure } from '../datasets/figures.ts';
import { COUNTIES } from '../map/counties.ts';
import type { Catalog } from '../datasets/load.ts';
import type { Problem } from '../problems.ts';
import { indexedTextProblems } from '../search/index-limits.ts';
import { yamlToValue } from '../validation/yaml-doc.ts';
import { articleSchema } from './article-schema.ts';
import { splitFrontMatter } from './front-matter.ts';
import { ARTICLE_COMPONENTS } from './mdx-components.ts';
import { internalLinkError } from './internal-links.ts';
import { findPersonalData, personalDataProblem } from '../validation/personal-data.ts';

export const ARTICLES_DIR = 'content/articles';

interface JsxElement {
  name: string | null;
  line: number;
  attributes: Map<string, string | { expression: string }>;
}

function jsxElements(node: MdastNode, lineOffset: number, out: JsxElement[] = []): JsxElement[] {
  const n = node as MdastNode & { name?: string | null; attributes?: unknown[]; children?: MdastNode[] };
  if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
    const attributes = new Map<string, string | { expression: string }>();
    for (const attr of (n.attributes ?? []) as { type: string; name?: string; value?: unknown }[]) {
      if (attr.type !== 'mdxJsxAttribute' || attr.name === undefined) continue;
      const value = attr.value as string | { value: string } | null | undefined;
      attributes.set(attr.name, typeof value === 'string' ? value : { expression: value?.value ?? '' });
    }
    out.push({ name: n.name ?? null, line: (n.position?.start.line ?? 1) + lineOffset, attributes });
  }
  for (const child of n.children ?? []) jsxElements(child, lineOffset, out);
  return out;
}

const CODE_NODES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** Lines of ESM statements and `{…}` expressions: code that would run at build time. */
function codeNodeLines(node: MdastNode, lineOffset: number, out: number[] = []): number[] {
  const n = node as MdastNode & { children?: MdastNode[] };
  if (CODE_NODES.has(n.type)) out.push((n.position?.start.line ?? 1) + lineOffset);
  for (const child of n.children ?? []) codeNodeLines(child, lineOffset, out);
  return out;
}

/** Components and their attributes, checked against ARTICLE_COMPONENTS and the data. */
function componentProblems(el: JsxElement, file: string, catalog: Catalog): Problem[] {
  if (el.name?.toLowerCase() === 'script') {
    return [{ code: 'ARTICLE-SCRIPT', file, line: el.line, value: '<script>', message: '文章里不能有 <script>：正文不能运行代码', fix: '删除这段脚本。需要图表或地图时，用 <Chart> 或 <ForestMap>。' }];
  }
  const handlers = [...el.attributes.keys()].filter((name) => /^on/i.test(name));
  if (handlers.length > 0) {
    return [{ code: 'ARTICLE-EVENT-HANDLER', file, line: el.line, value: handlers.join('、'), message: '文章里不能有事件处理属性（如 onclick）：正文不能运行代码', fix: '删除这些属性。' }];
  }
  const spec = el.name === null ? undefined : ARTICLE_COMPONENTS[el.name as keyof typeof ARTICLE_COMPONENTS];
  if (!spec) {
    return [{ code: 'ARTICLE-COMPONENT', file, line: el.line, value: el.name ?? '<>', message: '文章里用了网站不认识的组件', expected: `可用的组件：${Object.keys(ARTICLE_COMPONENTS).join('、')}` }];
  }
  const problems: Problem[] = [];
  const allowed: readonly string[] = [...spec.required, ...spec.optional];
  for (const [name, value] of el.attributes) {
    if (!allowed.includes(name)) {
      problems.push({ code: 'ARTICLE-ATTRIBUTE', file, line: el.line, field: `${el.name}.${name}`, message: '组件没有这个属性', expected: `可用属性：${allowed.join('、')}` });
    } else if (typeof value !== 'string') {
      problems.push({ code: 'ARTICLE-ATTRIBUTE', file, line: el.line, field: `${el.name}.${name}`, value: `{${value.expression}}`, message: '属性值要写成带引号的文字', expected: `${name}="…"` });
    }
  }
  for (const name of spec.required) {
    if (!el.attributes.has(name)) {
      problems.push({ code: 'ARTICLE-ATTRIBUTE', file, line: el.line, field: `${el.name}.${name}`, message: '缺少必填属性', expected: `<${el.name} ${spec.required.map((r) => `${r}="…"`).join(' ')} />` });
    }
  }
  const attrs = Object.fromEntries([...el.attributes].map(([k, v]) => [k, typeof v === 'string' ? v : '']));
  const value = [...el.attributes].map(([k, v]) => `${k}="${typeof v === 'string' ? v : ''}"`).join(' ');
  if (problems.length === 0 && el.name === 'ForestMap' && attrs.county !== undefined && !COUNTIES.some((c) => String(c.adcode) === attrs.county)) {
    problems.push({ code: 'ARTICLE-MAP', file, line: el.line, value, message: '没有这个县区代码', expected: COUNTIES.map((c) => `${c.adcode}（${c.name}）`).join('、') });
  }
  const dataset = el.attributes.get('dataset');
  if (problems.length > 0 || typeof dataset !== 'string' || catalog.failed.includes(dataset)) return problems;
  if (el.name === 'Fact') {
    const found = findFigure(catalog, dataset, attrs.key ?? '');
    if ('error' in found) problems.push({ code: 'ARTICLE-FACT', file, line: el.line, value, message: found.error });
  } else if (el.name === 'Chart') {
    const chart = renderChart(catalog, attrs as ChartSpec);
    if ('error' in chart) problems.push({ code: 'ARTICLE-CHART', file, line: el.line, value, message: chart.error });
  }
  return problems;
}

/** `L:C: message` from the MDX parser → line number and the message. */
function mdxErrorToProblem(err: unknown, file: string, lineOffset: number): Problem {
  const text = err instanceof Error ? err.message : String(err);
  const match = /^(\d+):(\d+):\s*(.*)$/s.exec(text);
  const problem: Problem = {
    code: 'ARTICLE-MDX',
    file,
    message: `MDX 语法错误：${match?.[3] ?? text}`,
    fix: '检查组件标签是否写完整（如 <Fact dataset="…" key="…" />），正文中的 { } < 要写成 \\{ \\} \\<。',
  };
  if (match) problem.line = Number(match[1]) + lineOffset;
  return problem;
}

interface LinkNode {
  url: string;
  line: number;
  image: boolean;
}

function linkNodes(node: MdastNode, lineOffset: number, out: LinkNode[] = []): LinkNode[] {
  const n = node as MdastNode & { url?: string; children?: MdastNode[] };
  if ((n.type === 'link' || n.type === 'image') && typeof n.url === 'string') {
    out.push({ url: n.url, line: (n.position?.start.line ?? 1) + lineOffset, image: n.type === 'image' });
  }
  for (const child of n.children ?? []) linkNodes(child, lineOffset, out);
  return out;
}

/** Internal links and images must point at something the site has. */
function linkProblems(links: LinkNode[], file: string, catalog: Catalog, articleSlugs: readonly string[]): Problem[] {
  return links.flatMap(({ url, line, image }): Problem[] => {
    if (/^(https?:|mailto:)/.test(url) || url.startsWith('#')) return [];
    const error = image ? '文章图片须放在 public/ 下并用 /… 引用（目前没有这张图）' : internalLinkError(url, catalog, articleSlugs);
    if (error === undefined) return [];
    return [{ code: 'ARTICLE-LINK', file, line, value: url, message: `站内链接失效：${error}`, fix: '站内链接写成以 / 开头、以 / 结尾的地址，如 /articles/union-forests/、/data/union-forests/。' }];
  });
}

/** Checks one article file: name, front matter, MDX syntax, components, links and the facts they cite. */
export function validateArticleSource(source: string, file: string, catalog: Catalog, articleSlugs: readonly string[] = []): Problem[] {
  const problems: Problem[] = [];
  const name = file.split('/').at(-1) ?? file;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/.test(name)) {
    problems.push({ code: 'ARTICLE-SLUG', file, value: name, message: '文件名会成为网址，只能用小写英文字母、数字和连字符', expected: '如 union-forests.mdx' });
  }
  source.split('\n').forEach((text, i) => {
    for (const hit of findPersonalData(text)) problems.push(personalDataProblem(hit, file, i + 1));
  });
  problems.push(...indexedTextProblems(source, file, { article: true }));
  const split = splitFrontMatter(source);
  if (!split) {
    problems.push({ code: 'ARTICLE-FRONTMATTER', file, line: 1, message: '文件开头缺少 front matter（用 --- 包围的 title、date 等）', fix: '参照编辑指南，在文件第一行写 ---，填好各字段，再写一行 ---。' });
    return problems;
  }
  const schema = articleSchema([...catalog.datasets.map((d) => d.id), ...catalog.failed]);
  problems.push(...yamlToValue(split.frontMatter, file, schema, 'ARTICLE-FRONTMATTER', 1).problems);
  const lineOffset = split.bodyLine - 1;
  try {
    const tree = mdxToMdast(split.body);
    for (const el of jsxElements(tree, lineOffset)) problems.push(...componentProblems(el, file, catalog));
    problems.push(...linkProblems(linkNodes(tree, lineOffset), file, catalog, articleSlugs));
    for (const line of codeNodeLines(tree, lineOffset)) {
      problems.push({ code: 'ARTICLE-CODE', file, line, message: '文章里不能写 import、export 或 { } 表达式：正文不能运行代码', fix: '删除这段代码；正文中要显示花括号时写成 \\{ 和 \\}。' });
    }
  } catch (err) {
    problems.push(mdxErrorToProblem(err, file, lineOffset));
  }
  return problems;
}

/** Every article under content/articles/, checked. */
export function validateArticles(root: string, catalog: Catalog): Problem[] {
  const dir = join(root, ARTICLES_DIR);
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).filter((name) => name.endsWith('.mdx') || name.endsWith('.md')).sort();
  const slugs = names.filter((n) => n.endsWith('.mdx')).map((n) => n.replace(/\.mdx$/, ''));
  return names.flatMap((name) => {
      const file = `${ARTICLES_DIR}/${name}`;
      if (name.endsWith('.md')) {
        return [{ code: 'ARTICLE-SLUG', file, message: '文章要用 .mdx 扩展名', fix: `把文件改名为 ${name}x` }];
      }
      return validateArticleSource(readFileSync(join(dir, name), 'utf8'), file, catalog, slugs);
    });
}

/**
 * The charts and maps an article body places, in order (for embed pages and files):
 * `<Chart>` specs, and the county of each `<ForestMap>` (undefined: the whole city).
 * A body without either tag is not parsed at all.
 */
export function articleFigures(body: string): { charts: ChartSpec[]; maps: (number | undefined)[] } {
  if (!/<(Chart|ForestMap)\b/.test(body)) return { charts: [], maps: [] };
  const elements = jsxElements(mdxToMdast(body), 0);
  const attrs = (el: JsxElement) => Object.fromEntries([...el.attributes].map(([k, v]) => [k, typeof v === 'string' ? v : '']));
  return {
    charts: elements.filter((el) => el.name === 'Chart').map((el) => attrs(el) as ChartSpec),
    maps: elements.filter((el) => el.name === 'ForestMap').map((el) => (attrs(el).county === undefined ? undefined : Number(attrs(el).county))),
  };
}
