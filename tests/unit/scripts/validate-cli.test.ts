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

  it('refuses the bad inputs of the public record, each with file, line, code and a Chinese message', () => {
    const repo = copyFixtureRepo();
    const sources = repo.read('data/sources.yaml');
    repo.write('data/sources.yaml', `${sources}${sources.replace('demo-source', 'no-publisher').replace('  publisher: 示例日报\n', '')}${sources.replace('demo-source', 'no-date').replace("  date: '2025-01-15'\n", '')}`);
    repo.write('data/demo/data.csv', `${repo.read('data/demo/data.csv')}extra,另一项,5,exact,yuan,2024年,unregistered,\nfunds,重复,1,exact,yuan,2024年,demo-source,\n`);
    const { status, out } = validate(repo.root);
    expect(status).toBe(1);
    expect(out).toContain('data/sources.yaml:12 [SOURCE-PUBLISHER] [2].publisher：缺少发表者');
    expect(out).toContain('data/sources.yaml:22 [SOURCE-DATE] [3].date：缺少日期');
    expect(out).toContain('data/demo/data.csv:4 [CSV-SOURCE] source：这一行引用的来源不在数据集的 sources 列表中');
    expect(out).toContain('data/demo/data.csv:5 [CSV-DUPLICATE-KEY] key：行键与第 2 行重复');
    expect(out).toContain('共发现 4 个问题');
  });

  it('refuses a disagreement naming a row that does not exist', () => {
    const repo = copyFixtureRepo();
    repo.write('data/disagreements.yaml', '- id: x\n  kind: conflict\n  title: 说法不一\n  figures:\n    - { dataset: demo, key: funds }\n    - { dataset: demo, key: no-such-row }\n  explanation: 说明。\n');
    const { status, out } = validate(repo.root);
    expect(status).toBe(1);
    expect(out).toContain('data/disagreements.yaml:6 [DISAGREEMENT-ROW] [1].figures.[2].key：数据集“demo”的最新发布版本（1.0.0）中没有行“no-such-row”');
  });
});
