import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../helpers/feed-tools.ts';
import { copyRepo } from '../helpers/repo-copy.ts';

const article = (title: string, date: string, draft: boolean, word: string) =>
  `---\ntitle: ${title}\ndate: ${date}\nsummary: 测试。\nkind: news\ntags: []\ndatasets: []\ndraft: ${draft}\n---\n\n## 正文\n\n${word}\n`;

describe('drafts and scheduled articles', () => {
  it('never reach dist/, the search index, the feeds or the sitemap; a scheduled one appears on its date', () => {
    const repo = copyRepo();
    // The draft opens with a chart of its own: neither the chart nor its share card may be published.
    repo.write('content/articles/secret-draft.mdx', article('草稿', '2026-01-01', true, '草稿独有词语甲乙丙\n\n<Chart dataset="model-worker-outreach" kind="card" key="skill-upgrades" id="draft-only-chart" />'));
    repo.write('content/articles/scheduled.mdx', article('定时', '2027-01-01', false, '定时独有词语丁戊己'));
    // A published title with markup in it: escaped in every context it reaches (head tags, feed).
    const markup = '<b>"工会&林"</b> ::x \'引\'';
    repo.write('content/articles/markup-title.mdx', article(`'${markup.replace(/'/g, "''")}'`, '2026-01-02', false, '标记标题'));
    const build = (asOf: string) => {
      const run = repo.run('npm', ['run', 'build'], { SITE_AS_OF: asOf });
      expect(run.status, run.stderr).toBe(0);
      return (file: string) => (existsSync(join(repo.root, 'dist', file)) ? readFileSync(join(repo.root, 'dist', file), 'utf8') : '');
    };
    let dist = build('2026-11-24');
    expect(existsSync(join(repo.root, 'dist/articles/secret-draft'))).toBe(false);
    expect(existsSync(join(repo.root, 'dist/articles/scheduled'))).toBe(false);
    for (const file of ['share/charts/draft-only-chart.png', 'charts/draft-only-chart.svg', 'embed/draft-only-chart']) expect(existsSync(join(repo.root, 'dist', file)), file).toBe(false);
    for (const file of ['sitemap-0.xml', 'articles/index.html', 'index.html', 'search/t2s.json', 'articles/feed.xml']) {
      expect(dist(file)).not.toMatch(/secret-draft|scheduled|草稿独有|定时独有/);
    }
    const head = dist('articles/markup-title/index.html').split('</head>')[0]!;
    const decode = (v: string) => v.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    for (const name of ['og:title', 'twitter:title']) expect(decode(new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)">`).exec(head)?.[1] ?? '')).toBe(markup);
    // Inside a quoted attribute < and > are plain text; outside any attribute there must be no <b> element.
    expect(head.replace(/"[^"]*"/g, '""')).not.toContain('<b>');
    expect(parseFeed(join(repo.root, 'dist/articles/feed.xml')).entries.find((e) => e.link.endsWith('/articles/markup-title/'))?.title).toBe(markup);
    const indexText = repo.run('grep', ['-rl', 'secret-draft', 'dist/pagefind']).stdout;
    expect(indexText).toBe('');
    dist = build('2027-01-01');
    expect(dist('articles/scheduled/index.html')).toContain('定时独有词语丁戊己');
    expect(dist('sitemap-0.xml')).toContain('/articles/scheduled/');
    expect(dist('articles/feed.xml')).toContain('/articles/scheduled/');
    expect(dist('articles/feed.xml')).not.toMatch(/secret-draft|草稿独有/);
    expect(existsSync(join(repo.root, 'dist/articles/secret-draft'))).toBe(false);
  }, 120_000); // two builds
});
