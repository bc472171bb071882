import type { Problem } from '../problems.ts';

/**
 * What Pagefind is given to index, bounded by measurement (Pagefind 1.6, 200 pages of
 * ordinary Chinese as the base, 1.1 s): its Chinese segmenter takes time quadratic in a
 * run of Han characters with nothing between them (30,000: +1.3 s; 330,000: +160 s), and
 * about 2–4 s per megabyte of Chinese on one page. One enormous Latin or digit token
 * (1 MB: +1 s) and 100,000 distinct numbers (+2.7 s) cost far less, and stay under the
 * page bound.
 */
export const INDEX_LIMITS = {
  /** Characters of an article's source (about 30 pages of Chinese). */
  articleChars: 100_000,
  /** Han characters in a row with no punctuation, space or other character between them. */
  hanRun: 1_000,
  /** Characters of text on one built page that Pagefind reads. */
  pageChars: 500_000,
} as const;

/** The first run of Han characters longer than the limit: each maximal run is read once (linear time). */
function longHanRun(text: string): { index: number; length: number } | undefined {
  for (const m of text.matchAll(/\p{Script=Han}+/gu)) {
    if (m[0].length > INDEX_LIMITS.hanRun) return { index: m.index, length: m[0].length };
  }
  return undefined;
}

/** Line (1-based) of a character offset. */
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * Problems of an editor's file whose text becomes a searchable page (an article, meta.yaml,
 * sources.yaml): Han text without any break, and an article longer than the limit.
 */
export function indexedTextProblems(text: string, file: string, options: { article?: boolean } = {}): Problem[] {
  const problems: Problem[] = [];
  if (options.article && text.length > INDEX_LIMITS.articleChars) {
    problems.push({
      code: 'SEARCH-TEXT-TOO-LONG',
      file,
      value: `${text.length} 个字符`,
      message: '文章太长：网站搜索要为全文建立索引',
      expected: `不超过 ${INDEX_LIMITS.articleChars} 个字符`,
      fix: '分成几篇文章；大量数字请做成数据集。',
    });
  }
  const run = longHanRun(text);
  if (run) {
    problems.push({
      code: 'SEARCH-UNBROKEN-TEXT',
      file,
      line: lineOf(text, run.index),
      value: text.slice(run.index, run.index + 20),
      message: `连续 ${run.length} 个汉字中间没有任何标点或空格，搜索索引处理这样的文字极慢`,
      expected: `连续的汉字不超过 ${INDEX_LIMITS.hanRun} 个`,
      fix: '按句子加上标点；如果是粘贴时丢了标点或换行，请重新粘贴。',
    });
  }
  return problems;
}

/**
 * The text of a built page as Pagefind reads it (tags removed), checked against the page
 * limits just before indexing: whatever the source, no page reaches Pagefind too large.
 */
export function builtPageProblems(html: string, page: string): Problem[] {
  // Tags go without a trace: 工<b>会</b>林 is one run of Han characters to Pagefind too.
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, '');
  const problems: Problem[] = [];
  if (text.length > INDEX_LIMITS.pageChars) {
    problems.push({ code: 'SEARCH-TEXT-TOO-LONG', file: page, value: `${text.length} 个字符`, message: '这个页面的文字太多，搜索索引会很慢', expected: `不超过 ${INDEX_LIMITS.pageChars} 个字符` });
  }
  const run = longHanRun(text);
  if (run) {
    problems.push({ code: 'SEARCH-UNBROKEN-TEXT', file: page, value: text.slice(run.index, run.index + 20), message: '页面上有一长串没有标点或空格的汉字，搜索索引处理这样的文字极慢', expected: `连续的汉字不超过 ${INDEX_LIMITS.hanRun} 个` });
  }
  return problems;
}
