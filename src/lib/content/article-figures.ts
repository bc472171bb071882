import { createHash } from 'node:crypto';
import type { ChartSpec } from '../charts/spec.ts';
import type { PlacedComponent } from './article-guard.ts';
import { acceptedArticle } from './mdx-pipeline.ts';

/** Components found per file in this process, for the very text they were found in. */
const found = new Map<string, { digest: string; components: PlacedComponent[] }>();

/**
 * The components an article body places, in reading order, as the article guard found
 * them in the one parse of that body (parsed once per text in a process: the chart
 * registry, the share card and the embeds ask for the same article). A body the guard
 * refuses throws its report.
 */
export function articleComponents(file: string, body: string): PlacedComponent[] {
  if (!/<[A-Z]/.test(body)) return [];
  const digest = createHash('sha256').update(body).digest('hex');
  const known = found.get(file);
  if (known?.digest === digest) return known.components;
  const { inspection } = acceptedArticle(file, body);
  found.set(file, { digest, components: inspection.components });
  return inspection.components;
}

/**
 * The charts and maps an article body places, in order (for embed pages and files):
 * `<Chart>` specs, and the county of each `<ForestMap>` and `<ServiceMap>` (undefined: the whole city),
 * as the article guard found them in the parse of that body.
 */
export function articleFigures(file: string, body: string): { charts: ChartSpec[]; maps: (number | undefined)[]; serviceMaps: (number | undefined)[] } {
  const components = /<(?:Chart|ForestMap|ServiceMap)\b/.test(body) ? articleComponents(file, body) : [];
  const counties = (name: string) => components.filter((c) => c.name === name).map((c) => (c.attributes.county === undefined ? undefined : Number(c.attributes.county)));
  return {
    charts: components.filter((c) => c.name === 'Chart').map((c) => c.attributes as unknown as ChartSpec),
    maps: counties('ForestMap'),
    serviceMaps: counties('ServiceMap'),
  };
}
