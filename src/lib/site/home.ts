/** Figures the home page leads with, by reference: the values live in the datasets. */
export const HEADLINE_FIGURES = [
  { dataset: 'hardship-assistance', key: 'funds' },
  { dataset: 'hardship-assistance', key: 'households' },
  { dataset: 'hardship-assistance', key: 'assistance' },
  { dataset: 'union-forests', key: 'plots' },
  { dataset: 'union-forests', key: 'saplings' },
  { dataset: 'model-worker-outreach', key: 'enterprises-served' },
] as const;

/** Charts on the home page, as editors would write them in an article. */
export const HOME_CHARTS = [
  { dataset: 'union-forests', kind: 'waffle', key: 'plots', title: '工会林：建成片数' },
  { dataset: 'hardship-assistance', kind: 'waffle', key: 'households', unit: '100', title: '常态化帮扶的困难职工户数' },
  { dataset: 'model-worker-outreach', kind: 'bar', title: '2024年劳模工匠宣讲与技术服务' },
] as const;
