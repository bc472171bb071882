import { describe, expect, it } from 'vitest';
import { splitArticle } from '../../../src/lib/content/mdx-pipeline.ts';
import { scaffoldArticle, scaffoldDataset } from '../../../src/lib/content/scaffold.ts';
import { validateProject } from '../../../src/lib/validate.ts';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';

describe('scaffoldArticle(root, slug, title, date) and scaffoldDataset(root, id, title)', () => {
  it('writes a draft article that validates as written, and refuses to overwrite it', async () => {
    const repo = copyFixtureRepo();
    expect(scaffoldArticle(repo.root, 'new-story', '新文章', '2026-11-24')).toEqual({ written: ['content/articles/new-story.mdx'] });
    expect((await validateProject(repo.root)).problems).toEqual([]);
    expect(scaffoldArticle(repo.root, 'new-story', '别的', '2026-11-24')).toMatchObject({ error: expect.stringContaining('不会覆盖') });
    expect(repo.read('content/articles/new-story.mdx')).toContain('title: "新文章"');
    expect(scaffoldArticle(repo.root, '新文章', 'x', '2026-11-24')).toMatchObject({ error: expect.stringContaining('小写英文') });
  });

  it('writes a dataset whose placeholders validation refuses until they are filled', async () => {
    const repo = copyFixtureRepo();
    expect(scaffoldDataset(repo.root, 'skills', '技能竞赛')).toMatchObject({ written: ['data/skills/meta.yaml', 'data/skills/data.csv'] });
    const problems = (await validateProject(repo.root)).problems;
    expect(problems.map((p) => p.code)).toContain('YAML-PLACEHOLDER');
    expect(problems.find((p) => p.code === 'YAML-PLACEHOLDER')).toMatchObject({ file: 'data/skills/meta.yaml', line: 2, field: 'title_en' });
    expect(scaffoldDataset(repo.root, 'skills', '技能竞赛')).toMatchObject({ error: expect.stringContaining('不会覆盖') });
  });

  it.each([
    ['标题: 带冒号', 'colon'],
    ["它's \"引号\" # 井号", 'quotes'],
    ['---\ndate: 1999-01-01', 'delimiter'],
    ['[列表, 样子]', 'flow'],
  ])('writes valid YAML whatever the title holds (%s)', async (title, slug) => {
    const repo = copyFixtureRepo();
    scaffoldArticle(repo.root, `t-${slug}`, title, '2026-11-24');
    scaffoldDataset(repo.root, `d-${slug}`, title);
    const problems = (await validateProject(repo.root)).problems;
    expect(problems.filter((p) => p.code === 'YAML-SYNTAX' || p.code === 'ARTICLE-FRONTMATTER')).toEqual([]);
    expect(splitArticle(repo.read(`content/articles/t-${slug}.mdx`)).frontmatter).toMatchObject({ title, date: new Date('2026-11-24') });
  });
});
