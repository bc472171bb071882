import { describe, expect, it } from 'vitest';
import { resolveCssVariables, svgToPng } from '../../../src/lib/charts/png.ts';
import { figureToCard } from '../../../src/lib/charts/card.ts';

describe('resolveCssVariables(svg) and svgToPng(svg, width)', () => {
  it('takes each CSS variable’s fallback colour', () => {
    expect(resolveCssVariables('<rect fill="var(--chart-bar, #a8201a)" stroke="var(--x,#fff)"/>')).toBe('<rect fill="#a8201a" stroke="#fff"/>');
  });
  it('draws a PNG of the requested width', async () => {
    const svg = figureToCard({ datasetId: 'd', key: 'k', metric: '帮扶资金', value: 30000000, qualifier: 'nearly', unit: 'yuan', period: '近年来', source: 's' }, { id: 'c', title: 't' });
    const png = await svgToPng(svg, 400);
    expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
    expect(Buffer.from(png).readUInt32BE(16)).toBe(400);
  });
  it('draws Chinese text in Noto Sans CJK SC when its own font is not installed (never blank or in a Latin font)', async () => {
    const text = (family: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><text x="0" y="30" font-size="24" font-family="${family}">中文</text></svg>`;
    const blank = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"></svg>', 100);
    const missing = await svgToPng(text('Font Not Installed'), 100);
    expect(Buffer.from(missing).equals(Buffer.from(await svgToPng(text('Noto Sans CJK SC'), 100)))).toBe(true);
    expect(Buffer.from(missing).equals(Buffer.from(blank))).toBe(false);
    // Latin letters too: in Noto Sans CJK SC, not the system's Latin fonts (Liberation, DejaVu).
    const latin = (family: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><text x="0" y="30" font-size="24" font-family="${family}">Ag</text></svg>`;
    expect(Buffer.from(await svgToPng(latin('Font Not Installed'), 100)).equals(Buffer.from(await svgToPng(latin('Noto Sans CJK SC'), 100)))).toBe(true);
  });
  it('draws text as outlines and text the outlines cannot take with the system fonts, in one PNG', async () => {
    const svg = (...texts: string[]) => `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40">${texts.join('')}</svg>`;
    const outlined = '<text x="0" y="30" font-size="24">中文</text>';
    const kept = '<text x="100" y="30" font-size="24" font-family="Noto Sans CJK SC">中文</text>';
    const [both, first, second, none] = await Promise.all([svg(outlined, kept), svg(outlined), svg(kept), svg()].map((s) => svgToPng(s, 200)));
    for (const part of [first, second]) expect(Buffer.from(part!).equals(Buffer.from(none!))).toBe(false);
    for (const part of [first, second, none]) expect(Buffer.from(both!).equals(Buffer.from(part!))).toBe(false);
  });
});
