/**
 * The build side of the hostile-input suite (the validation side, one case per attack,
 * is tests/unit/hostile.test.ts): npm run build refuses with the Chinese report and
 * leaves no dist/; the Astro build refuses an article on its own when it renders the
 * article's one parse, even with validation out of the way (articles are never compiled
 * to code, so none of theirs can run); a symlink never reaches dist/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../scripts/bench/corpus.ts';
import { sha256Hex } from '../../src/lib/datasets/checksum.ts';
import { DIGEST_FILES_DIR } from '../../src/lib/datasets/file-output.ts';
import { recordDigest } from '../../src/lib/datasets/release.ts';
import { FIXTURES } from '../helpers/fixture-repo.ts';
import { copyRepo } from '../helpers/repo-copy.ts';

const CANARY = `canary-${process.pid}-secret`;
const MARKER = join(tmpdir(), `zq-build-marker-${process.pid}`);
const ARTICLE = 'content/articles/hostile.mdx';

function withPayload() {
  const repo = copyRepo();
  repo.write(ARTICLE, readFileSync(join(FIXTURES, 'hostile-build/payload.mdx'), 'utf8').replace('__MARKER__', MARKER));
  return repo;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('npm run build with an article that carries code', () => {
  it('refuses with the Chinese report, publishes nothing, and the code never runs', () => {
    rmSync(MARKER, { force: true });
    const repo = withPayload();
    const run = repo.run('npm', ['run', 'build'], { ZQ_CANARY: CANARY });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`${ARTICLE}:13 [ARTICLE-CODE]`);
    expect(run.stderr).toContain(`${ARTICLE}:15 [ARTICLE-CODE]`);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(`${run.stdout}${run.stderr}`).not.toContain(CANARY);
    expect(existsSync(join(repo.root, 'dist'))).toBe(false);
    expect(existsSync(MARKER)).toBe(false);
  });
});

describe('the Astro build alone, without validation beside it', () => {
  it('stops at the article guard: nothing of the article is published, its code never runs', () => {
    rmSync(MARKER, { force: true });
    const repo = withPayload();
    const run = repo.run('node_modules/.bin/node', ['node_modules/astro/bin/astro.mjs', 'build'], { ZQ_CANARY: CANARY });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain('文章未通过检查，不会发布');
    expect(`${run.stdout}${run.stderr}`).toContain(`${ARTICLE}:13 [ARTICLE-CODE]`);
    expect(existsSync(MARKER)).toBe(false);
    for (const file of filesUnder(join(repo.root, 'dist'))) expect(readFileSync(file).includes(CANARY), file).toBe(false);
  });
});

describe('npm run build with a symlink in public/', () => {
  it('refuses before Astro copies anything: the link is named, its target never read', () => {
    const repo = copyRepo();
    symlinkSync(join(repo.root, '.git-secret-target'), join(repo.root, 'public/config.txt'));
    const run = repo.run('npm', ['run', 'build']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('public/config.txt [FILE-SYMLINK]');
    expect(run.stderr).not.toContain('.git-secret-target');
    expect(existsSync(join(repo.root, 'dist'))).toBe(false);
  });
});

describe('npm run build with a large version whose digest was edited by hand', () => {
  it('refuses with the Chinese report and publishes nothing', () => {
    const repo = copyRepo();
    for (const [path, text] of Object.entries(syntheticDataset(0, 300, sha256Hex, { firstRows: 100 }))) {
      mkdirSync(dirname(join(repo.root, 'data', path)), { recursive: true });
      writeFileSync(join(repo.root, 'data', path), text);
    }
    // A small version stands for a large one: the digest, not the size, decides how the pages read it.
    recordDigest(repo.root, 'synthetic-01');
    const records = 'data/synthetic-01/releases.yaml';
    repo.write(records, repo.read(records).replace('rows: 300', 'rows: 3000'));
    const run = repo.run('npm', ['run', 'build']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`${records} [RELEASE-DIGEST]`);
    expect(run.stderr).toContain('发布记录中的大版本摘要与这次构建由该版本生成的结果不一致（rows）');
    expect(existsSync(join(repo.root, 'dist'))).toBe(false);
    expect(existsSync(join(repo.root, DIGEST_FILES_DIR))).toBe(false);
  });
});
