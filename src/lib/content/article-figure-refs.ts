import { mdxToMdast, type MdastNode } from 'satteri';

/** A dataset (and, for `<Fact>` or a one-figure chart, a row key) an article shows figures from. */
export interface FigureRef {
  dataset: string;
  key?: string;
}

const FIGURE_COMPONENTS = new Set(['Fact', 'Chart']);

function collect(node: MdastNode, out: FigureRef[]): FigureRef[] {
  const n = node as MdastNode & { name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[]; children?: MdastNode[] };
  if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && FIGURE_COMPONENTS.has(n.name ?? '')) {
    const attr = (name: string) => n.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
    const dataset = attr('dataset');
    const key = attr('key');
    if (typeof dataset === 'string') out.push(typeof key === 'string' ? { dataset, key } : { dataset });
  }
  for (const child of n.children ?? []) collect(child, out);
  return out;
}

/**
 * The figures an article body shows through `<Fact>` and `<Chart>`, from the same MDX
 * parse the site's validation uses (articles reaching here are validated). A body
 * without either tag is not parsed.
 * @example articleFigureRefs('帮扶<Fact dataset="hardship-assistance" key="funds" />') // [{ dataset: 'hardship-assistance', key: 'funds' }]
 */
export function articleFigureRefs(body: string): FigureRef[] {
  if (!/<(Fact|Chart)\b/.test(body)) return [];
  return collect(mdxToMdast(body), []);
}
