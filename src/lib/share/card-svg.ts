/**
 * A share card (Open Graph / Twitter image) as SVG: 1200 × 630, the size Facebook, X,
 * LinkedIn, WeChat and Weibo all show uncropped. Text is drawn as outlines (fonts.ts).
 */
import { resolveCssVariables } from '../charts/png.ts';
import type { GlyphFont, Weight } from '../charts/fonts.ts';
import { textToOutlines } from '../charts/text-outlines.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What one card shows. Exactly one of figure, text and chartSvg is usually given. */
export interface ShareCard {
  /** The line above the title: what the page is ("文章 · 故事", "数据集"). */
  kicker: string;
  title: string;
  /** A headline figure: the value as the source worded it ("近3000万元") and what it counts, with its period. */
  figure?: { value: string; caption: string };
  /** A paragraph, for cards without a figure. */
  text?: string;
  /** A chart of the page, drawn on the right. */
  chartSvg?: string;
  /** The site's name and host, in the footer. */
  site: string;
  host: string;
}

const COLOR = { paper: '#fbfaf8', text: '#1c1b1a', muted: '#5b5650', accent: '#a8201a', line: '#e2ddd6' };
const LEFT = 72;
const RIGHT = CARD_WIDTH - 72;
const FOOTER_RULE = 540;

/** Never at the start of a line / never at the end (Chinese line-breaking rules, simplified). */
const NO_START = /^[，。、；：？！）」』”’》〉…%,.;:?!)\]]/;
const NO_END = /[（「『“‘《〈(\[]$/;
/** Latin words and numbers stay whole; every other character may break. */
const TOKENS = /[A-Za-z0-9][A-Za-z0-9.,:%'’\-/]*|\s+|./gsu;

/**
 * Lines of at most `width`, at most `maxLines`; a longer text ends in "…".
 * @example wrapText(font, '工会林是什么：劳模林、工匠林和先锋林', 'bold', 56, 500, 3) // ['工会林是什么：劳模', '林、工匠林和先锋林']
 */
export function wrapText(font: GlyphFont, text: string, weight: Weight, size: number, width: number, maxLines: number): string[] {
  const measure = (s: string) => font.run(s, weight, size).width;
  const lines: string[] = [];
  let line = '';
  for (const token of text.replace(/\s+/g, ' ').trim().match(TOKENS) ?? []) {
    if (line === '' && token === ' ') continue;
    if (measure(line + token) <= width || line === '') {
      line += token;
      continue;
    }
    // Punctuation that may not open a line takes the character before it along; one that may not close a line moves on.
    const carried = NO_START.test(token) && [...line].length > 1 ? [...line].at(-1)! : NO_END.test(line) ? line.slice(-1) : '';
    lines.push(line.slice(0, line.length - carried.length).trimEnd());
    line = carried + (token === ' ' ? '' : token);
  }
  if (line) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  let last = lines[maxLines - 1]!;
  while (last && measure(`${last}…`) > width) last = [...last].slice(0, -1).join('');
  return [...lines.slice(0, maxLines - 1), `${last}…`];
}

/** A chart's own SVG, scaled into a box; CSS variables take their light colours and text is outlined, as in the chart PNGs. */
function chartInBox(svg: string, font: GlyphFont, x: number, y: number, width: number, height: number): string {
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  const inner = /^<svg[^>]*>([\s\S]*)<\/svg>\s*$/.exec(svg.trim());
  if (!viewBox || !inner) throw new Error('分享卡片：图表 SVG 没有 viewBox');
  const [w, h] = [Number(viewBox[1]), Number(viewBox[2])];
  const scale = Math.min(width / w, height / h);
  const left = x + (width - w * scale) / 2;
  const top = y + (height - h * scale) / 2;
  return `<g transform="translate(${left.toFixed(1)} ${top.toFixed(1)}) scale(${scale.toFixed(4)})" font-family="Noto Sans CJK SC">${textToOutlines(resolveCssVariables(inner[1]!), font)}</g>`;
}

/** The card as a complete SVG document. */
export function shareCardToSvg(card: ShareCard, font: GlyphFont): string {
  const parts: string[] = [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOR.paper}"/>`,
    `<rect width="${CARD_WIDTH}" height="14" fill="${COLOR.accent}"/>`,
  ];
  const text = (s: string, weight: Weight, size: number, x: number, y: number, fill: string) =>
    parts.push(`<g fill="${fill}">${font.run(s, weight, size).toPath(x, y)}</g>`);
  const columnRight = card.chartSvg ? 600 : RIGHT;
  const width = columnRight - LEFT;

  text(wrapText(font, card.kicker, 'regular', 28, RIGHT - LEFT, 1)[0] ?? '', 'regular', 28, LEFT, 96, COLOR.muted);
  const titleSize = card.chartSvg ? 50 : 56;
  let y = 96 + 24;
  for (const line of wrapText(font, card.title, 'bold', titleSize, width, card.figure ? 2 : card.chartSvg ? 5 : 3)) {
    y += titleSize * 1.3;
    text(line, 'bold', titleSize, LEFT, y, COLOR.text);
  }
  if (card.figure) {
    const natural = font.run(card.figure.value, 'bold', 120).width;
    const size = Math.min(120, Math.floor((120 * width) / natural));
    y += 40 + size;
    text(card.figure.value, 'bold', size, LEFT, y, COLOR.accent);
    y += 16;
    for (const line of wrapText(font, card.figure.caption, 'regular', 32, width, 2)) {
      y += 32 * 1.4;
      text(line, 'regular', 32, LEFT, y, COLOR.muted);
    }
  } else if (card.text) {
    y += 20;
    const lines = Math.max(1, Math.floor((FOOTER_RULE - 30 - y) / (34 * 1.5)));
    for (const line of wrapText(font, card.text, 'regular', 34, width, Math.min(lines, 4))) {
      y += 34 * 1.5;
      text(line, 'regular', 34, LEFT, y, COLOR.muted);
    }
  }
  if (card.chartSvg) parts.push(chartInBox(card.chartSvg, font, 640, 40, RIGHT - 640, FOOTER_RULE - 60));

  parts.push(`<rect x="${LEFT}" y="${FOOTER_RULE}" width="${RIGHT - LEFT}" height="2" fill="${COLOR.line}"/>`);
  text(card.site, 'bold', 30, LEFT, 596, COLOR.accent);
  const host = font.run(card.host, 'regular', 26);
  parts.push(`<g fill="${COLOR.muted}">${host.toPath(RIGHT - host.width, 596)}</g>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">${parts.join('')}</svg>`;
}
