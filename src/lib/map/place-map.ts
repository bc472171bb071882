import { geoMercator, geoPath, interpolateRgb, scaleSequential } from 'd3';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import polylabel from 'polylabel';
import { COLORS, escapeXml, r, svgDocument } from '../charts/svg.ts';
import type { CountyProps } from './boundaries.ts';
import { PRECISION_TEXT } from './places.ts';
import { layoutMarkers, MARKER_RADIUS, markerSymbol, markerToSvg, type MarkerInput, type MarkerKind } from './markers.ts';

export interface MapFrameOptions {
  id: string;
  title: string;
  width?: number;
  /** Draw one county only (its adcode), fitted to the frame. */
  county?: number;
}

/** One line of a map's legend: a marker symbol with its text, or a note in small type. */
export type LegendLine = { symbol: MarkerKind; text: string } | { note: string };

export interface PlaceMapInput extends MapFrameOptions {
  /** Reported places per county (adcode): shades the county and goes in its tooltip. */
  counts: ReadonlyMap<number, number>;
  /** The tooltip of a county, e.g. "德庆县：已报道地块 3 个". */
  countyTip: (name: string, count: number) => string;
  /** Adds the count under the county's name (the service map) or not (the forest map). */
  countInLabel?: (count: number) => string;
  markers: readonly MarkerInput[];
  legend: readonly LegendLine[];
  desc: string;
}

const PAD = 8;
/** The lightest and darkest county shades: markers (union red) keep 3:1 contrast on the darkest. */
const SHADE = interpolateRgb('#f3e3df', '#e3a59c');

/** A projection fitted to the counties (or one county) within `width`, and the map's height. */
export function fitProjection(counties: FeatureCollection<MultiPolygon, CountyProps>, width: number) {
  const projection = geoMercator().fitWidth(width - 2 * PAD, counties);
  const [[, y0], [, y1]] = geoPath(projection).bounds(counties);
  const height = Math.ceil(y1 - y0) + 2 * PAD;
  projection.fitExtent([[PAD, PAD], [width - PAD, height - PAD]], counties);
  return { projection, height };
}

type County = FeatureCollection<MultiPolygon, CountyProps>['features'][number];

/** Where a county's name goes: the point farthest inside its largest part, in screen coordinates. */
function labelPoint(path: ReturnType<typeof geoPath>, projection: ReturnType<typeof geoMercator>, f: County): [number, number] {
  const largest = [...f.geometry.coordinates].sort((a, b) => path.area({ type: 'Polygon', coordinates: b }) - path.area({ type: 'Polygon', coordinates: a }))[0]!;
  const rings = largest.map((ring) => ring.map((p) => projection(p as [number, number]) ?? [0, 0]));
  const [x, y] = polylabel(rings, 0.5);
  return [x, y];
}

/** The legend below the map, from `top`; returns its SVG and height. */
function legendToSvg(lines: readonly LegendLine[], top: number): { svg: string; height: number } {
  let y = top + 14;
  const parts = lines.map((line) => {
    if ('note' in line) {
      const part = `<text x="0" y="${y}" font-size="11" fill="${COLORS.muted}">${escapeXml(line.note)}</text>`;
      y += 15;
      return part;
    }
    const part = `${markerSymbol(line.symbol, 12, y - 4)}<text x="26" y="${y}" font-size="12" fill="${COLORS.text}">${escapeXml(line.text)}</text>`;
    y += 20;
    return part;
  });
  return { svg: parts.join(''), height: y - top };
}

/**
 * A county map of places as SVG: counties shaded by how many reported places they have
 * (neutral where none), names inside their polygons (moved below any markers drawn on
 * them), one marker per place (shape by precision, its list number inside), and a legend
 * that says what each shape means.
 */
export function placeMapToSvg(all: FeatureCollection<MultiPolygon, CountyProps>, input: PlaceMapInput): string {
  const width = input.width ?? 360;
  const counties = input.county === undefined ? all : { ...all, features: all.features.filter((f) => f.properties.adcode === input.county) };
  const shown = input.markers.filter((m) => input.county === undefined || m.county === input.county);
  const { projection, height } = fitProjection(counties, width);
  // 0.1 px is finer than any screen shows; the default 3 decimals would double the map's bytes.
  const path = geoPath(projection).digits(1);
  const positions = layoutMarkers(shown, projection, counties);
  const max = Math.max(1, ...input.counts.values());
  const fill = scaleSequential(SHADE).domain([0, max]);
  const countyParts: string[] = [];
  const labelParts: string[] = [];
  for (const f of counties.features) {
    const count = input.counts.get(f.properties.adcode) ?? 0;
    let [lx, ly] = labelPoint(path, projection, f);
    // A county's markers sit near the same point as its name: the name moves below them.
    const covering = [...positions.values()].filter(([x, y]) => Math.abs(x - lx) < 24 && Math.abs(y - ly) < 16);
    if (covering.length > 0) ly = Math.max(...covering.map(([, y]) => y)) + MARKER_RADIUS + 10;
    const countLine = input.countInLabel ? `<tspan x="${r(lx)}" dy="13" font-size="10">${escapeXml(input.countInLabel(count))}</tspan>` : '';
    countyParts.push(
      `<g class="county" data-adcode="${escapeXml(String(f.properties.adcode))}" data-count="${count}"><title>${escapeXml(input.countyTip(f.properties.name, count))}</title>` +
        `<path d="${path(f) ?? ''}" fill="${count > 0 ? fill(count) : COLORS.track}" stroke="var(--chart-bg, #fbfaf8)" stroke-width="1.5"/></g>`,
    );
    // Names are drawn after every county, so a name moved past its border is not hidden by the neighbour.
    labelParts.push(
      `<text class="county-label" data-adcode="${escapeXml(String(f.properties.adcode))}" x="${r(lx)}" y="${r(ly + 4)}" font-size="12" text-anchor="middle" fill="${COLORS.text}" paint-order="stroke" stroke="var(--chart-bg, #fbfaf8)" stroke-width="3">${escapeXml(f.properties.name)}${countLine}</text>`,
    );
  }
  const markerParts = shown.map((m) => markerToSvg(m, positions.get(m.key)!));
  const legend = legendToSvg(input.legend, height);
  return svgDocument({ id: input.id, width, height: height + legend.height, title: input.title, desc: input.desc, body: [...countyParts, ...labelParts, ...markerParts, legend.svg].join('') });
}

/** Legend lines for the precisions among the drawn markers (with counts), and where county-level markers sit. */
export function precisionLegend(markers: readonly MarkerInput[], unit: string): LegendLine[] {
  const kinds = ['县区级', '镇街级', '精确'] as const;
  const lines: LegendLine[] = kinds
    .map((kind) => ({ kind, n: markers.filter((m) => m.kind === kind).length }))
    .filter(({ n }) => n > 0)
    .map(({ kind, n }) => ({ symbol: kind, text: `${PRECISION_TEXT[kind]}（${n} ${unit}）` }));
  if (markers.some((m) => m.kind === '县区级' || m.kind === '镇街级')) {
    lines.push({ note: '县区级、镇街级的点排在县区代表点周围，不是实际位置。' });
  }
  return lines;
}

/** The two lines every map carries about its boundaries. */
export const BOUNDARY_NOTES: readonly LegendLine[] = [
  { note: '县区边界为示意，非标准地图。' },
  { note: '边界源自高德/DataV（GCJ-02），已转为 WGS84。' },
];
