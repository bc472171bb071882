import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { removeOnExit } from '../helpers/temp.ts';

// The built site, served by the global setup, plays the live site.
const live = inject('baseUrl');
const FILE = 'data/union-forests/1.0.0/union-forests.csv';

/** A new build: dist/'s home page and downloads, copied to change on purpose. */
function newBuild(): string {
  const dist = mkdtempSync(join(tmpdir(), 'zq-new-dist-'));
  removeOnExit(dist);
  cpSync('dist/index.html', join(dist, 'index.html'));
  cpSync('dist/data', join(dist, 'data'), { recursive: true });
  return dist;
}

function checkPublished(dist: string, siteUrl: string) {
  const run = spawnSync(process.execPath, ['scripts/check-published.ts', dist], { env: { ...process.env, SITE_URL: siteUrl, SITE_BASE: '/' }, encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

/** A port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('npm run check:published against the built site as the live one', () => {
  it('passes the same build, having compared every released file (CSV, Excel CSV, JSON of each version)', () => {
    const released = readdirSync('data')
      .filter((id) => existsSync(join('data', id, 'versions')))
      .flatMap((id) => readdirSync(join('data', id, 'versions')));
    const { status, out } = checkPublished(newBuild(), live);
    expect(out).toContain(`已对照线上网站核对 ${released.length * 3} 个已发布的文件：新构建中相同网址的内容与线上一致。`);
    expect(status).toBe(0);
  });

  it('refuses a build in which one byte of a released file changed', () => {
    const dist = newBuild();
    writeFileSync(join(dist, FILE), readFileSync(join(dist, FILE), 'utf8').replace(',35,', ',36,'));
    const { status, out } = checkPublished(dist, live);
    expect(out).toContain('部署已停止：新构建会改变线上已经发布的内容。');
    expect(out).toContain(`${dist}/${FILE} [RELEASE-PUBLISHED-CHANGED] 数据集 union-forests 1.0.0 版的文件 union-forests.csv 与线上已发布的不同`);
    expect(status).toBe(1);
  });

  it('says plainly when the live site cannot be reached, and lets the deploy go on', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const { status, out } = checkPublished(newBuild(), url);
    expect(out).toContain(`注意：没有对照线上网站核对已发布的文件。无法读取线上网站的数据目录 ${url}/data/catalog.jsonld：连接被拒绝（ECONNREFUSED）。部署继续`);
    expect(status).toBe(0);
  });
});
