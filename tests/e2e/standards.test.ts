import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPackageViolations, dcatViolations } from '../helpers/standards.ts';
import { repoCatalog } from '../helpers/site.ts';

const dist = join(process.cwd(), 'dist');
const catalog = repoCatalog();

function descriptors(dir = join(dist, 'data')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? descriptors(join(dir, e.name)) : e.name === 'datapackage.json' ? [join(dir, e.name)] : [],
  );
}

interface Resource {
  path: string;
  bytes?: number;
  hash?: string;
  encoding?: string;
}

/** What a client that checks a download finds wrong: missing file, size, SHA-256, an encoding it cannot decode with. */
function resourceMismatches(folder: string, resources: Resource[]): string[] {
  return resources.flatMap((r) => {
    const file = join(folder, r.path);
    if (!existsSync(file)) return [`${r.path}: no such file`];
    const body = readFileSync(file);
    const problems: string[] = [];
    if (r.bytes !== body.length) problems.push(`${r.path}: bytes ${r.bytes} ≠ ${body.length}`);
    if (r.hash !== `sha256:${createHash('sha256').update(body).digest('hex')}`) problems.push(`${r.path}: hash ${r.hash} does not match`);
    try {
      new TextDecoder(r.encoding ?? 'utf-8', { fatal: true }).decode(body);
    } catch (error) {
      problems.push(`${r.path}: encoding ${r.encoding}: ${(error as Error).message}`);
    }
    return problems;
  });
}

describe('every datapackage.json in dist/ (Frictionless Data Package v2 profile, ajv)', () => {
  const files = descriptors();
  it('covers every released version and latest/ of every dataset', () => {
    const expected = catalog.datasets.reduce((n, d) => n + d.versions.length + 1, 0);
    expect(files).toHaveLength(expected);
  });
  it.each(files.map((f) => [relative(dist, f), f]))('%s passes the profile, and each resource’s bytes, sha256 and encoding match its file', (_, file) => {
    const descriptor = JSON.parse(readFileSync(file, 'utf8')) as { resources: Resource[] };
    expect(dataPackageViolations(descriptor)).toEqual([]);
    expect(descriptor.resources.length).toBeGreaterThan(0);
    expect(resourceMismatches(dirname(file), descriptor.resources)).toEqual([]);
  });
  it('finds a broken copy: no resources, a bad field type, a wrong size and hash, a codec browsers refuse', () => {
    const file = files[0]!;
    const good = JSON.parse(readFileSync(file, 'utf8')) as { resources: Resource[]; [k: string]: unknown };
    expect(dataPackageViolations({ ...good, resources: [] })).not.toEqual([]);
    const badField = structuredClone(good) as unknown as { resources: { schema: { fields: { type: string }[] } }[] };
    badField.resources[0]!.schema.fields[0]!.type = 'text';
    expect(dataPackageViolations(badField)).not.toEqual([]);
    const [first] = good.resources;
    const broken = [{ ...first!, bytes: (first!.bytes ?? 0) + 1, hash: `sha256:${'0'.repeat(64)}`, encoding: 'utf-8-sig' }];
    expect(resourceMismatches(dirname(file), broken)).toEqual([expect.stringContaining('bytes'), expect.stringContaining('hash'), expect.stringContaining('encoding utf-8-sig')]);
  });
});

describe('/data/catalog.jsonld (DCAT-AP 3.0.1 SHACL shapes)', () => {
  const document = JSON.parse(readFileSync(join(dist, 'data/catalog.jsonld'), 'utf8')) as { 'dcat:dataset': Record<string, unknown>[] };
  it('conforms, with zero violations, and lists every dataset', async () => {
    expect(document['dcat:dataset']).toHaveLength(catalog.datasets.length);
    expect(await dcatViolations(document)).toEqual([]);
  });
  it('finds a broken copy: an untyped landing page, a period as a string, a checksum without its datatype', async () => {
    const broken = structuredClone(document);
    const entry = broken['dcat:dataset'][0]!;
    entry['dcat:landingPage'] = { '@id': 'https://example.org/' };
    entry['dct:temporal'] = { '@language': 'zh-CN', '@value': '近两年来' };
    const dist0 = (entry['dcat:distribution'] as { 'spdx:checksum': Record<string, unknown> }[])[0]!;
    dist0['spdx:checksum']['spdx:checksumValue'] = 'abc';
    const violations = await dcatViolations(broken);
    expect(violations.some((v) => v.includes('dcat#landingPage'))).toBe(true);
    expect(violations.some((v) => v.includes('terms/temporal'))).toBe(true);
    expect(violations.some((v) => v.includes('checksumValue') && v.includes('hexBinary'))).toBe(true);
  });
});
