import { describe, expect, it } from 'vitest';
import { copyRepo } from '../helpers/repo-copy.ts';

describe('guards at build time', () => {
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
