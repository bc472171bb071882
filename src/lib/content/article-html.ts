/**
 * An article's parsed tree (mdx-pipeline.ts) → its body as HTML, in parts: runs of HTML
 * between the site's components, and each component with its attributes, in reading
 * order. The article page writes the HTML runs as they are and renders each component
 * with the site's own Astro component, so a `<Fact>` inside a sentence stays inside it.
 *
 * Markdown becomes HTML through mdast-util-to-hast and hast-util-to-html, with headings
 * given ids as Astro gives them (github-slugger over the heading's text; an id already there is kept). Nothing an editor
 * writes reaches the page unescaped: raw HTML is dropped (the guard has refused it
 * already), and the only raw markup in the tree is the markers this module puts where
 * components go. Text that looks like a marker is escaped (`&#x3C;!--`), so it cannot
 * split the body.
 */
import Slugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast, type Handler } from 'mdast-util-to-hast';
import type { ArticleComponentName } from './mdx-components.ts';

/** A component as the page renders it: the site component's name and its string attributes. */
export interface BodyComponent {
  name: ArticleComponentName;
  attributes: Record<string, string>;
}

/** The body in reading order: HTML (possibly opening or closing elements around a component) and components. */
export type BodyPart = string | BodyComponent;

const MARKER = /<!--zq-component:(\d+)-->/;

/** Text of an element as a reader reads it (the heading's slug source). */
function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => textOf(c as ElementContent)).join('') : '';
}

function addHeadingIds(node: HastRoot | Element, slugger: Slugger): void {
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'element') continue;
    // A heading that has an id keeps it (the footnotes' label, which aria-describedby names).
    if (/^h[1-6]$/.test(child.tagName)) child.properties.id ??= slugger.slug(textOf(child));
    else addHeadingIds(child, slugger);
  }
}

/**
 * The body of an article as parts. `tree` must be one the guard accepted: every MDX
 * element in it is a site component with string attributes.
 */
export function articleBodyParts(tree: Root): BodyPart[] {
  const components: BodyComponent[] = [];
  const component: Handler = (_state, node: { name: string | null; attributes: { type: string; name?: string; value?: unknown }[] }) => {
    const attributes: Record<string, string> = {};
    for (const attr of node.attributes) if (attr.type === 'mdxJsxAttribute' && attr.name !== undefined && typeof attr.value === 'string') attributes[attr.name] = attr.value;
    components.push({ name: node.name as ArticleComponentName, attributes });
    return { type: 'raw', value: `<!--zq-component:${components.length - 1}-->` } as unknown as Element;
  };
  const hast = toHast(tree, {
    handlers: { mdxJsxFlowElement: component, mdxJsxTextElement: component },
    footnoteLabel: '脚注',
    footnoteBackLabel: (reference, rereference) => `返回正文中脚注 ${reference + 1}${rereference > 1 ? ` 的第 ${rereference} 处引用` : ' 的引用'}`,
  }) as HastRoot;
  addHeadingIds(hast, new Slugger());
  const html = toHtml(hast, { allowDangerousHtml: true });
  const pieces = html.split(MARKER);
  const parts: BodyPart[] = [];
  pieces.forEach((piece, i) => {
    if (i % 2 === 1) parts.push(components[Number(piece)]!);
    else if (piece !== '') parts.push(piece);
  });
  return parts;
}
