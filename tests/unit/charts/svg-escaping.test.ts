import { describe, expect, it } from 'vitest';
import { figuresToBarChart } from '../../../src/lib/charts/bar.ts';
import { figureToCard } from '../../../src/lib/charts/card.ts';
import { svgDocument } from '../../../src/lib/charts/svg.ts';
import { figureToWaffle } from '../../../src/lib/charts/waffle.ts';
import { readCountyTopology } from '../../../src/lib/datasets/geo.ts';
import type { Figure } from '../../../src/lib/datasets/figures.ts';
import { topologyToCounties } from '../../../src/lib/map/boundaries.ts';
import { forestMapToSvg } from '../../../src/lib/map/forest-map.ts';
import type { Plot } from '../../../src/lib/map/plots.ts';
import { HOSTILE, HOSTILE_ALL } from '../../fixtures/hostile-values/values.ts';

/** Every tag name in the SVG: data text must never add one. */
const tags = (svg: string) => [...new Set([...svg.matchAll(/<\/?([a-zA-Z:]+)/g)].map((m) => m[1]!))].sort();
const figure: Figure = {
  datasetId: 'demo', key: 'k', metric: HOSTILE_ALL, value: 5, qualifier: 'exact', unit: 'households', period: HOSTILE.script, source: 's', source_wording: null, note: null,
};

describe('SVG built from markup-bearing text', () => {
  it('svgDocument escapes title, description and id', () => {
    const svg = svgDocument({ id: HOSTILE.attribute, width: 10, height: 10, title: HOSTILE_ALL, desc: HOSTILE.comment, body: '' });
    expect(tags(svg)).toEqual(['desc', 'svg', 'title']);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&#34;&#62;&#60;img src=x onerror=alert(1)&#62;-title');
  });
  it.each([
    ['bar', figuresToBarChart([figure, { ...figure, key: 'k2', value: 3 }], { id: 'b', title: HOSTILE_ALL }), ['desc', 'g', 'rect', 'svg', 'text', 'title']],
    ['card', figureToCard(figure, { id: 'c', title: HOSTILE.cdata }), ['desc', 'svg', 'text', 'title']],
    ['waffle', figureToWaffle(figure, { id: 'w', title: HOSTILE.entity }), ['desc', 'rect', 'svg', 'text', 'title']],
  ])('%s chart adds no element and keeps the text literal', (_, svg, expected) => {
    expect(tags(svg)).toEqual(expected);
    expect(svg).toContain('&#38;amp; &#38;lt;b&#38;gt;');
  });
  it('forest map escapes county names, plot names and keys', () => {
    const counties = topologyToCounties(readCountyTopology(process.cwd()));
    counties.features[0]!.properties.name = HOSTILE.singleQuote;
    const plot: Plot = { key: HOSTILE.attribute, name: HOSTILE.script, forestType: 'x', county: String(counties.features[0]!.properties.adcode), countyBasis: '原文', precision: null, placeDetail: null, lat: 23.05, lon: 112.47, illustrative: true, source: null, date: null, dateBasis: 'printed', dateNote: null, note: null, planting: null, saplings: null, funds: null, participants: null };
    const svg = forestMapToSvg(counties, [plot], { id: 'm', title: HOSTILE.comment });
    expect(tags(svg)).toEqual(['circle', 'desc', 'g', 'path', 'svg', 'text', 'title']);
    expect(svg).toContain('&#39;&#62;&#60;svg onload=alert(2)&#62;');
    expect(svg).toContain('data-key="&#34;&#62;&#60;img src=x onerror=alert(1)&#62;"');
  });
});
