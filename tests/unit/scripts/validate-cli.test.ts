import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';

function validate(root: string) {
  const run = spawnSync(process.execPath, ['scripts/validate.ts'], { env: { ...process.env, SITE_ROOT: root }, encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

describe('npm run validate (scripts/validate.ts)', () => {
  it('passes on a valid repository', () => {
    const { status, out } = validate(copyFixtureRepo().root);
    expect(out).toContain('校验通过');
    expect(status).toBe(0);
  });

  it('reports every problem of every file in one run, in Chinese, and exits 1', () => {
    const repo = copyFixtureRepo();
    repo.write('data/demo/data.csv', repo.read('data/demo/data.csv').replace('2200', '两千').replace('nearly', 'almost'));
    repo.write('content/articles/demo-article.mdx', repo.read('content/articles/demo-article.mdx').replace('title: 示例文章\n', ''));
    rmSync(join(repo.root, 'data/demo/versions/1.0.0.csv'));
    const { status, out } = validate(repo.root);
    expect(status).toBe(1);
    expect(out).toContain('data/demo/data.csv:2 [CSV-ENUM] qualifier：');
    expect(out).toContain('data/demo/data.csv:3 [CSV-TYPE] value：');
    expect(out).toContain('实际值：「两千」');
    expect(out).toContain('data/demo/versions/1.0.0.csv [RELEASE-MISSING]');
    expect(out).toContain('content/articles/demo-article.mdx:2 [ARTICLE-FRONTMATTER] title：');
    expect(out).toContain('共发现 4 个问题');
  });
});
