import { describe, expect, it } from 'vitest';
import { ArticleGuardError, frontMatterProblems, inspectArticleTree } from '../../../src/lib/content/article-guard.ts';
import { acceptedArticle, parseArticle } from '../../../src/lib/content/mdx-pipeline.ts';

// What an editor is told for each rule, and what the guard hands on to validation.
const FILE = 'content/articles/x.mdx';
const inspect = (body: string) => parseArticle(FILE, body).inspection;
const COMPONENTS = '可用的组件：Fact、Chart、ForestMap、ServiceMap；其余一律用 Markdown 写';
const CODE_FIX = '删除这段代码。正文中要显示花括号、尖括号时写成 \\{ \\} \\<。';

describe('components the site does not know', () => {
  it('names a script, an HTML tag, an unknown component and a fragment, each with the components there are', async () => {
    const found = await inspect('<script>x</script>\n\n<div>a</div>\n\n<Widget />\n\n<>b</>\n');
    expect(found.problems).toStrictEqual([
      { file: FILE, code: 'ARTICLE-SCRIPT', line: 1, value: '<script>', message: '文章里不能有 <script>：正文不能运行代码', expected: COMPONENTS },
      { file: FILE, code: 'ARTICLE-HTML', line: 3, value: '<div>', message: '文章里不能写 HTML 标签', expected: COMPONENTS },
      { file: FILE, code: 'ARTICLE-COMPONENT', line: 5, value: '<Widget>', message: '文章里用了网站不认识的组件', expected: COMPONENTS },
      { file: FILE, code: 'ARTICLE-COMPONENT', line: 7, value: '<>', message: '文章里用了网站不认识的组件', expected: COMPONENTS },
    ]);
    expect(found.components).toEqual([]);
  });
});

describe('attributes of a known component', () => {
  it('refuses a spread, an event handler and an unknown attribute, and does not pass the component on', async () => {
    const found = await inspect('<Fact dataset="demo" key="funds" {...props} />\n\n<Fact dataset="demo" key="funds" onClick="x" />\n\n<Fact dataset="demo" key="funds" button="x" />\n');
    expect(found.problems).toStrictEqual([
      { code: 'ARTICLE-CODE', file: FILE, line: 1, value: '{...props}', message: '组件上不能写 {…} 展开表达式：正文不能运行代码', fix: CODE_FIX },
      { code: 'ARTICLE-EVENT-HANDLER', file: FILE, line: 3, field: 'Fact.onClick', message: '文章里不能有事件处理属性（如 onclick）：正文不能运行代码', fix: '删除这个属性。' },
      { code: 'ARTICLE-ATTRIBUTE', file: FILE, line: 5, field: 'Fact.button', message: '组件没有这个属性', expected: '可用属性：dataset、key' },
    ]);
    expect(found.components).toEqual([]);
  });

  it('lists every attribute a component takes', async () => {
    expect((await inspect('<Chart dataset="demo" kind="bar" colour="red" />\n')).problems).toMatchObject([{ field: 'Chart.colour', expected: '可用属性：dataset、kind、x、y、key、keys、title、unit、id' }]);
    expect((await inspect('<ForestMap size="2" />\n')).problems).toMatchObject([{ field: 'ForestMap.size', expected: '可用属性：county' }]);
  });

  it('refuses an expression as a value and says how to write it', async () => {
    expect((await inspect('<Fact dataset="demo" key={1} />\n')).problems).toStrictEqual([
      { code: 'ARTICLE-CODE', file: FILE, line: 1, field: 'Fact.key', value: '{1}', message: '属性值要写成带引号的文字', expected: 'key="…"' },
    ]);
  });

  it('names the attributes a component needs when one is missing', async () => {
    expect((await inspect('<Chart kind="bar" />\n')).problems).toStrictEqual([
      { code: 'ARTICLE-ATTRIBUTE', file: FILE, line: 1, field: 'Chart.dataset', message: '缺少必填属性', expected: '<Chart dataset="…" kind="…" />' },
    ]);
  });

  it('checks the attribute text of a component inside a sentence, naming the attribute', async () => {
    const found = await inspect('见 <Fact dataset="demo" key="funds\u202e" /> 。\n');
    expect(found.problems.map((p) => [p.code, p.field])).toEqual([['TEXT-CONTROL', 'Fact.key']]);
  });
});

describe('links and images', () => {
  it('tells how to write a refused link and a refused image', async () => {
    expect((await inspect('[x](javascript:alert(1))\n\n![y](https://example.org/a.png)\n')).problems).toStrictEqual([
      { code: 'ARTICLE-LINK', file: FILE, line: 1, value: 'javascript:alert(1)', message: '不允许 javascript: 开头的链接', fix: '外部链接写完整的 https:// 地址；站内链接以 / 开头，如 /data/union-forests/。' },
      {
        code: 'ARTICLE-IMAGE',
        file: FILE,
        line: 3,
        value: 'https://example.org/a.png',
        message: '文章只能用本站的图片（放在 public/ 下，以 / 开头引用），不能引用其他网站的图片',
        fix: '把图片放进 public/images/，写成 ![说明](/images/文件名.jpg)。',
      },
    ]);
  });

  it('hands on internal links for checking, not anchors on the same page', async () => {
    expect((await inspect('[a](#top) [b](/data/demo/#) [c](/data/demo/#row-funds)\n')).links).toEqual([
      { path: '/data/demo/#', line: 1, image: false },
      { path: '/data/demo/#row-funds', line: 1, image: false },
    ]);
  });
});

