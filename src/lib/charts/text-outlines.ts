/**
 * A chart's `<text>` as glyph outlines (fonts.ts), so its PNG — and a share card that shows
 * it — is drawn without the rasteriser opening a font (~600 ms of CPU a chart on a 2-core
 * runner, most of a chart PNG's cost).
 *
 * Only the text the site's charts write is converted: a `<text>` with an attribute, an entity
 * or markup this module does not know, or with a character the font lacks, is left as it is
 * and the rasteriser draws it with the system's fonts. An unfamiliar chart is drawn slower,
 * never wrong.
 */
import type { GlyphFont, Weight } from './fonts.ts';

type Attributes = Map<string, string>;

/** One stretch of text in one font size, weight and colour, on one baseline. */
interface Run {
  text: string;
  size: number;
  weight: Weight;
  fill?: string;
  y: number;
}

/** SVG's text chunk: runs laid out from one absolute x, which text-anchor aligns as a whole. */
interface Chunk {
  x: number;
  runs: Run[];
}

const TEXT = /<text\b([^>]*)>([\s\S]*?)<\/text>/g;
/** Inside a <text>: a text node, or a <tspan> holding only text. */
const PART = /<tspan\b([^>]*)>([^<]*)<\/tspan>|([^<]+)/y;
const ATTRIBUTE = /\s+([a-z][a-z-]*)="([^"]*)"/y;
const NUMBER = /^-?\d+(\.\d+)?$/;
/** Drawn by the group that replaces the <text>; class and data-* only name it for the page's CSS and scripts. */
const PASSED_ON = new Set(['fill', 'stroke', 'stroke-width', 'paint-order']);
const TEXT_ATTRIBUTES = new Set(['x', 'y', 'font-size', 'font-weight', 'text-anchor', 'class', ...PASSED_ON]);
const onText = (name: string) => TEXT_ATTRIBUTES.has(name) || name.startsWith('data-');
const TSPAN_ATTRIBUTES = new Set(['x', 'dy', 'font-size', 'font-weight', 'fill']);
const onTspan = (name: string) => TSPAN_ATTRIBUTES.has(name);
const ANCHOR: Record<string, number> = { start: 0, middle: 0.5, end: 1 };
const WEIGHT: Record<string, Weight> = { '400': 'regular', normal: 'regular', '700': 'bold', bold: 'bold' };
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The attributes of a start tag, or undefined when one is not `name="value"` or not `allowed`. */
function attributes(source: string, allowed: (name: string) => boolean): Attributes | undefined {
  const found: Attributes = new Map();
  let end = 0;
  for (;;) {
    ATTRIBUTE.lastIndex = end;
    const match = ATTRIBUTE.exec(source);
    if (!match) break;
    const [, name, value] = match as unknown as [string, string, string];
    if (!allowed(name)) return undefined;
    found.set(name, value);
    end = ATTRIBUTE.lastIndex;
  }
  return source.slice(end).trim() === '' ? found : undefined;
}

/** Character data with XML's entities decoded, or undefined for an entity XML does not define. */
function decode(text: string): string | undefined {
  let unknown = false;
  const decoded = text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);?/g, (entity, body: string) => {
    const code = body.startsWith('#x') ? parseInt(body.slice(2), 16) : body.startsWith('#') ? Number(body.slice(1)) : undefined;
    const value = code === undefined ? NAMED[body] : code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
    if (value === undefined || !entity.endsWith(';')) unknown = true;
    return value ?? '';
  });
  return unknown ? undefined : decoded;
}

const number = (value: string | undefined): number | undefined => (value !== undefined && NUMBER.test(value) ? Number(value) : undefined);

/** Spaces as SVG lays them out by default: each run of white space is one space; none at either end. */
function collapseSpaces(chunks: Chunk[]): void {
  const runs = chunks.flatMap((c) => c.runs);
  let afterSpace = true;
  for (const run of runs) {
    run.text = run.text.replace(/\s+/g, ' ');
    if (afterSpace) run.text = run.text.replace(/^ /, '');
    if (run.text !== '') afterSpace = run.text.endsWith(' ');
  }
  const last = runs.findLast((r) => r.text !== '');
  if (last) last.text = last.text.replace(/ $/, '');
}

