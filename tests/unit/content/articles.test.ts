import { describe, expect, it } from 'vitest';
import { publishedArticles } from '../../../src/lib/content/articles.ts';
import type { ArticleData } from '../../../src/lib/content/article-schema.ts';

const entry = (id: string, date: string, draft = false) => ({ id, data: { title: id, date, summary: 's', kind: 'news', tags: [], datasets: [], draft } as ArticleData });
const entries = [entry('old', '2026-01-01'), entry('draft', '2026-02-01', true), entry('future', '2026-12-01'), entry('today', '2026-11-24'), entry('also-today', '2026-11-24')];

describe('publishedArticles(entries, asOf, options)', () => {
  it('leaves out drafts and articles dated after the as-of date; newest first, then by id', () => {
    expect(publishedArticles(entries, '2026-11-24').map((e) => e.id)).toEqual(['also-today', 'today', 'old']);
  });
  it('publishes a scheduled article from its date on', () => {
    expect(publishedArticles(entries, '2026-12-01').map((e) => e.id)).toContain('future');
  });
  it('shows everything in an editor’s preview', () => {
    expect(publishedArticles(entries, '2026-11-24', { preview: true })).toHaveLength(entries.length);
  });
});
