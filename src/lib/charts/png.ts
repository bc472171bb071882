import { renderAsync } from '@resvg/resvg-js';
import { cjkFontFiles, loadGlyphFont, type GlyphFont } from './fonts.ts';
import { textToOutlines } from './text-outlines.ts';

/** CSS custom properties are for pages (dark mode); a PNG takes each one's light fallback. */
export function resolveCssVariables(svg: string): string {
  return svg.replace(/var\(--[\w-]+,\s*(#[0-9a-fA-F]{3,8})\)/g, '$1');
}

/** Opened on the first chart PNG of a build, then shared by all of them. */
let glyphFont: GlyphFont | undefined;

/**
 * A chart's SVG as a PNG `width` pixels wide on white, for readers who need an image file.
 * Chinese text is drawn in Noto Sans CJK SC (installed by scripts/ensure-fonts.ts when
 * missing), as glyph outlines (text-outlines.ts); text those cannot take is drawn by the
 * rasteriser with the system's fonts.
 */
export async function svgToPng(svg: string, width = 720): Promise<Uint8Array<ArrayBuffer>> {
  glyphFont ??= loadGlyphFont(cjkFontFiles());
  const outlined = textToOutlines(resolveCssVariables(svg), glyphFont);
  // Opening the fonts is most of a PNG's cost: only when some text is still text.
  const font = outlined.includes('<text') ? { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' } : { loadSystemFonts: false };
  // Drawn off the main thread, so the build renders other pages meanwhile.
  const image = await renderAsync(outlined, { fitTo: { mode: 'width', value: width }, background: '#ffffff', font });
  return new Uint8Array(image.asPng());
}
