import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRepo } from '../helpers/repo-copy.ts';

const article = (title: string, date: string, draft: boolean, word: string) =>
  `---\ntitle: ${title}\ndate: ${date}\nsummary: 测试。\nkind: news\ntags: []\ndatasets: []\ndraft: ${draft}\n---\n\n## 正文\n\n${word}\n`;

describe('drafts and scheduled articles', () => {
  it('never reach dist/, the search index, the feeds or the sitemap; a scheduled one appears on its date', () => {
    const repo = copyRepo();
    repo.write('content/articles/secret-draft.mdx', article('草稿', '2026-01-01', true, '草稿独有词语甲乙丙'));
    repo.write('content/articles/scheduled.mdx', article('定时', '2027-01-01', false, '定时独有词语丁戊己'));
    const build = (asOf: string) => {
      const run = repo.run('npm', ['run', 'build'], { SITE_AS_OF: asOf });
      expect(run.status, run.stderr).toBe(0);
      return (file: string) => (existsSync(join(repo.root, 'dist', file)) ? readFileSync(join(repo.root, 'dist', file), 'utf8') : '');
    };
    let dist = build('2026-11-24');
    expect(existsSync(join(repo.root, 'dist/articles/secret-draft'))).toBe(false);
    expect(existsSync(join(repo.root, 'dist/articles/scheduled'))).toBe(false);
    for (const file of ['sitemap-0.xml', 'articles/index.html', 'index.html', 'search/t2s.json']) {
      expect(dist(file)).not.toMatch(/secret-draft|scheduled|草稿独有|定时独有/);
    }
    const indexText = repo.run('grep', ['-rl', 'secret-draft', 'dist/pagefind']).stdout;
    expect(indexText).toBe('');
    dist = build('2027-01-01');
    expect(dist('articles/scheduled/index.html')).toContain('定时独有词语丁戊己');
    expect(dist('sitemap-0.xml')).toContain('/articles/scheduled/');
    expect(existsSync(join(repo.root, 'dist/articles/secret-draft'))).toBe(false);
  });
});