/** A <text> element's chunks and what its group keeps, or undefined when it is not one this module draws. */
function layout(attributeSource: string, content: string): { chunks: Chunk[]; group: Attributes; anchor: number } | undefined {
  const own = attributes(attributeSource, onText);
  if (!own) return undefined;
  const [x, y, size] = [number(own.get('x')), number(own.get('y')), number(own.get('font-size'))];
  const weight = WEIGHT[own.get('font-weight') ?? 'normal'];
  const anchor = ANCHOR[own.get('text-anchor') ?? 'start'];
  if (x === undefined || y === undefined || size === undefined || !weight || anchor === undefined) return undefined;

  const chunks: Chunk[] = [{ x, runs: [] }];
  let baseline = y;
  PART.lastIndex = 0;
  while (PART.lastIndex < content.length) {
    const part = PART.exec(content);
    if (!part) return undefined;
    const [, tspanSource, tspanText, plain] = part;
    if (plain !== undefined) {
      const text = decode(plain);
      if (text === undefined) return undefined;
      chunks.at(-1)!.runs.push({ text, size, weight, y: baseline });
      continue;
    }
    const span = attributes(tspanSource!, onTspan);
    const text = decode(tspanText!);
    if (!span || text === undefined) return undefined;
    const [spanX, dy, spanSize] = [number(span.get('x')), number(span.get('dy') ?? '0'), number(span.get('font-size') ?? String(size))];
    const spanWeight = WEIGHT[span.get('font-weight') ?? own.get('font-weight') ?? 'normal'];
    if ((span.has('x') && spanX === undefined) || dy === undefined || spanSize === undefined || !spanWeight) return undefined;
    baseline += dy;
    if (spanX !== undefined) chunks.push({ x: spanX, runs: [] });
    chunks.at(-1)!.runs.push({ text, size: spanSize, weight: spanWeight, fill: span.get('fill'), y: baseline });
  }
  collapseSpaces(chunks);
  const group: Attributes = new Map([...own].filter(([name]) => PASSED_ON.has(name)));
  return { chunks, group, anchor };
}

const attributeText = (attributes: Attributes) => [...attributes].map(([name, value]) => ` ${name}="${value}"`).join('');

/** One <text> as a group of glyph paths, or undefined to leave it as text. */
function outline(attributeSource: string, content: string, font: GlyphFont): string | undefined {
  const laid = layout(attributeSource, content);
  if (!laid) return undefined;
  let paths = '';
  for (const chunk of laid.chunks) {
    const measured = chunk.runs.map((run) => ({ run, glyphs: font.run(run.text, run.weight, run.size) }));
    if (measured.some(({ glyphs }) => !glyphs.complete)) return undefined;
    let pen = chunk.x - laid.anchor * measured.reduce((sum, { glyphs }) => sum + glyphs.width, 0);
    for (const { run, glyphs } of measured) {
      const drawn = glyphs.toPath(pen, run.y);
      paths += run.fill === undefined ? drawn : `<g fill="${run.fill}">${drawn}</g>`;
      pen += glyphs.width;
    }
  }
  return `<g${attributeText(laid.group)}>${paths}</g>`;
}

/**
 * The SVG with every `<text>` it can draw replaced by the glyph outlines of `font`, laid out as
 * SVG lays out text: x and y, font-size and font-weight (400/700), text-anchor for each text
 * chunk, `<tspan>`s with their own x, dy, size, weight and fill; fill, stroke, stroke-width and
 * paint-order carried over. Any other `<text>` is kept as it is.
 * @example textToOutlines('<text x="0" y="16" font-size="14">目标</text>', font) // '<g><path transform="translate(0 16) …" d="…"/>…</g>'
 */
export function textToOutlines(svg: string, font: GlyphFont): string {
  return svg.replace(TEXT, (element, attributeSource: string, content: string) => outline(attributeSource, content, font) ?? element);
}
