import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { versionToDataPackage } from '../../../src/lib/datasets/datapackage.ts';
import { catalogToDcat, datasetToJsonLd } from '../../../src/lib/datasets/discovery.ts';
import { catalogToReleasesFeed } from '../../../src/lib/feeds/releases.ts';
import { jsonForScript } from '../../../src/lib/escape.ts';
import { versionFiles } from '../../../src/lib/datasets/downloads.ts';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';

const { catalog } = loadCatalog(copyFixtureRepo().root);
const demo = catalog.datasets[0]!;
const box = { south: 22.8, west: 111.3, north: 24.4, east: 112.9 };

describe('versionFiles(dataset, version)', () => {
  const files = versionFiles(demo, demo.latest);
  it('serves the released bytes unchanged as the canonical CSV', () => {
    expect(files.map((f) => f.name)).toEqual(['demo.csv', 'demo.excel.csv', 'demo.json']);
    expect(files[0]?.body).toEqual(demo.latest.bytes_raw);
    expect(files[0]?.sha256).toBe(demo.latest.sha256);
  });
  it('records each file’s real size and SHA-256', () => {
    for (const f of files) {
      expect(f.bytes).toBe(f.body!.length);
      expect(f.sha256).toBe(createHash('sha256').update(f.body!).digest('hex'));
    }
  });
});

describe('versionToDataPackage(catalog, dataset, version)', () => {
  const dp = versionToDataPackage(catalog, demo, demo.latest);
  it('has the v2 profile, identity, version, license, sources and creation date', () => {
    expect(dp).toMatchObject({
      $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
      name: 'demo',
      version: '1.0.0',
      title: '示例数据集',
      created: '2025-01-01T00:00:00Z',
      licenses: [{ name: 'CC-BY-4.0' }],
    });
    expect(dp.sources[0]?.title).toContain('示例来源');
  });
  it('describes each file with path, format, encoding, bytes, hash and a Table Schema', () => {
    const csv = dp.resources[0]!;
    expect(csv).toMatchObject({ path: 'demo.csv', format: 'csv', encoding: 'utf-8', bytes: demo.latest.bytes, hash: `sha256:${demo.latest.sha256}` });
    expect(dp.resources[1]).toMatchObject({ path: 'demo.excel.csv', encoding: 'utf-8' });
    expect(csv.schema.primaryKey).toEqual(['key']);
    expect(csv.schema.fields.find((f) => f.name === 'value')).toEqual({ name: 'value', title: '数值', type: 'number', description: '数值' });
  });
});

describe('discovery: datasetToJsonLd, catalogToDcat, catalogToReleasesFeed', () => {
  it('describes the dataset for search engines, downloads included', () => {
    const ld = datasetToJsonLd(demo, box);
    expect(ld).toMatchObject({ '@type': 'Dataset', name: '示例数据集', version: '1.0.0', dateModified: '2025-01-01' });
    expect(ld.distribution.map((d) => d.encodingFormat)).toEqual(['text/csv', 'text/csv', 'application/json']);
  });
  it('gives the period as ISO 8601, the city box, the catalog and each field (demo: temporal 2024年)', () => {
    const ld = datasetToJsonLd(demo, box);
    expect(ld.temporalCoverage).toBe('2024');
    expect(ld.description).toContain('时间范围：2024年');
    expect(ld.spatialCoverage).toEqual({ '@type': 'Place', name: '肇庆市', geo: { '@type': 'GeoShape', box: '22.8 111.3 24.4 112.9' } });
    expect(ld.includedInDataCatalog).toMatchObject({ '@type': 'DataCatalog', url: expect.stringMatching(/\/data\/$/) });
    expect(ld.variableMeasured.map((v) => v.propertyID)).toEqual(['key', 'metric', 'value', 'qualifier', 'unit', 'period', 'source', 'note']);
    expect(ld.variableMeasured[2]).toEqual({ '@type': 'PropertyValue', name: '数值', propertyID: 'value', description: '数值' });
  });
  it('leaves temporalCoverage out when the period has no ISO form, and says why', () => {
    const vague = { ...demo, meta: { ...demo.meta, temporal: '近两年来' } };
    const ld = datasetToJsonLd(vague, box);
    expect(ld).not.toHaveProperty('temporalCoverage');
    expect(ld.description).toContain('无法写成 ISO 8601 时间段');
  });
  it('escapes < and > so no value can close the script element', () => {
    expect(jsonForScript({ x: '</script><b>' })).toBe('{"x":"\\u003c/script\\u003e\\u003cb\\u003e"}');
  });
  it('lists every version’s files with checksum in the DCAT catalog', () => {
    const dcat = catalogToDcat(catalog, box);
    const dist = dcat['dcat:dataset'][0]?.['dcat:distribution'][0];
    expect(dist?.['spdx:checksum']['spdx:checksumValue']).toEqual({ '@type': 'xsd:hexBinary', '@value': demo.latest.sha256 });
    expect(dcat['dcat:dataset'][0]?.['dct:temporal']).toMatchObject({ '@type': 'dct:PeriodOfTime', 'dcat:startDate': { '@type': 'xsd:gYear', '@value': '2024' } });
  });
  it('feeds each release as an RSS item with escaped text', () => {
    const feed = catalogToReleasesFeed(catalog);
    expect(feed).toContain('<title>示例数据集 1.0.0 版</title>');
    expect(feed).toContain('<pubDate>Wed, 01 Jan 2025 00:00:00 GMT</pubDate>');
    expect(feed.match(/<item>/g)).toHaveLength(1);
    expect(feed).toMatch(/<atom:link href="https?:[^"]+\/data\/releases\.xml" rel="self" type="application\/rss\+xml"\/>/);
  });
});
