import { spawnSync } from 'node:child_process';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { cjkFontFiles, loadGlyphFont, type GlyphFont, type Weight } from '../../../src/lib/charts/fonts.ts';
import { textToOutlines } from '../../../src/lib/charts/text-outlines.ts';

/**
 * A font whose every character is `size` wide (bold: 2 × size), and whose "outline" says
 * what was drawn where, so the layout can be read off the output. It lacks one character: ☐.
 */
const plain: GlyphFont = {
  run(text: string, weight: Weight, size: number) {
    const width = [...text].length * size * (weight === 'bold' ? 2 : 1);
    return { width, complete: !text.includes('☐'), toPath: (x: number, y: number) => (text ? `[${weight} ${size} ${x},${y} ${text}]` : '') };
  },
};
const outline = (svg: string) => textToOutlines(svg, plain);

describe('textToOutlines(svg, font): layout', () => {
  it('draws a text at its x and baseline, in its size and weight, in a group with its fill', () => {
    expect(outline('<text x="10" y="20" font-size="12" fill="#5b5650">目标</text>')).toBe('<g fill="#5b5650">[regular 12 10,20 目标]</g>');
    expect(outline('<text x="0" y="62" font-size="36" font-weight="700">近3000万元</text>')).toBe('<g>[bold 36 0,62 近3000万元]</g>');
    expect(outline('<text x="0" y="62" font-size="36" font-weight="bold">近</text>')).toBe('<g>[bold 36 0,62 近]</g>');
    expect(outline('<text x="0" y="62" font-size="36" font-weight="normal">近</text>')).toBe('<g>[regular 36 0,62 近]</g>');
    expect(outline('<text x="-4.5" y="0.5" font-size="7.5">1</text>')).toBe('<g>[regular 7.5 -4.5,0.5 1]</g>');
  });

  it('moves a text left by all (end) or half (middle) of its width, as text-anchor says', () => {
    // 目标 1,000: 8 characters of 12 = 96 wide.
    expect(outline('<text x="600" y="16" font-size="12" text-anchor="end">目标 1,000</text>')).toBe('<g>[regular 12 504,16 目标 1,000]</g>');
    expect(outline('<text x="300" y="16" font-size="12" text-anchor="middle">2024.1</text>')).toBe('<g>[regular 12 264,16 2024.1]</g>');
    expect(outline('<text x="300" y="16" font-size="12" text-anchor="start">2024.1</text>')).toBe('<g>[regular 12 300,16 2024.1]</g>');
  });

  it('sets a tspan after the text before it, in its own weight, size and fill, and measures the whole line for the anchor', () => {
    // 40 (bold 20) + 30 (（b）at 10) + 12 (" *" at 6) = 82 wide, ending at 100.
    const svg = '<text x="100" y="16" font-size="10" text-anchor="end" fill="#111"><tspan font-weight="700" font-size="10">ab</tspan>（b）<tspan font-size="6" fill="#5b5650"> *</tspan></text>';
    expect(outline(svg)).toBe('<g fill="#111">[bold 10 18,16 ab][regular 10 58,16 （b）]<g fill="#5b5650">[regular 6 88,16  *]</g></g>');
  });

  it('starts a new chunk at a tspan with its own x, on the baseline moved by dy, each chunk anchored on its own', () => {
    // A county label: the name centred on 200, the count centred on 200 one line (13) lower.
    const svg = '<text class="county-label" data-adcode="441202" x="200" y="50" font-size="12" text-anchor="middle" fill="#1c1b1a" paint-order="stroke" stroke="#fbfaf8" stroke-width="3">端州区<tspan x="200" dy="13" font-size="10">2处</tspan></text>';
    expect(outline(svg)).toBe('<g fill="#1c1b1a" paint-order="stroke" stroke="#fbfaf8" stroke-width="3">[regular 12 182,50 端州区][regular 10 190,63 2处]</g>');
    // dy without x: same chunk, lower baseline for what follows, the tspan's weight inherited from the text.
    expect(outline('<text x="0" y="10" font-size="10" font-weight="700">a<tspan dy="5">b</tspan>c</text>')).toBe('<g>[bold 10 0,10 a][bold 10 20,15 b][bold 10 40,15 c]</g>');
    expect(outline('<text x="0" y="10" font-size="10"><tspan dy="-2.5">b</tspan></text>')).toBe('<g>[regular 10 0,7.5 b]</g>');
  });

  it('lays out white space as SVG does: one space for each run of it, none at either end, across tspans', () => {
    expect(outline('<text x="0" y="0" font-size="1">  a \n\t b  </text>')).toBe('<g>[regular 1 0,0 a b]</g>');
    expect(outline('<text x="0" y="0" font-size="1">a <tspan> b</tspan> <tspan> </tspan></text>')).toBe('<g>[regular 1 0,0 a ][regular 1 2,0 b]</g>');
    expect(outline('<text x="0" y="0" font-size="1"> <tspan> a</tspan></text>')).toBe('<g>[regular 1 0,0 a]</g>');
    // An empty tspan between two spaces does not end the run of white space.
    expect(outline('<text x="0" y="0" font-size="1">a <tspan></tspan> b</text>')).toBe('<g>[regular 1 0,0 a ][regular 1 2,0 b]</g>');
  });

  it('decodes the entities escapeXml writes, and XML’s named ones', () => {
    expect(outline('<text x="0" y="0" font-size="1">&#60;b&#62; &#38; &#34;x&#34; &#39;</text>')).toBe(`<g>[regular 1 0,0 <b> & "x" ']</g>`);
    expect(outline('<text x="0" y="0" font-size="1">&lt;&gt;&amp;&quot;&apos;&#x4e2d;</text>')).toBe(`<g>[regular 1 0,0 <>&"'中]</g>`);
    expect(outline('<text x="0" y="0" font-size="1">&#x10FFFF;</text>')).toBe('<g>[regular 1 0,0 \u{10FFFF}]</g>');
  });

  it('outlines each <text> of an SVG on its own and keeps everything around them', () => {
    const svg = '<svg><title>t</title><rect width="1"/><text x="0" y="1" font-size="1">a</text><text x="0" y="2" font-size="1" font-family="serif">b</text><text x="0" y="3" font-size="1">c</text></svg>';
    expect(outline(svg)).toBe('<svg><title>t</title><rect width="1"/><g>[regular 1 0,1 a]</g><text x="0" y="2" font-size="1" font-family="serif">b</text><g>[regular 1 0,3 c]</g></svg>');
  });
});

