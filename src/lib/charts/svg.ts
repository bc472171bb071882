import { escapeXml } from '../escape.ts';

export { escapeXml };

/** Rounds a coordinate so output is short and stable across platforms. */
export function r(n: number): number {
  return Math.round(n * 10) / 10;
}

export interface SvgFrame {
  /** Unique within a page: the ids of <title> and <desc> derive from it. */
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  body: string;
}

/**
 * A complete, self-contained SVG: role="img" with its title and description, a
 * viewBox so it scales to any width without layout shift, and colours from CSS
 * variables with fallbacks, so it follows dark mode on a page and stands alone as a file.
 */
export function svgDocument({ id, width, height, title, desc, body }: SvgFrame): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${escapeXml(id)}-title ${escapeXml(id)}-desc" class="chart-svg" font-family="system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif">`,
    `<title id="${escapeXml(id)}-title">${escapeXml(title)}</title>`,
    `<desc id="${escapeXml(id)}-desc">${escapeXml(desc)}</desc>`,
    body,
    '</svg>',
  ].join('');
}

/** Chart colours: AA contrast on both backgrounds, distinct in greyscale (bar vs track vs text). */
export const COLORS = {
  text: 'var(--chart-text, #1c1b1a)',
  muted: 'var(--chart-muted, #5b5650)',
  bar: 'var(--chart-bar, #a8201a)',
  track: 'var(--chart-track, #e7e2db)',
  grid: 'var(--chart-grid, #d6d0c8)',
  illustrative: 'var(--chart-alt, #1f5fbf)',
} as const;
