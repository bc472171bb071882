/**
 * The article guard: what an article may contain, checked on the very tree the build
 * renders into the page (the one parse, mdx-pipeline.ts). An article that breaks a rule
 * is never rendered: the build stops with the guard's Chinese report. `npm run validate`
 * reads the same parse, and checks the figures and links the guard found against the data.
 */
import { problemsToReport, type Problem } from '../problems.ts';
import { publishedTextProblems } from '../validation/published-text.ts';
import { ARTICLE_COMPONENTS } from './mdx-components.ts';
import { imageUrlVerdict, linkUrlVerdict } from './url-policy.ts';

/** A component as placed in an article: its name, line and (string) attributes. */
export interface PlacedComponent {
  name: keyof typeof ARTICLE_COMPONENTS;
  line: number;
  attributes: Record<string, string>;
}

/** An internal link or image, for the check that its target exists. */
export interface InternalLink {
  path: string;
  line: number;
  image: boolean;
}

/** A block of text as a reader reads it (paragraph, heading, table cell, code), with its line. */
export interface TextBlock {
  text: string;
  line: number;
}

/** What the guard found in one article: its problems, components, internal links and text. */
export interface ArticleInspection {
  problems: Problem[];
  components: PlacedComponent[];
  links: InternalLink[];
  /** The text a reader reads, block by block (for checks on what an article says, such as figures typed by hand). */
  texts: TextBlock[];
}

interface Node {
  type: string;
  children?: Node[];
  position?: { start: { line: number } };
  [key: string]: unknown;
}

/** Markdown that renders as text, lists, tables and links, and nothing that runs. */
const ALLOWED_NODES = new Set([
  'root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'text', 'emphasis', 'strong',
  'delete', 'inlineCode', 'code', 'break', 'link', 'image', 'linkReference', 'imageReference', 'definition',
  'footnoteDefinition', 'footnoteReference', 'table', 'tableRow', 'tableCell', 'mdxJsxFlowElement', 'mdxJsxTextElement',
]);

/** Nodes whose text a reader reads as one piece (a number split by emphasis is still one number). */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code']);

const CODE_FIX = '删除这段代码。正文中要显示花括号、尖括号时写成 \\{ \\} \\<。';

/** Properties of a node that are its own text (not structure or parser bookkeeping). */
const TEXT_PROPS = ['value', 'alt', 'title', 'url', 'lang', 'meta', 'label', 'name'] as const;

/** Concatenated text of a block as read: text, code, image alt text. */
function blockText(node: Node): string {
  if (typeof node.value === 'string' && node.type !== 'mdxJsxAttribute') return node.value;
  const own = typeof node.alt === 'string' ? node.alt : '';
  return own + (node.children ?? []).map(blockText).join('');
}

function componentProblems(node: Node, file: string, line: number, out: ArticleInspection): void {
  const name = node.name as string | null;
  if (name === null || !(name in ARTICLE_COMPONENTS)) {
    const isScript = name?.toLowerCase() === 'script';
    out.problems.push({
      file,
      code: isScript ? 'ARTICLE-SCRIPT' : name !== null && /^[a-z]/.test(name) ? 'ARTICLE-HTML' : 'ARTICLE-COMPONENT',
      line,
      value: name === null ? '<>' : `<${name}>`,
      message: isScript ? '文章里不能有 <script>：正文不能运行代码' : name !== null && /^[a-z]/.test(name) ? '文章里不能写 HTML 标签' : '文章里用了网站不认识的组件',
      expected: `可用的组件：${Object.keys(ARTICLE_COMPONENTS).join('、')}；其余一律用 Markdown 写`,
    });
    return;
  }
  const spec = ARTICLE_COMPONENTS[name as keyof typeof ARTICLE_COMPONENTS];
  const allowed: readonly string[] = [...spec.required, ...spec.optional];
  const attributes: Record<string, string> = {};
  let ok = true;
  for (const attr of (node.attributes ?? []) as { type: string; name?: string; value?: unknown }[]) {
    if (attr.type !== 'mdxJsxAttribute' || attr.name === undefined) {
      ok = false;
      out.problems.push({ code: 'ARTICLE-CODE', file, line, value: `{${String(attr.value)}}`, message: '组件上不能写 {…} 展开表达式：正文不能运行代码', fix: CODE_FIX });
      continue;
    }
    if (/^on/i.test(attr.name)) {
      ok = false;
      out.problems.push({ code: 'ARTICLE-EVENT-HANDLER', file, line, field: `${name}.${attr.name}`, message: '文章里不能有事件处理属性（如 onclick）：正文不能运行代码', fix: '删除这个属性。' });
    } else if (!allowed.includes(attr.name)) {
      ok = false;
      out.problems.push({ code: 'ARTICLE-ATTRIBUTE', file, line, field: `${name}.${attr.name}`, message: '组件没有这个属性', expected: `可用属性：${allowed.join('、') || '（无）'}` });
    } else if (typeof attr.value !== 'string') {
      ok = false;
      const shown = attr.value && typeof attr.value === 'object' && 'value' in attr.value ? `{${String(attr.value.value)}}` : '（没有值）';
      out.problems.push({ code: attr.value ? 'ARTICLE-CODE' : 'ARTICLE-ATTRIBUTE', file, line, field: `${name}.${attr.name}`, value: shown, message: '属性值要写成带引号的文字', expected: `${attr.name}="…"` });
    } else {
      attributes[attr.name] = attr.value;
    }
  }
  for (const required of spec.required) {
    if (!(required in attributes) && ok) {
      ok = false;
      out.problems.push({ code: 'ARTICLE-ATTRIBUTE', file, line, field: `${name}.${required}`, message: '缺少必填属性', expected: `<${name} ${spec.required.map((r) => `${r}="…"`).join(' ')} />` });
    }
  }
  if (ok) out.components.push({ name: name as PlacedComponent['name'], line, attributes });
}

