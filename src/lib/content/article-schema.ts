import { z } from 'astro/zod';
import { IsoDateSchema } from '../datasets/schemas.ts';

export const ARTICLE_KINDS = ['interview', 'story', 'explainer', 'news'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** Chinese names of the kinds, for labels and filters. */
export const ARTICLE_KIND_LABELS: Record<ArticleKind, string> = {
  interview: '访谈',
  story: '故事',
  explainer: '解读',
  news: '动态',
};

/**
 * A front-matter date: YAML parsers differ (Astro's makes a Date, ours keeps the text),
 * so both become `YYYY-MM-DD`, and an impossible day is refused where it is still text.
 */
const ArticleDateSchema = z
  .union([z.date().transform((d) => d.toISOString().slice(0, 10)), IsoDateSchema])
  .describe('发布日期，写成 YYYY-MM-DD，如 2026-11-24；晚于构建日期的文章到那天才发布');

/**
 * Front matter of `content/articles/<slug>.mdx`. `datasetIds` are the datasets that
 * exist, so a related dataset that does not is refused.
 */
export function articleSchema(datasetIds: readonly string[]) {
  return z.object({
    title: z.string().trim().min(1).describe('文章标题（必填）'),
    date: ArticleDateSchema,
    summary: z.string().trim().min(1).max(200).describe('一两句话的摘要，200字以内，显示在列表和搜索结果中'),
    kind: z.enum(ARTICLE_KINDS).describe(`文章类型：${ARTICLE_KINDS.map((k) => `${k}（${ARTICLE_KIND_LABELS[k]}）`).join('、')}`),
    tags: z.array(z.string().trim().min(1)).default([]).describe('标签列表，如 [工会林, 绿美肇庆]'),
    datasets: z
      .array(z.string().refine((id) => datasetIds.includes(id), { error: '数据集不存在' }))
      .default([])
      .describe(`相关数据集代码列表，取自：${datasetIds.join('、')}`),
    draft: z.boolean().default(false).describe('true 表示草稿：不会发布到网站'),
  });
}
export type ArticleData = z.output<ReturnType<typeof articleSchema>>;
