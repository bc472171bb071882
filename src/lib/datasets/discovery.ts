import { escapeXml } from '../escape.ts';
import { SITE } from '../site/config.ts';
import { absoluteUrl, paths } from '../site/urls.ts';
import { versionFiles } from './downloads.ts';
import { LICENSES } from './licenses.ts';
import type { Catalog, Dataset } from './load.ts';

const license = (d: Dataset) => LICENSES[d.meta.license as keyof typeof LICENSES];
const publisher = { '@type': 'Organization', name: SITE.publisher, url: absoluteUrl('/') };

/** schema.org `Dataset` for a dataset page, describing its latest version. */
export function datasetToJsonLd(dataset: Dataset) {
  const { meta, latest } = dataset;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': absoluteUrl(paths.dataset(dataset.id)),
    url: absoluteUrl(paths.dataset(dataset.id)),
    name: meta.title,
    alternateName: meta.title_en,
    description: meta.description,
    keywords: meta.keywords,
    inLanguage: 'zh-CN',
    license: license(dataset).path,
    isAccessibleForFree: true,
    creator: publisher,
    publisher,
    version: latest.version,
    datePublished: dataset.versions[0]?.date,
    dateModified: latest.date,
    temporalCoverage: meta.temporal,
    spatialCoverage: { '@type': 'Place', name: meta.spatial },
    distribution: versionFiles(dataset, latest).map((f) => ({
      '@type': 'DataDownload',
      name: f.label,
      contentUrl: absoluteUrl(paths.download(dataset.id, latest.version, f.name)),
      encodingFormat: f.mediatype,
      contentSize: `${f.bytes} B`,
      sha256: f.sha256,
    })),
  };
}

const zh = (value: string) => ({ '@language': 'zh-CN', '@value': value });

/** The DCAT-AP 3 catalog of all datasets, each version's files with license and checksum. */
export function catalogToDcat(catalog: Catalog) {
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      spdx: 'http://spdx.org/rdf/terms#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': absoluteUrl(paths.catalogJsonLd()),
    '@type': 'dcat:Catalog',
    'dct:title': zh(SITE.title),
    'dct:description': zh(SITE.description),
    'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': SITE.publisher },
    'foaf:homepage': { '@id': absoluteUrl('/') },
    'dcat:dataset': catalog.datasets.map((d) => ({
      '@id': absoluteUrl(paths.dataset(d.id)),
      '@type': 'dcat:Dataset',
      'dct:identifier': d.id,
      'dct:title': zh(d.meta.title),
      'dct:description': zh(d.meta.description),
      'dcat:keyword': d.meta.keywords.map(zh),
      'dct:license': { '@id': license(d).path },
      'dcat:version': d.latest.version,
      'dct:issued': { '@type': 'xsd:date', '@value': d.versions[0]?.date },
      'dct:modified': { '@type': 'xsd:date', '@value': d.latest.date },
      'dct:spatial': zh(d.meta.spatial),
      'dct:temporal': zh(d.meta.temporal),
      'dcat:landingPage': { '@id': absoluteUrl(paths.dataset(d.id)) },
      'dcat:distribution': d.versions.flatMap((v) =>
        versionFiles(d, v).map((f) => ({
          '@id': absoluteUrl(paths.download(d.id, v.version, f.name)),
          '@type': 'dcat:Distribution',
          'dct:title': zh(`${d.meta.title} ${v.version} 版 ${f.label}`),
          'dcat:accessURL': { '@id': absoluteUrl(paths.dataset(d.id)) },
          'dcat:downloadURL': { '@id': absoluteUrl(paths.download(d.id, v.version, f.name)) },
          'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${f.mediatype}` },
          'dcat:byteSize': { '@type': 'xsd:nonNegativeInteger', '@value': String(f.bytes) },
          'dct:license': { '@id': license(d).path },
          'spdx:checksum': { '@type': 'spdx:Checksum', 'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' }, 'spdx:checksumValue': f.sha256 },
        })),
      ),
    })),
  };
}

/** `YYYY-MM-DD` → RFC 822 date at 00:00 UTC, as RSS wants. */
function rfc822(date: string): string {
  return new Date(`${date}T00:00:00Z`).toUTCString();
}

/** RSS 2.0 feed of every release of every dataset, newest first. */
export function catalogToReleasesFeed(catalog: Catalog): string {
  const releases = catalog.datasets
    .flatMap((d) => d.versions.map((v) => ({ d, v })))
    .sort((a, b) => b.v.date.localeCompare(a.v.date) || a.d.id.localeCompare(b.d.id) || b.v.version.localeCompare(a.v.version));
  const items = releases.map(({ d, v }) =>
    [
      '<item>',
      `<title>${escapeXml(`${d.meta.title} ${v.version} 版`)}</title>`,
      `<link>${escapeXml(absoluteUrl(`${paths.dataset(d.id)}#v${v.version}`))}</link>`,
      `<guid isPermaLink="true">${escapeXml(absoluteUrl(paths.download(d.id, v.version)))}</guid>`,
      `<pubDate>${rfc822(v.date)}</pubDate>`,
      `<description>${escapeXml(v.note)}</description>`,
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0"><channel>',
    `<title>${escapeXml(`${SITE.title} · 数据发布`)}</title>`,
    `<link>${escapeXml(absoluteUrl(paths.catalog()))}</link>`,
    `<description>${escapeXml('每个数据集的新版本发布记录')}</description>`,
    '<language>zh-CN</language>',
    ...items,
    '</channel></rss>',
    '',
  ].join('\n');
}
