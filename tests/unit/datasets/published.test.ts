import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogToPublishedFiles, checkPublished } from '../../../src/lib/datasets/published.ts';
import { problemsToReport } from '../../../src/lib/problems.ts';
import { FIXTURES } from '../../helpers/fixture-repo.ts';
import { serveStatic } from '../../helpers/static-server.ts';
import { removeOnExit } from '../../helpers/temp.ts';

const PUBLISHED = join(FIXTURES, 'published');
const CSV = 'data/demo/1.0.0/demo.csv';

/** A new build: a copy of the published site, to change on purpose. */
function newBuild(): string {
  const dist = mkdtempSync(join(tmpdir(), 'zq-dist-'));
  removeOnExit(dist);
  cpSync(PUBLISHED, dist, { recursive: true });
  return dist;
}

/** A server that answers every request with `handler`, on a free port. */
async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}`, server };
}

describe('checkPublished(options) against a live site', () => {
  let live: { url: string; server: Server };
  beforeAll(async () => {
    live = await serveStatic(PUBLISHED);
  });
  afterAll(() => live.server.close());
  const check = (dist: string) => checkPublished({ catalogUrl: `${live.url}/data/catalog.jsonld`, base: '/', dist });

  it('passes a build that serves the same bytes at the published URLs', async () => {
    expect(await check(newBuild())).toEqual({ problems: [], checked: 2 });
  });

  it('passes a build with a new version the live site does not have yet, and a new latest/', async () => {
    const dist = newBuild();
    for (const folder of ['1.1.0', 'latest']) {
      mkdirSync(join(dist, `data/demo/${folder}`));
      writeFileSync(join(dist, `data/demo/${folder}/demo.csv`), 'key\nnew\n');
    }
    expect(await check(dist)).toEqual({ problems: [], checked: 2 });
  });

  it('refuses a build where one byte of a published file changed, naming dataset, version and file', async () => {
    const dist = newBuild();
    writeFileSync(join(dist, CSV), readFileSync(join(dist, CSV), 'utf8').replace('2200', '2300'));
    const { problems } = await check(dist);
    expect(problems).toMatchObject([{ code: 'RELEASE-PUBLISHED-CHANGED', file: `${dist}/${CSV}` }]);
    expect(problemsToReport(problems)).toContain('[RELEASE-PUBLISHED-CHANGED] 数据集 demo 1.0.0 版的文件 demo.csv 与线上已发布的不同：已发布的网址，内容不能改变');
    expect(problemsToReport(problems)).toContain('应为：线上的 sha256 374ffc7473ff8d36a85cbd7076109c172faf011259db847c6080105fcb4c5e5a，213 字节');
  });

  it('refuses a build that no longer serves a published file', async () => {
    const dist = newBuild();
    rmSync(join(dist, 'data/demo/1.0.0/demo.json'));
    expect((await check(dist)).problems).toMatchObject([{ code: 'RELEASE-PUBLISHED-MISSING', message: expect.stringContaining('数据集 demo 1.0.0 版的文件 demo.json 已在线上发布') }]);
  });
});

describe('checkPublished(options) when the live site cannot be read', () => {
  const check = (catalogUrl: string, options: { timeoutMs?: number; fetchImpl?: typeof fetch } = {}) => checkPublished({ catalogUrl, base: '/', dist: newBuild(), ...options });

  it('says the connection was refused', async () => {
    const { url, server } = await serve(() => {});
    await new Promise((resolve) => server.close(resolve));
    expect(await check(`${url}/data/catalog.jsonld`)).toEqual({ problems: [], checked: 0, notice: `无法读取线上网站的数据目录 ${url}/data/catalog.jsonld：连接被拒绝（ECONNREFUSED）。` });
  });

  it('says the name did not resolve', async () => {
    const fetchImpl = (() => Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } }))) as typeof fetch;
    expect((await check('https://zq-union-data.example/data/catalog.jsonld', { fetchImpl })).notice).toContain('域名解析失败（ENOTFOUND）');
  });

  it('says the site did not answer in time', async () => {
    const { url, server } = await serve(() => {}); // accepts, never answers
    try {
      expect((await check(`${url}/data/catalog.jsonld`, { timeoutMs: 300 })).notice).toContain('0.3 秒内没有响应（超时）');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('says a first deploy has no catalog yet (404), and names another status', async () => {
    const { url, server } = await serve((req, res) => res.writeHead(req.url?.includes('missing') ? 404 : 503).end());
    try {
      expect((await check(`${url}/missing/catalog.jsonld`)).notice).toContain('线上网站没有数据目录（HTTP 404），可能还从未部署过');
      expect((await check(`${url}/data/catalog.jsonld`)).notice).toContain('服务器返回 HTTP 503');
    } finally {
      server.close();
    }
  });

  it('refuses a site that answers with something else than a catalog', async () => {
    const { url, server } = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>欢迎</html>'));
    try {
      expect((await check(`${url}/data/catalog.jsonld`)).problems).toMatchObject([{ code: 'RELEASE-PUBLISHED-UNREADABLE' }]);
    } finally {
      server.close();
    }
  });
});

describe('catalogToPublishedFiles(catalog, base)', () => {
  const catalog = JSON.parse(readFileSync(join(PUBLISHED, 'data/catalog.jsonld'), 'utf8'));

  it('lists the files at permanent URLs only, not latest/', () => {
    expect(catalogToPublishedFiles(catalog, '/')).toEqual([
      { path: CSV, dataset: 'demo', version: '1.0.0', name: 'demo.csv', bytes: 213, sha256: '374ffc7473ff8d36a85cbd7076109c172faf011259db847c6080105fcb4c5e5a' },
      { path: 'data/demo/1.0.0/demo.json', dataset: 'demo', version: '1.0.0', name: 'demo.json', bytes: 69, sha256: '01bd3574bc7df7677f87841865cf8841b7033cb6b061e96aa6be434164e290e9' },
    ]);
  });

  it('reads a checksum typed as xsd:hexBinary (DCAT-AP 3) as well as a plain one', () => {
    const typed = JSON.parse(JSON.stringify(catalog).replace('"spdx:checksumValue": "374ffc', '"spdx:checksumValue": {"@type":"xsd:hexBinary","@value":"374ffc').replace('5c5e5a"', '5c5e5a"}'));
    expect(catalogToPublishedFiles(typed, '/')?.[0]).toMatchObject({ path: CSV, sha256: '374ffc7473ff8d36a85cbd7076109c172faf011259db847c6080105fcb4c5e5a' });
  });

  it('reads URLs under the site base path, and nothing outside a version folder', () => {
    const text = JSON.stringify(catalog).replaceAll('example/data/', 'example/sub/data/').replaceAll('1.0.0/demo.json', '1.0.0/../../../etc/passwd');
    expect(catalogToPublishedFiles(JSON.parse(text), '/sub')?.map((f) => f.path)).toEqual([CSV]);
  });
});
