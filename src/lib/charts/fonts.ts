/**
 * Text as glyph outlines, for share cards and chart PNGs: the SVG handed to the rasteriser
 * carries paths, not <text>, so it never searches or parses fonts (that was ~85 % of a card's
 * cost, 140 ms → ~20 ms, and ~97 % of a chart PNG's, ~600 ms → ~20 ms).
 * Fonts are Noto Sans CJK SC, regular and bold, as Debian's fonts-noto-cjk installs them
 * (scripts/ensure-fonts.ts puts them there before a build).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

export type Weight = 'regular' | 'bold';

const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts', `${process.env.HOME ?? ''}/.local/share/fonts`];
/** A collection (Debian, Ubuntu) or the single-language OTF (other distributions). */
const FILE = { regular: /^NotoSansCJK(sc)?-Regular\.(ttc|otf)$/i, bold: /^NotoSansCJK(sc)?-Bold\.(ttc|otf)$/i };

function findFile(pattern: RegExp, dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    const found = entry.isDirectory() ? findFile(pattern, full) : pattern.test(entry.name) ? full : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The font files cards and chart PNGs are drawn with; their names and sizes go into the card cache key. */
export function cjkFontFiles(): Record<Weight, string> {
  const find = (w: Weight) => FONT_DIRS.map((d) => findFile(FILE[w], d)).find(Boolean);
  const regular = find('regular');
  if (!regular) throw new Error('分享卡片和图表 PNG 需要中文字体 Noto Sans CJK：请安装 fonts-noto-cjk（sudo apt-get install -y fonts-noto-cjk）。');
  return { regular, bold: find('bold') ?? regular };
}

/** What the cache key must change with: the font files, by path and size. */
export function fontIdentity(files: Record<Weight, string>): string {
  return Object.values(files).map((f) => `${f}:${statSync(f).size}`).join('|');
}

/** A line of text set in one font at one size: its width and its outlines placed at (x, baseline y). */
export interface TextRun {
  width: number;
  /** false when the font has no glyph for some character (it would be drawn as an empty box). */
  complete: boolean;
  toPath(x: number, y: number): string;
}

export interface GlyphFont {
  run(text: string, weight: Weight, size: number): TextRun;
}

/**
 * Loads the two faces once. Glyphs are looked up by character (cmap), without shaping:
 * Chinese needs none, and shaping costs 11 ms a line against 0.07 ms. Each glyph's outline
 * is converted to path data once and reused.
 */
export function loadGlyphFont(files: Record<Weight, string>): GlyphFont {
  const open = (file: string, name: string) => {
    const opened = file.endsWith('.ttc') ? fontkit.openSync(file, name) : fontkit.openSync(file);
    if (!('glyphsForString' in opened)) throw new Error(`${file}: no face ${name}`);
    return opened;
  };
  const faces = { regular: open(files.regular, 'NotoSansCJKsc-Regular'), bold: open(files.bold, 'NotoSansCJKsc-Bold') };
  const outlines = new Map<string, string>();
  return {
    run(text, weight, size) {
      const face = faces[weight];
      const scale = size / face.unitsPerEm;
      const glyphs = face.glyphsForString(text);
      const width = glyphs.reduce((sum, g) => sum + g.advanceWidth, 0) * scale;
      return {
        width,
        complete: glyphs.every((g) => g.id !== 0),
        toPath(x, y) {
          let pen = 0;
          let d = '';
          for (const glyph of glyphs) {
            const key = `${weight}:${glyph.id}`;
            let outline = outlines.get(key);
            if (outline === undefined) {
              outline = glyph.path.toSVG();
              outlines.set(key, outline);
            }
            if (outline) d += `<path transform="translate(${round(x + pen * scale)} ${round(y)}) scale(${round(scale, 5)} ${round(-scale, 5)})" d="${outline}"/>`;
            pen += glyph.advanceWidth;
          }
          return d;
        },
      };
    },
  };
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
