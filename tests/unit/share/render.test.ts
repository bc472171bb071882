import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CARD_WIDTH, shareCardToSvg, wrapText, type ShareCard } from '../../../src/lib/share/card-svg.ts';
import { loadGlyphFont, cjkFontFiles, type GlyphFont } from '../../../src/lib/charts/fonts.ts';
import { createCardRenderer } from '../../../src/lib/share/render.ts';
import { removeOnExit } from '../../helpers/temp.ts';

const card: ShareCard = { kicker: '数据集 · 1.0.0 版', title: '困难职工帮扶', figure: { value: '近3000万元', caption: '帮扶资金 · 近年来' }, site: '肇庆工会开放数据', host: 'example.org' };
let font: GlyphFont;

beforeAll(() => {
  // The build installs the CJK font when it is missing; unit tests run before the build.
  expect(spawnSync(process.execPath, ['scripts/ensure-fonts.ts'], { stdio: 'inherit' }).status).toBe(0);
  font = loadGlyphFont(cjkFontFiles());
}, 120_000);

describe('wrapText(font, text, weight, size, width, maxLines)', () => {
  it('keeps every line within the width, numbers and Latin words whole', () => {
    const lines = wrapText(font, '2024年的劳模工匠：宣讲团进企业，技术服务队解难题 Zhaoqing 3000万', 'bold', 56, 500, 5);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(font.run(line, 'bold', 56).width).toBeLessThanOrEqual(500);
    expect(lines.filter((l) => l.includes('Zhaoqing'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('3000'))).toHaveLength(1);
    expect(lines.join('').replace(/ /g, '')).toBe('2024年的劳模工匠：宣讲团进企业，技术服务队解难题Zhaoqing3000万');
  });
  it('never starts a line with closing punctuation, and ends a long text in “…”', () => {
    const lines = wrapText(font, '一二三四五六七八，九十一二三四五六七八，九十', 'regular', 40, 8 * 40, 2);
    expect(lines.every((l) => !/^[，。、）”]/.test(l))).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});

describe('shareCardToSvg(card, font)', () => {
  it('draws 1200 × 630 with text as outlines only (no <text>, nothing to escape, no font lookup)', () => {
    const svg = shareCardToSvg({ ...card, title: '<script>alert(1)</script>&"' }, font);
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="630"`));
    expect(svg).not.toContain('<text');
    expect(svg).not.toContain('<script');
  });
});

describe('createCardRenderer({ cacheDir }).render(card)', () => {
  it('draws a card once, then reuses it by content hash, with the same bytes a fresh drawing gives', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'zq-cards-'));
    removeOnExit(cacheDir);
    const renderer = createCardRenderer({ cacheDir });
    const first = await renderer.render(card);
    expect(await renderer.render(card)).toBe(first);
    const other = await renderer.render({ ...card, figure: { value: '2200多户', caption: '帮扶户数 · 近年来' } });
    expect(other).not.toBe(first);
    expect(renderer.stats).toMatchObject({ drawn: 2, cached: 1 });
    const fresh = createCardRenderer({ cacheDir: mkdtempSync(join(tmpdir(), 'zq-cards-')), reuse: false });
    expect(readFileSync(await fresh.render(card))).toEqual(readFileSync(first));
    const png = readFileSync(first);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }, 60_000);
});
