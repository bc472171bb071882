import { boxToSchemaOrg, boxToWkt, type GeoBox } from '../map/bounds.ts';
import { SITE } from '../site/config.ts';
import { absoluteUrl, paths } from '../site/urls.ts';
import { versionFiles } from './downloads.ts';
import { LICENSES } from './licenses.ts';
import type { Catalog, Dataset } from './load.ts';
import { datasetPeriod, isoPeriodEnds } from './period.ts';

const license = (d: Dataset) => LICENSES[d.meta.license as keyof typeof LICENSES];
const publisher = { '@type': 'Organization', name: SITE.publisher, url: absoluteUrl('/') };
/** The data catalog every dataset belongs to: the /data/ page. */
export const DATA_CATALOG_NAME = `${SITE.title} · 数据目录`;

/**
 * The period sentence of a dataset, for people: the source's wording, then how the ISO
 * period was derived or why there is none.
 */
export function periodToText(dataset: Dataset): string {
  const period = datasetPeriod(dataset.meta);
  return period.iso === undefined
    ? `时间范围：${dataset.meta.temporal}（无法写成 ISO 8601 时间段：${period.reason}）`
    : `时间范围：${dataset.meta.temporal}（ISO 8601：${period.iso}；${period.derivation}）`;
}

/**
 * schema.org `Dataset` for a dataset page, describing its latest version, as Google
 * Dataset Search reads it: the period as ISO 8601 (`temporalCoverage`, left out when the
 * source gives none; the Chinese wording stays in `description`), the city's box, the
 * catalog it belongs to, and one `variableMeasured` per field.
 */
export function datasetToJsonLd(dataset: Dataset, cityBox: GeoBox) {
  const { meta, latest } = dataset;
  const period = datasetPeriod(meta);
  const url = absoluteUrl(paths.dataset(dataset.id));
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': url,
    url,
    identifier: url,
    name: meta.title,
    alternateName: meta.title_en,
    description: `${meta.description} ${periodToText(dataset)}`,
    keywords: meta.keywords,
    inLanguage: 'zh-CN',
    license: license(dataset).path,
    isAccessibleForFree: true,
    creator: publisher,
    publisher,
    version: latest.version,
    datePublished: dataset.versions[0]?.date,
    dateModified: latest.date,
    ...(period.iso === undefined ? {} : { temporalCoverage: period.iso }),
    spatialCoverage: { '@type': 'Place', name: meta.spatial, geo: { '@type': 'GeoShape', box: boxToSchemaOrg(cityBox) } },
    includedInDataCatalog: { '@type': 'DataCatalog', name: DATA_CATALOG_NAME, url: absoluteUrl(paths.catalog()) },
    variableMeasured: meta.fields.map((f) => ({
      '@type': 'PropertyValue',
      name: f.title,
      propertyID: f.name,
      description: f.description,
      ...(f.unit ? { unitText: f.unit } : {}),
    })),
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
/** An ISO date, month or year as the XSD type of its precision. */
const xsdDate = (value: string) => ({ '@type': ['xsd:gYear', 'xsd:gYearMonth', 'xsd:date'][value.split('-').length - 1], '@value': value });
const foafDocument = (url: string) => ({ '@id': url, '@type': 'foaf:Document' });

/** DCAT's `dct:temporal`: the wording as a label, with start and end dates where the period has them. */
function periodOfTime(dataset: Dataset) {
  const period = datasetPeriod(dataset.meta);
  const { start, end } = period.iso === undefined ? {} : isoPeriodEnds(period.iso);
  return {
    '@type': 'dct:PeriodOfTime',
    'rdfs:label': zh(dataset.meta.temporal),
    ...(start ? { 'dcat:startDate': xsdDate(start) } : {}),
    ...(end ? { 'dcat:endDate': xsdDate(end) } : {}),
  };
}

/**
 * The DCAT-AP 3 catalog of all datasets, each version's files with license and checksum.
 * Every linked resource is typed as DCAT-AP 3.0.1's shapes require (tests/e2e/standards.test.ts).
 */
export function catalogToDcat(catalog: Catalog, cityBox: GeoBox) {
  const licenseDocument = (d: Dataset) => ({ '@id': license(d).path, '@type': 'dct:LicenseDocument' });
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      gsp: 'http://www.opengis.net/ont/geosparql#',
      rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
      skos: 'http://www.w3.org/2004/02/skos/core#',
      spdx: 'http://spdx.org/rdf/terms#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': absoluteUrl(paths.catalogJsonLd()),
    '@type': 'dcat:Catalog',
    'dct:title': zh(SITE.title),
    'dct:description': zh(SITE.description),
    'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': SITE.publisher },
    'foaf:homepage': foafDocument(absoluteUrl('/')),
    'dcat:dataset': catalog.datasets.map((d) => ({
      '@id': absoluteUrl(paths.dataset(d.id)),
      '@type': 'dcat:Dataset',
      'dct:identifier': absoluteUrl(paths.dataset(d.id)),
      'dct:title': zh(d.meta.title),
      'dct:description': zh(d.meta.description),
      'dcat:keyword': d.meta.keywords.map(zh),
      'dct:license': licenseDocument(d),
      'dcat:version': d.latest.version,
      'dct:issued': { '@type': 'xsd:date', '@value': d.versions[0]?.date },
      'dct:modified': { '@type': 'xsd:date', '@value': d.latest.date },
      'dct:spatial': { '@type': 'dct:Location', 'skos:prefLabel': zh(d.meta.spatial), 'dcat:bbox': { '@type': 'gsp:wktLiteral', '@value': boxToWkt(cityBox) } },
      'dct:temporal': periodOfTime(d),
      'dcat:landingPage': foafDocument(absoluteUrl(paths.dataset(d.id))),
      'dcat:distribution': d.versions.flatMap((v) =>
        versionFiles(d, v).map((f) => ({
          '@id': absoluteUrl(paths.download(d.id, v.version, f.name)),
          '@type': 'dcat:Distribution',
          'dct:title': zh(`${d.meta.title} ${v.version} 版 ${f.label}`),
          'dcat:accessURL': { '@id': absoluteUrl(paths.dataset(d.id)) },
          'dcat:downloadURL': { '@id': absoluteUrl(paths.download(d.id, v.version, f.name)) },
          'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${f.mediatype}`, '@type': 'dct:MediaType' },
          'dcat:byteSize': { '@type': 'xsd:nonNegativeInteger', '@value': String(f.bytes) },
          'dct:license': licenseDocument(d),
          'spdx:checksum': {
            '@type': 'spdx:Checksum',
            'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256', '@type': 'spdx:ChecksumAlgorithm' },
            'spdx:checksumValue': { '@type': 'xsd:hexBinary', '@value': f.sha256 },
          },
        })),
      ),
    })),
  };
}
