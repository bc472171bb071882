import { describe, expect, it } from 'vitest';
import { articleComponents } from '../../../src/lib/content/article-figures.ts';
import { compiledArticle, recordCompiledArticle } from '../../../src/lib/content/compiled-articles.ts';
import { articleCompiler } from '../../../src/lib/content/mdx-pipeline.ts';
import type { ArticleInspection } from '../../../src/lib/content/article-guard.ts';

const inspection = (name: string): ArticleInspection => ({ problems: [], components: [{ name, attributes: {}, line: 1 }], links: [], texts: [] }) as unknown as ArticleInspection;

describe('compiledArticle(file, body)', () => {
  it('gives what was recorded for the same text, whatever blank lines front matter splitting left around it', () => {
    recordCompiledArticle('content/articles/a.mdx', '\n\n\n正文 <Fact dataset="x" key="y" />\n', inspection('Fact'));
    expect(compiledArticle('content/articles/a.mdx', '正文 <Fact dataset="x" key="y" />')?.components[0]?.name).toBe('Fact');
  });

  it('gives nothing for another text of the same file (an edit since the compile), or a file never compiled', () => {
    recordCompiledArticle('content/articles/b.mdx', '正文 <Chart />', inspection('Chart'));
    expect(compiledArticle('content/articles/b.mdx', '正文 <ForestMap />')).toBeUndefined();
    expect(compiledArticle('content/articles/never.mdx', '正文')).toBeUndefined();
  });
});

describe('the processor records every compile', () => {
  it('records what the guard found in each file it compiles', async () => {
    const compiler = await articleCompiler('/repo');
    const body = '一段话。\n\n<Fact dataset="hardship-assistance" key="funds" />\n';
    await compiler.compile('content/articles/recorded.mdx', body, { title: 't' });
    expect(compiledArticle('content/articles/recorded.mdx', body)?.components.map((c) => [c.name, c.attributes])).toEqual([['Fact', { dataset: 'hardship-assistance', key: 'funds' }]]);
  });

  it('articleComponents answers from the record, without compiling again', async () => {
    // A record that no compile of this body could give: only reading the record returns it.
    const body = '一段话。<Fact dataset="a" key="b" />';
    recordCompiledArticle('content/articles/c.mdx', body, inspection('ForestMap'));
    expect((await articleComponents('/repo', 'content/articles/c.mdx', body)).map((c) => c.name)).toEqual(['ForestMap']);
    expect((await articleComponents('/repo', 'content/articles/c.mdx', `${body}改`)).map((c) => c.name)).toEqual(['Fact']);
  });
});
