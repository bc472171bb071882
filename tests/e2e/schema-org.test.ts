import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { repoCatalog } from '../helpers/site.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const base = inject('baseUrl');
const catalog = repoCatalog();
const browser = useBrowser();

/** ISO 8601 dates and intervals as Google Dataset Search reads temporalCoverage (written here, not imported). */
const ISO_PERIOD = /^(\d{4}(-\d{2}(-\d{2})?)?|\.\.)(\/(\d{4}(-\d{2}(-\d{2})?)?|\.\.))?$/;
/** Periods from each meta.yaml (temporal_iso), and the dataset that has none. */
const EXPECTED_PERIODS: Record<string, string | undefined> = {
  'hardship-assistance': '../2025',
  'union-forests': '../2025',
  'model-worker-outreach': '2024',
  'targets-2025': '2025',
  'target-progress': '2025/..',
  'union-forest-plots': undefined,
};
/** The extent of every point of the committed boundaries, decoded here with topojson-client. */
const topology = JSON.parse(readFileSync('data/geo/zhaoqing-counties.topo.json', 'utf8')) as Topology;
const points = (feature(topology, topology.objects.counties!) as unknown as FeatureCollection<MultiPolygon>).features.flatMap((f) => f.geometry.coordinates.flat(2));
const [west, east] = [Math.min(...points.map((p) => p[0]!)), Math.max(...points.map((p) => p[0]!))];
const [south, north] = [Math.min(...points.map((p) => p[1]!)), Math.max(...points.map((p) => p[1]!))];

interface DatasetLd {
  '@type': string;
  identifier: string;
  description: string;
  temporalCoverage?: string;
  spatialCoverage: { '@type': string; name: string; geo: { '@type': string; box: string } };
  includedInDataCatalog: { '@type': string; name: string; url: string };
  variableMeasured: { '@type': string; name: string; propertyID: string }[];
}

describe('schema.org Dataset on every dataset page (what search engines read)', () => {
  it.each(catalog.datasets.map((d) => [d.id, d] as const))('%s: ISO period or the reason shown, the city’s GeoShape box, identifier, catalog, variables', async (id, dataset) => {
    const { page, errors, close } = await openPage(browser(), `${base}/data/${id}/`, { javaScriptEnabled: false });
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    const ld = scripts.map((s) => JSON.parse(s) as DatasetLd).find((x) => x['@type'] === 'Dataset');
    if (!ld) throw new Error('no schema.org Dataset on the page');

    if (ld.temporalCoverage === undefined) {
      const reason = await page.locator('[data-period-reason]').innerText();
      expect(reason).toMatch(/^无法写成 ISO 8601 时间段：.{10,}/);
      expect(ld.description).toContain('无法写成 ISO 8601 时间段');
    } else {
      expect(ld.temporalCoverage).toMatch(ISO_PERIOD);
      expect(await page.locator('[data-iso-period]').innerText()).toBe(ld.temporalCoverage);
    }
    if (id in EXPECTED_PERIODS) expect(ld.temporalCoverage).toBe(EXPECTED_PERIODS[id]);
    expect(ld.description).toContain(`时间范围：${dataset.meta.temporal}`);

    expect(ld.spatialCoverage).toMatchObject({ '@type': 'Place', name: dataset.meta.spatial, geo: { '@type': 'GeoShape' } });
    const [s, w, n, e] = ld.spatialCoverage.geo.box.split(' ').map(Number) as [number, number, number, number];
    // Lower corner then upper corner, each "lat lon"; around the boundaries, to about 10 m.
    expect([s <= south, w <= west, n >= north, e >= east]).toEqual([true, true, true, true]);
    expect(Math.max(south - s, west - w, n - north, e - east)).toBeLessThan(1e-3);
    // 端州区 (Zhaoqing's centre) lies inside.
    expect(s < 23.05 && 23.05 < n && w < 112.46 && 112.46 < e).toBe(true);

    expect(ld.identifier).toMatch(new RegExp(`^https?://.+/data/${id}/$`));
    expect(ld.includedInDataCatalog).toMatchObject({ '@type': 'DataCatalog', url: expect.stringMatching(/^https?:\/\/.+\/data\/$/) });
    expect(ld.variableMeasured.map((v) => [v['@type'], v.propertyID, v.name])).toEqual(dataset.meta.fields.map((f) => ['PropertyValue', f.name, f.title]));
    expect(errors).toEqual([]);
    await close();
  });
});
