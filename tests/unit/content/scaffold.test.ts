import { describe, expect, it } from 'vitest';
import { scaffoldArticle, scaffoldDataset } from '../../../src/lib/content/scaffold.ts';
import { validateProject } from '../../../src/lib/validate.ts';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';

describe('scaffoldArticle(root, slug, title, date) and scaffoldDataset(root, id, title)', () => {
  it('writes a draft article that validates as written, and refuses to overwrite it', () => {
    const repo = copyFixtureRepo();
    expect(scaffoldArticle(repo.root, 'new-story', '新文章', '2026-11-24')).toEqual({ written: ['content/articles/new-story.mdx'] });
    expect(validateProject(repo.root).problems).toEqual([]);
    expect(scaffoldArticle(repo.root, 'new-story', '别的', '2026-11-24')).toMatchObject({ error: expect.stringContaining('不会覆盖') });
    expect(repo.read('content/articles/new-story.mdx')).toContain('title: 新文章');
    expect(scaffoldArticle(repo.root, '新文章', 'x', '2026-11-24')).toMatchObject({ error: expect.stringContaining('小写英文') });
  });

  it('writes a dataset whose placeholders validation refuses until they are filled', () => {
    const repo = copyFixtureRepo();
    expect(scaffoldDataset(repo.root, 'skills', '技能竞赛')).toMatchObject({ written: ['data/skills/meta.yaml', 'data/skills/data.csv'] });
    const problems = validateProject(repo.root).problems;
    expect(problems.map((p) => p.code)).toContain('YAML-PLACEHOLDER');
    expect(problems.find((p) => p.code === 'YAML-PLACEHOLDER')).toMatchObject({ file: 'data/skills/meta.yaml', line: 2, field: 'title_en' });
    expect(scaffoldDataset(repo.root, 'skills', '技能竞赛')).toMatchObject({ error: expect.stringContaining('不会覆盖') });
  });
});
