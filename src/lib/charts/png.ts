import { renderAsync } from '@resvg/resvg-js';

/** CSS custom properties are for pages (dark mode); a PNG takes each one's light fallback. */
export function resolveCssVariables(svg: string): string {
  return svg.replace(/var\(--[\w-]+,\s*(#[0-9a-fA-F]{3,8})\)/g, '$1');
}

/**
 * A chart's SVG as a PNG `width` pixels wide on white, for readers who need an image
 * file. Chinese text is drawn with the system's CJK font (Noto Sans CJK, installed by
 * scripts/ensure-fonts.ts when missing).
 */
export async function svgToPng(svg: string, width = 720): Promise<Uint8Array<ArrayBuffer>> {
  // Drawn off the main thread, so the build renders other pages meanwhile.
  const image = await renderAsync(resolveCssVariables(svg), {
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' },
  });
  return new Uint8Array(image.asPng());
}
