/**
 * The official validators, offline: Frictionless Data Package v2 profiles (JSON Schema
 * draft-07, with ajv) and the DCAT-AP 3.0.1 SHACL shapes (jsonld → RDF, rdf-validate-shacl).
 * The files are verbatim copies under tests/fixtures/standards/ (see its README).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';


const STANDARDS = join(import.meta.dirname, '..', 'fixtures', 'standards');
const readJson = (file: string) => JSON.parse(readFileSync(join(STANDARDS, file), 'utf8')) as Record<string, unknown>;

let dataPackageValidator: ReturnType<Ajv['compile']> | undefined;

/** Violations of the Data Package v2 profile, as "path: message" lines (empty: valid). */
export function dataPackageViolations(descriptor: unknown): string[] {
  if (!dataPackageValidator) {
    // strict: false — the profiles carry documentation keywords (propertyOrder, context, examples).
    const ajv = new Ajv({ strict: false, allErrors: true });
    (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
    ajv.addFormat('textarea', true); // an editor hint in the profiles, not a constraint
    dataPackageValidator = ajv.compile(readJson('frictionless-v2/datapackage.json'));
  }
  if (dataPackageValidator(descriptor)) return [];
  return (dataPackageValidator.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
}

/** A document loader that never fetches: the catalog must carry its context inline. */
const offlineLoader = async (url: string): Promise<never> => {
  throw new Error(`JSON-LD wanted to fetch ${url}: contexts must be inline`);
};

let shapes: Store | undefined;

/** Violations of the DCAT-AP 3.0.1 shapes by a JSON-LD document, as readable lines (empty: conforms). */
export async function dcatViolations(document: unknown): Promise<string[]> {
  shapes ??= new Store(new Parser({ format: 'text/turtle' }).parse(readFileSync(join(STANDARDS, 'dcat-ap-3.0.1/dcat-ap-3.0.1-SHACL.ttl'), 'utf8')));
  const nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader: offlineLoader as never })) as unknown as string;
  const data = new Store(new Parser({ format: 'application/n-quads' }).parse(nquads));
  const report = await new SHACLValidator(shapes as never).validate(data as never);
  return report.results.map((r) => {
    const message = r.message.map((m) => m.value).join(' ');
    return `${r.focusNode?.value} ${r.path?.value ?? ''}: ${message || r.sourceConstraintComponent?.value}`;
  });
}
