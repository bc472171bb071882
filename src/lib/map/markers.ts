import { geoContains, type GeoProjection } from 'd3';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { COLORS, escapeXml, r } from '../charts/svg.ts';
import type { CountyProps } from './boundaries.ts';
import type { MapPlace, Precision } from './places.ts';

/** How a marker looks: its precision for real places; a dashed ring for illustrative examples. */
export type MarkerKind = Exclude<Precision, '未定位'> | 'illustrative';

/** A place to draw: where it is (WGS84), which county it belongs to, and how it looks. */
export interface MarkerInput {
  key: string;
  lon: number;
  lat: number;
  county: number;
  kind: MarkerKind;
  /** The place's number in the list beside the map. */
  number?: number;
  title: string;
}

/** The marker of a drawn place (one with a position): its kind from provenance and precision. */
export function placeToMarker(place: MapPlace, number: number | undefined, title: string): MarkerInput {
  return {
    key: place.key,
    lon: place.lon ?? 0,
    lat: place.lat ?? 0,
    county: Number(place.county),
    kind: place.illustrative || place.precision === null || place.precision === '未定位' ? 'illustrative' : place.precision,
    ...(number === undefined ? {} : { number }),
    title,
  };
}

export const MARKER_RADIUS = 6.5;
/** Centre-to-centre distance of markers that share one position. */
const SPACING = 2 * MARKER_RADIUS + 1.5;

/**
 * Offsets for n markers sharing one point: the n hexagonal-lattice sites nearest the
 * centre (ties by angle, so the result never changes), shifted so the group is centred.
 */
export function clusterOffsets(n: number, spacing: number): [number, number][] {
  const sites: { x: number; y: number; d: number; a: number }[] = [];
  const reach = Math.ceil(Math.sqrt(n)) + 1;
  for (let q = -reach; q <= reach; q++) {
    for (let s = -reach; s <= reach; s++) {
      const x = q + s / 2;
      const y = (s * Math.sqrt(3)) / 2;
      sites.push({ x, y, d: Math.round(Math.hypot(x, y) * 1e6), a: Math.round(((Math.atan2(y, x) + 2 * Math.PI) % (2 * Math.PI)) * 1e6) });
    }
  }
  const chosen = sites.sort((p, q) => p.d - q.d || p.a - q.a).slice(0, n);
  const mx = chosen.reduce((sum, p) => sum + p.x, 0) / n;
  const my = chosen.reduce((sum, p) => sum + p.y, 0) / n;
  return chosen.map((p) => [(p.x - mx) * spacing, (p.y - my) * spacing]);
}

/**
 * Screen positions of the markers. Markers at one position (places known only to their
 * county are all drawn at its documented point) are spread around it, in input order,
 * so each stays visible; the spread shrinks until every marker lies inside its county.
 */
export function layoutMarkers(
  markers: readonly MarkerInput[],
  projection: GeoProjection,
  counties: FeatureCollection<MultiPolygon, CountyProps>,
): Map<string, [number, number]> {
  const groups = new Map<string, MarkerInput[]>();
  for (const m of markers) {
    const id = `${m.county}:${m.lon}:${m.lat}`;
    groups.set(id, [...(groups.get(id) ?? []), m]);
  }
  const placed = new Map<string, [number, number]>();
  for (const group of groups.values()) {
    const [cx, cy] = projection([group[0]!.lon, group[0]!.lat]) ?? [0, 0];
    const county = counties.features.find((f) => f.properties.adcode === group[0]!.county);
    const inside = ([x, y]: [number, number]) => {
      const p = projection.invert?.([x, y]);
      return county === undefined || (p !== undefined && p !== null && geoContains(county, p));
    };
    let positions: [number, number][] = [];
    // At spacing 0 every marker is on the point itself, which lies inside its county.
    for (let spacing = SPACING; ; spacing = Math.max(0, spacing - 1)) {
      positions = clusterOffsets(group.length, spacing).map(([dx, dy]) => [cx + dx, cy + dy]);
      if (spacing === 0 || positions.every(inside)) break;
    }
    group.forEach((m, i) => placed.set(m.key, positions[i]!));
  }
  return placed;
}

/** The symbol of a marker kind at (x, y): circle 县区级, square 镇街级, diamond 精确, dashed ring for examples. */
export function markerSymbol(kind: MarkerKind, x: number, y: number): string {
  const rad = MARKER_RADIUS;
  const solid = `fill="${COLORS.bar}" stroke="var(--chart-bg, #fbfaf8)" stroke-width="1.5"`;
  switch (kind) {
    case '县区级':
      return `<circle cx="${r(x)}" cy="${r(y)}" r="${rad}" ${solid}/>`;
    case '镇街级':
      return `<rect x="${r(x - rad)}" y="${r(y - rad)}" width="${2 * rad}" height="${2 * rad}" rx="2" ${solid}/>`;
    case '精确':
      return `<path d="M${r(x)} ${r(y - rad - 1.5)}L${r(x + rad + 1.5)} ${r(y)}L${r(x)} ${r(y + rad + 1.5)}L${r(x - rad - 1.5)} ${r(y)}Z" ${solid}/>`;
    case 'illustrative':
      return `<circle cx="${r(x)}" cy="${r(y)}" r="5" fill="none" stroke="${COLORS.illustrative}" stroke-width="2" stroke-dasharray="3 2"/>`;
  }
}

/** One marker as an SVG group: its symbol, its list number, and a tooltip naming it. */
export function markerToSvg(m: MarkerInput, [x, y]: [number, number]): string {
  const label =
    m.number === undefined
      ? ''
      : `<text x="${r(x)}" y="${r(y + 3)}" font-size="${m.number > 9 ? 7.5 : 9}" font-weight="700" text-anchor="middle" fill="var(--chart-bg, #fbfaf8)">${m.number}</text>`;
  return `<g class="place" data-key="${escapeXml(m.key)}" data-county="${escapeXml(String(m.county))}" data-kind="${escapeXml(m.kind)}" data-illustrative="${m.kind === 'illustrative'}"><title>${escapeXml(m.title)}</title>${markerSymbol(m.kind, x, y)}${label}</g>`;
}