function urlProblems(url: string, image: boolean, file: string, line: number, out: ArticleInspection): void {
  const verdict = image ? imageUrlVerdict(url) : linkUrlVerdict(url);
  if (verdict.kind === 'refused') {
    out.problems.push({ code: image ? 'ARTICLE-IMAGE' : 'ARTICLE-LINK', file, line, value: url, message: verdict.reason, fix: image ? '把图片放进 public/images/，写成 ![说明](/images/文件名.jpg)。' : '外部链接写完整的 https:// 地址；站内链接以 / 开头，如 /data/union-forests/。' });
  } else if (verdict.kind === 'internal' && !verdict.path.startsWith('#')) {
    out.links.push({ path: verdict.path, line, image });
  }
}

/**
 * One article's tree (as Sätteri parsed it, positions on) → problems, components and
 * internal links. Only allowed node types pass; every component is on the list with
 * string attributes only; links, images and reference definitions obey the URL policy;
 * every piece of text a reader sees passes the published-text checks.
 */
export function inspectArticleTree(root: Node, file: string): ArticleInspection {
  const out: ArticleInspection = { problems: [], components: [], links: [], texts: [] };
  // A reference definition is checked by the image policy when an image uses it.
  const imageRefs = new Set<string>();
  const collect = (node: Node) => {
    if (node.type === 'imageReference') imageRefs.add(String(node.identifier));
    for (const child of node.children ?? []) collect(child);
  };
  collect(root);

  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    if (!ALLOWED_NODES.has(node.type)) {
      const code = node.type === 'mdxjsEsm' || node.type.startsWith('mdx') ? 'ARTICLE-CODE' : 'ARTICLE-SYNTAX';
      out.problems.push(
        code === 'ARTICLE-CODE'
          ? { code, file, line, message: '文章里不能写 import、export 或 { } 表达式：正文不能运行代码', fix: CODE_FIX }
          : { code, file, line, value: node.type, message: '文章里用了网站不支持的写法', fix: '只用标题、段落、列表、表格、链接、图片、脚注和网站的组件。' },
      );
      return;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') componentProblems(node, file, line, out);
    if (node.type === 'link') urlProblems(String(node.url), false, file, line, out);
    if (node.type === 'image') urlProblems(String(node.url), true, file, line, out);
    if (node.type === 'definition') urlProblems(String(node.url), imageRefs.has(String(node.identifier)), file, line, out);
    for (const prop of TEXT_PROPS) {
      const value = node[prop];
      if (typeof value === 'string' && prop !== 'value' && prop !== 'alt') out.problems.push(...publishedTextProblems(value, { file, line, field: prop }));
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attr of (node.attributes ?? []) as { name?: string; value?: unknown }[]) {
        if (typeof attr.value === 'string') out.problems.push(...publishedTextProblems(attr.value, { file, line, field: `${String(node.name)}.${attr.name}` }));
      }
    }
    if (TEXT_BLOCKS.has(node.type)) {
      const text = blockText(node);
      out.texts.push({ text, line });
      out.problems.push(...publishedTextProblems(text, { file, line }));
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return out;
}

/**
 * The front matter as Astro parsed it, through the published-text checks, each problem
 * naming its field. A value reached twice (a YAML alias) is refused before anything
 * walks or serialises it, so a few lines cannot expand into gigabytes.
 */
export function frontMatterProblems(frontmatter: unknown, file: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, path: string[]) => {
    const field = path.join('.') || undefined;
    if (typeof value === 'string') {
      problems.push(...publishedTextProblems(value, { file, ...(field ? { field } : {}) }));
    } else if (value && typeof value === 'object') {
      if (seen.has(value)) {
        problems.push({ code: 'YAML-ALIAS', file, ...(field ? { field } : {}), message: 'YAML 引用（& 锚点和 * 别名）不能使用', fix: '把引用的内容直接写出来。' });
        return;
      }
      seen.add(value);
      for (const [key, child] of Object.entries(value)) {
        problems.push(...publishedTextProblems(key, { file, field: [...path, key].join('.') }));
        walk(child, [...path, key]);
      }
    }
  };
  walk(frontmatter, []);
  return problems;
}

/** The guard's refusal: the build stops with the Chinese report; validate reads the problems. */
export class ArticleGuardError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`文章未通过检查，不会发布：\n\n${problemsToReport(problems)}`);
    this.name = 'ArticleGuardError';
    this.problems = problems;
  }
}