describe('textToOutlines(svg, font): what it leaves as text, for the rasteriser and the system fonts', () => {
  const kept = [
    ['a character the font lacks', '<text x="0" y="0" font-size="1">a☐</text>'],
    ['…in a tspan', '<text x="0" y="0" font-size="1">a<tspan>☐</tspan></text>'],
    ['an attribute it does not lay out', '<text x="0" y="0" font-size="1" font-family="serif">a</text>'],
    ['…on a tspan', '<text x="0" y="0" font-size="1"><tspan rotate="90">a</tspan></text>'],
    ['a transform', '<text x="0" y="0" font-size="1" transform="rotate(90)">a</text>'],
    ['a list of x positions', '<text x="0 1" y="0" font-size="1">ab</text>'],
    ['a tspan x that is not a number', '<text x="0" y="0" font-size="1"><tspan x="1em">a</tspan></text>'],
    ['a dy that is not a number', '<text x="0" y="0" font-size="1"><tspan dy="1em">a</tspan></text>'],
    ['a tspan size that is not a number', '<text x="0" y="0" font-size="1"><tspan font-size="large">a</tspan></text>'],
    ['no size', '<text x="0" y="0">a</text>'],
    ['no x', '<text y="0" font-size="1">a</text>'],
    ['no y', '<text x="0" font-size="1">a</text>'],
    ['a size in units', '<text x="0" y="0" font-size="12px">a</text>'],
    ['a weight between regular and bold', '<text x="0" y="0" font-size="1" font-weight="500">a</text>'],
    ['…on a tspan', '<text x="0" y="0" font-size="1"><tspan font-weight="600">a</tspan></text>'],
    ['an anchor SVG does not define', '<text x="0" y="0" font-size="1" text-anchor="left">a</text>'],
    ['an attribute without quotes', '<text x=0 y="0" font-size="1">a</text>'],
    ['something after the attributes', '<text x="0" y="0" font-size="1" / >a</text>'],
    ['markup inside a tspan', '<text x="0" y="0" font-size="1"><tspan><tspan>a</tspan></tspan></text>'],
    ['another element inside the text', '<text x="0" y="0" font-size="1"><a href="#x">a</a></text>'],
    ['an HTML entity', '<text x="0" y="0" font-size="1">a&nbsp;b</text>'],
    ['an entity without its semicolon', '<text x="0" y="0" font-size="1">a&#38b</text>'],
    ['a character reference beyond Unicode', '<text x="0" y="0" font-size="1">&#x110000;</text>'],
  ] as const;
  it.each(kept)('%s', (_, svg) => {
    expect(outline(svg)).toBe(svg);
  });

  it('still outlines a text with a space before the closing >, class and data- attributes, and no attributes on a tspan', () => {
    expect(outline('<text x="0" y="0" font-size="1" class="c" data-x="1" >a<tspan>b</tspan></text>')).toBe('<g>[regular 1 0,0 a][regular 1 1,0 b]</g>');
  });
});

