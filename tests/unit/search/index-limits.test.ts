import { describe, expect, it } from 'vitest';
import { builtPageProblems, indexedTextProblems, INDEX_LIMITS } from '../../../src/lib/search/index-limits.ts';

const han = (n: number) => '工会林'.repeat(Math.ceil(n / 3)).slice(0, n);

describe('indexedTextProblems(text, file, options)', () => {
  it('takes 1,000 Han characters in a row and refuses 1,001, naming the line', () => {
    expect(INDEX_LIMITS).toEqual({ articleChars: 100_000, hanRun: 1_000, pageChars: 500_000 });
    expect(indexedTextProblems(`title: x\n${han(1_000)}`, 'a.yaml')).toEqual([]);
    expect(indexedTextProblems(`title: x\n\n${han(1_001)}。`, 'a.yaml')).toMatchObject([{ code: 'SEARCH-UNBROKEN-TEXT', file: 'a.yaml', line: 3, message: expect.stringContaining('连续 1001 个汉字') }]);
  });
  it('tells the editor where the run starts, what it begins with and what to do', () => {
    expect(indexedTextProblems(`title: x\n${han(1_001)}\n下一行`, 'a.yaml')).toEqual([
      {
        code: 'SEARCH-UNBROKEN-TEXT',
        file: 'a.yaml',
        line: 2,
        value: '工会林工会林工会林工会林工会林工会林工会',
        message: '连续 1001 个汉字中间没有任何标点或空格，搜索索引处理这样的文字极慢',
        expected: '连续的汉字不超过 1000 个',
        fix: '按句子加上标点；如果是粘贴时丢了标点或换行，请重新粘贴。',
      },
    ]);
  });
  it('counts punctuation, spaces, line breaks and Latin letters as breaks', () => {
    for (const gap of ['，', ' ', '\n', 'A', '1']) expect(indexedTextProblems(`${han(900)}${gap}${han(900)}`, 'a.mdx')).toEqual([]);
  });
  it('refuses an article over 100,000 characters, and only an article', () => {
    const long = `${'工会林。'.repeat(25_000)}x`;
    expect(indexedTextProblems(long, 'a.mdx', { article: true })).toEqual([
      { code: 'SEARCH-TEXT-TOO-LONG', file: 'a.mdx', value: '100001 个字符', message: '文章太长：网站搜索要为全文建立索引', expected: '不超过 100000 个字符', fix: '分成几篇文章；大量数字请做成数据集。' },
    ]);
    expect(indexedTextProblems(long.slice(0, 100_000), 'a.mdx', { article: true })).toEqual([]);
    expect(indexedTextProblems(long, 'meta.yaml')).toEqual([]);
  });
});

describe('builtPageProblems(html, page)', () => {
  it('reads the text as Pagefind does: markup inside a word does not break it, scripts are not text', () => {
    const split = `<p>${han(600)}<b>${han(600)}</b></p>`;
    expect(builtPageProblems(split, 'dist/x/index.html')).toEqual([
      { code: 'SEARCH-UNBROKEN-TEXT', file: 'dist/x/index.html', value: '工会林工会林工会林工会林工会林工会林工会', message: '页面上有一长串没有标点或空格的汉字，搜索索引处理这样的文字极慢', expected: '连续的汉字不超过 1000 个' },
    ]);
    expect(builtPageProblems(`<script type="application/ld+json">${han(2_000)}</script><p>短文</p>`, 'p')).toEqual([]);
    // A script or style between two runs separates them, as Pagefind reads them.
    expect(builtPageProblems(`<p>${han(600)}<script>x()</script>${han(600)}<style>p{}</style>${han(600)}</p>`, 'p')).toEqual([]);
  });
  it('refuses a page with more than 500,000 characters of text', () => {
    expect(builtPageProblems(`<p>${'工会林。'.repeat(125_000)}</p>`, 'p')).toEqual([]);
    expect(builtPageProblems(`<p>${'工会林。'.repeat(125_001)}</p>`, 'p')).toEqual([
      { code: 'SEARCH-TEXT-TOO-LONG', file: 'p', value: '500004 个字符', message: '这个页面的文字太多，搜索索引会很慢', expected: '不超过 500000 个字符' },
    ]);
  });
});
