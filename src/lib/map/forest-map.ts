import { geoMercator, geoPath, scaleSequential, interpolateRgb } from 'd3';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import polylabel from 'polylabel';
import { COLORS, escapeXml, r, svgDocument } from '../charts/svg.ts';
import type { CountyProps } from './boundaries.ts';
import type { CountySummary, Plot } from './plots.ts';

export interface ForestMapOptions {
  id: string;
  title: string;
  width?: number;
  /** Draw one county only (its adcode), fitted to the frame. */
  county?: number;
}

const PAD = 8;
const LEGEND = 76;

/** A projection fitted to the counties (or one county) within `width`, and the map's height. */
export function fitProjection(counties: FeatureCollection<MultiPolygon, CountyProps>, width: number) {
  const projection = geoMercator().fitWidth(width - 2 * PAD, counties);
  const [[, y0], [, y1]] = geoPath(projection).bounds(counties);
  const height = Math.ceil(y1 - y0) + 2 * PAD;
  projection.fitExtent([[PAD, PAD], [width - PAD, height - PAD]], counties);
  return { projection, height };
}

/** Where a county's name goes: the point farthest inside its largest part, in screen coordinates. */
function labelPoint(path: ReturnType<typeof geoPath>, projection: ReturnType<typeof geoMercator>, f: FeatureCollection<MultiPolygon, CountyProps>['features'][number]): [number, number] {
  const largest = [...f.geometry.coordinates].sort((a, b) => path.area({ type: 'Polygon', coordinates: b }) - path.area({ type: 'Polygon', coordinates: a }))[0]!;
  const rings = largest.map((ring) => ring.map((p) => projection(p as [number, number]) ?? [0, 0]));
  const [x, y] = polylabel(rings, 0.5);
  return [x, y];
}

/**
 * The union-forest map as SVG: counties shaded by reported plots (a choropleth where
 * none are reported yet stays neutral), names inside their polygons, reported plots
 * as filled dots and illustrative ones as hollow dashed rings, with a legend that says so.
 */
export function forestMapToSvg(
  all: FeatureCollection<MultiPolygon, CountyProps>,
  summaries: readonly CountySummary[],
  plots: readonly Plot[],
  options: ForestMapOptions,
): string {
  const width = options.width ?? 360;
  const counties = options.county === undefined ? all : { ...all, features: all.features.filter((f) => f.properties.adcode === options.county) };
  const shown = plots.filter((p) => options.county === undefined || p.county === options.county);
  const { projection, height } = fitProjection(counties, width);
  const path = geoPath(projection);
  const max = Math.max(1, ...summaries.map((s) => s.plots));
  const fill = scaleSequential(interpolateRgb('#f3e3df', '#a8201a')).domain([0, max]);
  const countyParts = counties.features.map((f) => {
    const s = summaries.find((x) => x.adcode === f.properties.adcode);
    const color = s && s.plots > 0 ? fill(s.plots) : COLORS.track;
    const [lx, ly] = labelPoint(path, projection, f);
    const tip = `${f.properties.name}：已报道地块 ${s?.plots ?? 0} 个`;
    return [
      `<g class="county" data-adcode="${escapeXml(String(f.properties.adcode))}"><title>${escapeXml(tip)}</title>`,
      `<path d="${path(f) ?? ''}" fill="${color}" stroke="var(--chart-bg, #fbfaf8)" stroke-width="1.5"/>`,
      `<text x="${r(lx)}" y="${r(ly + 4)}" font-size="12" text-anchor="middle" fill="${COLORS.text}" paint-order="stroke" stroke="var(--chart-bg, #fbfaf8)" stroke-width="3">${escapeXml(f.properties.name)}</text>`,
      '</g>',
    ].join('');
  });
  const plotParts = shown.map((p) => {
    const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
    const mark = p.illustrative
      ? `<circle cx="${r(x)}" cy="${r(y)}" r="5" fill="none" stroke="${COLORS.illustrative}" stroke-width="2" stroke-dasharray="3 2"/>`
      : `<circle cx="${r(x)}" cy="${r(y)}" r="5" fill="${COLORS.bar}" stroke="var(--chart-bg, #fbfaf8)" stroke-width="1.5"/>`;
    return `<g class="plot" data-key="${escapeXml(p.key)}" data-illustrative="${p.illustrative}"><title>${escapeXml(`${p.name}${p.illustrative ? '（示例，非真实地点）' : ''}`)}</title>${mark}</g>`;
  });
  const ly = height + 14;
  const legend = [
    `<circle cx="12" cy="${ly}" r="5" fill="none" stroke="${COLORS.illustrative}" stroke-width="2" stroke-dasharray="3 2"/>`,
    `<text x="24" y="${ly + 4}" font-size="12" fill="${COLORS.text}">示例点位：非真实地点，不计入任何合计</text>`,
    `<circle cx="12" cy="${ly + 20}" r="5" fill="${COLORS.bar}"/>`,
    `<text x="24" y="${ly + 24}" font-size="12" fill="${COLORS.text}">已报道地块（目前 ${shown.filter((p) => !p.illustrative).length} 个）</text>`,
    `<text x="0" y="${ly + 44}" font-size="11" fill="${COLORS.muted}">县区边界为示意，非标准地图。</text>`,
    `<text x="0" y="${ly + 58}" font-size="11" fill="${COLORS.muted}">边界源自高德/DataV（GCJ-02），已转为 WGS84。</text>`,
  ].join('');
  const reported = summaries.reduce((n, s) => n + s.plots, 0);
  const desc =
    `肇庆市${counties.features.length === 1 ? counties.features[0]!.properties.name : `${counties.features.length}个县级行政区`}的工会林地图。` +
    `已报道地块 ${reported} 个${reported === 0 ? '（公开来源没有给出任何地块位置）' : ''}；` +
    `图上 ${shown.filter((p) => p.illustrative).length} 个空心虚线圈是示例点位，不是真实地点。`;
  return svgDocument({ id: options.id, width, height: height + LEGEND, title: options.title, desc, body: [...countyParts, ...plotParts, legend].join('') });
}