describe('textToOutlines(svg, Noto Sans CJK SC) drawn by resvg', () => {
  let font: GlyphFont;
  beforeAll(() => {
    // The build installs the CJK font when it is missing; unit tests run before the build.
    expect(spawnSync(process.execPath, ['scripts/ensure-fonts.ts'], { stdio: 'inherit' }).status).toBe(0);
    font = loadGlyphFont(cjkFontFiles());
  }, 120_000);

  // What the charts write: anchors, bold tspans, a county label with a halo and a second line, a marker number.
  const chart = [
    '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="160" viewBox="0 0 320 160">',
    '<rect x="0" y="24" width="200" height="12" fill="#a8201a"/>',
    '<text x="0" y="16" font-size="14" fill="#1c1b1a"><tspan font-weight="700">近3000万元</tspan>（60%）</text>',
    '<text x="320" y="16" font-size="14" text-anchor="end" fill="#5b5650">目标 2200多户</text>',
    '<rect x="100" y="60" width="120" height="60" fill="#e2ddd6"/>',
    '<text x="160" y="84" font-size="12" text-anchor="middle" fill="#1c1b1a" paint-order="stroke" stroke="#fbfaf8" stroke-width="3">端州区<tspan x="160" dy="13" font-size="10">2处</tspan></text>',
    '<circle cx="20" cy="140" r="8" fill="#a8201a"/><text x="20" y="143" font-size="9" font-weight="700" text-anchor="middle" fill="#fbfaf8">7</text>',
    '<text x="40" y="144" font-size="12" fill="#5b5650">县区级：只知道所在县区 <tspan font-size="12" font-weight="400" fill="#5b5650">*</tspan></text>',
    '</svg>',
  ].join('');
  /** RGBA pixels as resvg draws the SVG: with the system's fonts, or with none at all. */
  const pixels = (svg: string, fonts: boolean) =>
    new Resvg(svg, { background: '#ffffff', font: fonts ? { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' } : { loadSystemFonts: false } }).render().pixels;
  /** Mean difference per colour channel (0–255) between two drawings of the same size. */
  const difference = (a: Uint8Array, b: Uint8Array) => {
    expect(a.length).toBe(b.length);
    let sum = 0;
    for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
    return sum / a.length;
  };

  it('leaves no <text> in a chart, and draws it as resvg draws the text with the font (same places, same size)', () => {
    const outlined = textToOutlines(chart, font);
    expect(outlined).not.toContain('<text');
    const asText = pixels(chart, true);
    const blank = pixels(chart.replace(/<text\b[\s\S]*?<\/text>/g, ''), true);
    // The outlines draw something (a chart without its text is far off) and what resvg draws from the font, anti-aliasing aside (~0.2).
    const drawn = (svg: string) => pixels(textToOutlines(svg, font), false);
    expect(difference(drawn(chart), blank)).toBeGreaterThan(2);
    expect(difference(drawn(chart), asText)).toBeLessThan(0.5);
    // The threshold sees a layout slip (each ~1.5–7): text-anchor ignored, 2 units lower, bold drawn regular, a size off by one.
    const slips = [
      chart.replace(/ text-anchor="\w+"/g, ''),
      chart.replace(/ y="(\d+)"/g, (_, y: string) => ` y="${Number(y) + 2}"`),
      chart.replace(/ font-weight="700"/g, ''),
      chart.replace(/ font-size="12"/g, ' font-size="11"'),
    ];
    for (const slip of slips) expect(difference(drawn(slip), asText)).toBeGreaterThan(1);
  });

  it('keeps as text a character Noto Sans CJK does not have', () => {
    const svg = '<text x="0" y="10" font-size="10">工会\uE000</text>';
    expect(textToOutlines(svg, font)).toBe(svg);
    expect(textToOutlines('<text x="0" y="10" font-size="10">工会</text>', font)).toMatch(/^<g><path /);
  });
});