describe('text a reader sees', () => {
  it('reports a number in a paragraph once, not again for the text node inside it', async () => {
    expect((await inspect('电话 13812345678。\n')).problems.map((p) => p.code)).toEqual(['PII-MOBILE']);
  });
});

describe('inspectArticleTree(tree, file): node types the parse never makes from Markdown', () => {
  const at = (line: number) => ({ start: { line } });
  it('refuses raw HTML as a syntax the site does not support, and MDX code as code', () => {
    const found = inspectArticleTree({ type: 'root', children: [{ type: 'html', value: '<b>x</b>', position: at(2) }, { type: 'mdxjsEsm', value: 'import x from "y"', position: at(4) }, { type: 'mdxFlowExpression', value: '1+1', position: at(6) }] }, FILE);
    expect(found.problems).toStrictEqual([
      { code: 'ARTICLE-SYNTAX', file: FILE, line: 2, value: 'html', message: '文章里用了网站不支持的写法', fix: '只用标题、段落、列表、表格、链接、图片、脚注和网站的组件。' },
      { code: 'ARTICLE-CODE', file: FILE, line: 4, message: '文章里不能写 import、export 或 { } 表达式：正文不能运行代码', fix: CODE_FIX },
      { code: 'ARTICLE-CODE', file: FILE, line: 6, message: '文章里不能写 import、export 或 { } 表达式：正文不能运行代码', fix: CODE_FIX },
    ]);
  });
});

describe('frontMatterProblems(frontmatter, file)', () => {
  it('does not take two equal numbers or flags for one value reached twice', () => {
    expect(frontMatterProblems({ a: 1, b: 1, c: true, d: true, e: null, f: null }, FILE)).toEqual([]);
  });
  it('names a nested key with its path, and says why an alias is refused', () => {
    expect(frontMatterProblems({ meta: { '电话13812345678': 'x' } }, FILE)).toMatchObject([{ code: 'PII-MOBILE', field: 'meta.电话13812345678' }]);
    const shared = { x: 1 };
    expect(frontMatterProblems({ a: shared, b: shared }, FILE)).toStrictEqual([{ code: 'YAML-ALIAS', file: FILE, field: 'b', message: 'YAML 引用（& 锚点和 * 别名）不能使用', fix: '把引用的内容直接写出来。' }]);
    expect(frontMatterProblems('电话13812345678', FILE)).toStrictEqual([expect.objectContaining({ code: 'PII-MOBILE' })]);
    expect(Object.keys(frontMatterProblems('电话13812345678', FILE)[0]!)).not.toContain('field');
  });
});

describe('the guard in the build\'s reading (acceptedArticle)', () => {
  it('lets a clean article through the build\'s reading and stops one with a problem with a named error', () => {
    expect(acceptedArticle(FILE, '# 标题\n\n正文。\n').tree.children).toHaveLength(2);
    const failure = (() => { try { return acceptedArticle(FILE, '<div>x</div>\n'); } catch (e) { return e; } })();
    expect(failure).toBeInstanceOf(ArticleGuardError);
    expect((failure as Error).name).toBe('ArticleGuardError');
    expect((failure as ArticleGuardError).problems).toMatchObject([{ code: 'ARTICLE-HTML', file: FILE }]);
  });
});

describe('every kind of Markdown an article may use', () => {
  const ALL = [
    '# 标题',
    '',
    '段落里有*强调*、**加粗**、~~删除线~~、`代码`和换行  ',
    '第二行[^1]。',
    '',
    '---',
    '',
    '> 引文',
    '',
    '- 列表一',
    '- 列表二',
    '',
    '| 甲 | 乙 |',
    '| --- | --- |',
    '| 1 | 2 |',
    '',
    '```',
    '代码块',
    '```',
    '',
    '[^1]: 脚注。',
    '',
  ].join('\n');
  it('passes them all', async () => {
    expect((await inspect(ALL)).problems).toEqual([]);
  });
  it('reads a heading, a table cell and a code block as text a reader sees', async () => {
    const found = await inspect('## 电话 13812345678\n\n| 甲 |\n| --- |\n| 13912345678 |\n\n```\n13712345678\n```\n');
    expect(found.problems.map((p) => [p.code, p.line])).toEqual([
      ['PII-MOBILE', 1],
      ['PII-MOBILE', 5],
      ['PII-MOBILE', 7],
    ]);
    expect(found.texts.map((t) => t.text)).toEqual(['电话 13812345678', '甲', '13912345678', '13712345678']);
  });
});
