import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRepo } from '../helpers/repo-copy.ts';

describe('guards at build time', () => {
  it('shows markup in a CSV cell as text, never as HTML', () => {
    const repo = copyRepo();
    const file = 'data/union-forests/data.csv';
    repo.write(file, repo.read(file).replace('含劳模林、工匠林、先锋林', '"<b onclick=alert(1)>粗体</b><script>x()</script>"'));
    const env = { SITE_AS_OF: '2026-11-24' };
    expect(repo.run('npm', ['run', 'data:release', '--', 'union-forests', 'patch', '测试'], env).status).toBe(0);
    expect(repo.run('npm', ['run', 'build'], env).status).toBe(0);
    const html = readFileSync(join(repo.root, 'dist/data/union-forests/index.html'), 'utf8');
    expect(html).toContain('&lt;b onclick=alert(1)&gt;粗体&lt;/b&gt;&lt;script&gt;x()&lt;/script&gt;');
    expect(html).not.toContain('<b onclick');
  });

  it('refuses to build an article with personal data or a broken link, naming file and line', () => {
    const repo = copyRepo();
    const file = 'content/articles/hardship-family-story.mdx';
    repo.write(file, `${repo.read(file)}\n联系电话 13812345678，详见[这里](/articles/nope/)。\n`);
    const run = repo.run('npm', ['run', 'build']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(new RegExp(`${file}:\\d+ \\[PII-MOBILE\\]`));
    expect(run.stderr).toMatch(new RegExp(`${file}:\\d+ \\[ARTICLE-LINK\\]`));
  });
});
