import { LICENSES } from './licenses.ts';
import type { Catalog, Dataset, DatasetVersion } from './load.ts';
import { versionFiles } from './downloads.ts';
import { sourceToLine } from './sources.ts';
import { absoluteUrl, paths } from '../site/urls.ts';

/**
 * The Frictionless Data Package (v2) descriptor of one released version: metadata,
 * license, sources, and one resource per data file with its size, hash and Table Schema.
 */
export function versionToDataPackage(catalog: Catalog, dataset: Dataset, version: DatasetVersion) {
  const { meta } = dataset;
  const license = LICENSES[meta.license as keyof typeof LICENSES];
  const fields = version.header.map((name) => {
    const f = meta.fields.find((field) => field.name === name);
    return {
      name,
      title: f?.title ?? name,
      type: f?.type ?? 'string',
      description: f?.description ?? '',
      ...(f?.unit ? { unit: f.unit } : {}),
      ...(f?.enum ? { constraints: { enum: f.enum } } : {}),
    };
  });
  const schema = { fields, primaryKey: meta.primary_key, missingValues: [''] };
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: dataset.id,
    id: absoluteUrl(paths.version(dataset.id, version.version)),
    version: version.version,
    title: meta.title,
    description: meta.description,
    keywords: meta.keywords,
    created: `${version.date}T00:00:00Z`,
    homepage: absoluteUrl(paths.dataset(dataset.id)),
    licenses: [{ name: meta.license, path: license.path, title: license.title }],
    sources: catalog.sources
      .filter((s) => meta.sources.includes(s.id))
      .map((s) => ({ title: sourceToLine(s), ...(s.seen_at[0]?.url ? { path: s.seen_at[0].url } : {}) })),
    resources: versionFiles(dataset, version).map((file) => ({
      name: file.name.replace(/\./g, '-'),
      path: file.name,
      format: file.format,
      mediatype: file.mediatype,
      encoding: file.encoding,
      bytes: file.bytes,
      hash: `sha256:${file.sha256}`,
      schema,
    })),
  };
}
