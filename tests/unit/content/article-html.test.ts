import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { articleBodyParts } from '../../../src/lib/content/article-html.ts';
import { acceptedArticle } from '../../../src/lib/content/mdx-pipeline.ts';

const FILE = 'content/articles/x.mdx';
const parts = (body: string) => articleBodyParts(acceptedArticle(FILE, body).tree);

describe('articleBodyParts(tree)', () => {
  it('keeps a figure inside its sentence: HTML up to it, the component, the rest of the paragraph', () => {
    expect(parts('资金<Fact dataset="hardship-assistance" key="funds" />，惠及职工。\n')).toEqual([
      '<p>资金',
      { name: 'Fact', attributes: { dataset: 'hardship-assistance', key: 'funds' } },
      '，惠及职工。</p>',
    ]);
  });

  it('places block components between blocks, in reading order, with every attribute as written', () => {
    expect(parts('甲。\n\n<Chart dataset="d" kind="bar" x="metric" y="value" />\n\n<ForestMap county="441203" />\n\n乙。\n')).toEqual([
      '<p>甲。</p>\n',
      { name: 'Chart', attributes: { dataset: 'd', kind: 'bar', x: 'metric', y: 'value' } },
      '\n',
      { name: 'ForestMap', attributes: { county: '441203' } },
      '\n<p>乙。</p>',
    ]);
  });

  it('gives headings the ids Astro gives them (github-slugger: punctuation dropped, repeats numbered)', () => {
    expect(parts('## 几种“林”\n\n## 近两年的数字\n\n## 近两年的数字\n')).toEqual([
      '<h2 id="几种林">几种“林”</h2>\n<h2 id="近两年的数字">近两年的数字</h2>\n<h2 id="近两年的数字-1">近两年的数字</h2>',
    ]);
  });

  it('gives no empty HTML part before a block component that opens the article or after one that ends it', () => {
    expect(parts('<ForestMap county="441203" />\n\n甲。\n\n<Chart dataset="d" kind="bar" />\n')).toEqual([
      { name: 'ForestMap', attributes: { county: '441203' } },
      '\n<p>甲。</p>\n',
      { name: 'Chart', attributes: { dataset: 'd', kind: 'bar' } },
    ]);
  });

  it('places the eleventh figure and after (two-digit marker numbers) like the first', () => {
    const body = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'].map((n) => `${n}<Fact dataset="d" key="k${n}" />\n`).join('\n');
    const found = parts(body);
    expect(found.filter((p) => typeof p !== 'string').map((c) => c.attributes.key)).toEqual(['k一', 'k二', 'k三', 'k四', 'k五', 'k六', 'k七', 'k八', 'k九', 'k十', 'k十一']);
    expect(found.slice(-3)).toEqual(['</p>\n<p>十一', { name: 'Fact', attributes: { dataset: 'd', key: 'k十一' } }, '</p>']);
  });

  it('makes a heading\'s id from the text a reader reads: emphasis kept, a figure in it left out', () => {
    expect(parts('## 困难职工*帮扶*资金<Fact dataset="d" key="k" />\n').slice(0, 1)).toEqual(['<h2 id="困难职工帮扶资金">困难职工<em>帮扶</em>资金']);
  });

  it('gives ids to headings inside a quote and a list too', () => {
    expect(parts('> ## 引文里的标题\n\n- ### 列表里的标题\n')).toEqual([
      '<blockquote>\n<h2 id="引文里的标题">引文里的标题</h2>\n</blockquote>\n<ul>\n<li>\n<h3 id="列表里的标题">列表里的标题</h3>\n</li>\n</ul>',
    ]);
  });

  it('escapes text that looks like a component marker, so it cannot split the body', () => {
    // Typed in an article, the dashes become en dashes (smart punctuation); a tree can still hold the text as is.
    const tree = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: '写着 <!--zq-component:0--> 的一段。' }] }] } as Root;
    expect(articleBodyParts(tree)).toEqual(['<p>写着 &#x3C;!--zq-component:0--> 的一段。</p>']);
    expect(parts('写着 \\<!--zq-component:0--> 的一段。\n')).toEqual(['<p>写着 &#x3C;!–zq-component:0–> 的一段。</p>']);
  });

  it('escapes what an editor writes in link addresses and titles (the quote that would end the attribute)', () => {
    expect(parts('[甲](https://example.org/?a="b"&c=<d> "标题\\"><script>")\n')).toEqual([
      '<p><a href="https://example.org/?a=%22b%22&#x26;c=%3Cd%3E" title="标题&#x22;><script>">甲</a></p>',
    ]);
  });

  it('drops raw HTML even in a tree the guard never saw (the guard refuses it first)', () => {
    const tree = { type: 'root', children: [{ type: 'html', value: '<script>alert(1)</script>' }, { type: 'paragraph', children: [{ type: 'text', value: '正文' }] }] } as Root;
    expect(articleBodyParts(tree).join('')).toBe('<p>正文</p>');
  });

  it('labels footnotes in Chinese', () => {
    const html = parts('正文[^1]。\n\n[^1]: 注释。\n').join('');
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">脚注</h2>');
    expect(html).toContain('aria-label="返回正文中脚注 1 的引用"');
  });

  it('names which reference a footnote\'s second way back returns to', () => {
    const html = parts('正文[^1]，又见[^1]。\n\n[^1]: 注释。\n').join('');
    expect(html).toContain('aria-label="返回正文中脚注 1 的引用"');
    expect(html).toContain('aria-label="返回正文中脚注 1 的第 2 处引用"');
  });
});
