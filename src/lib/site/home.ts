/** Figures the home page leads with, by reference: the values live in the datasets. */
export const HEADLINE_FIGURES = [
  { dataset: 'hardship-assistance', key: 'funds' },
  { dataset: 'hardship-assistance', key: 'households' },
  { dataset: 'hardship-assistance', key: 'assistance' },
  { dataset: 'union-forests', key: 'plots' },
  { dataset: 'union-forests', key: 'saplings' },
  { dataset: 'model-worker-outreach', key: 'enterprises-served' },
] as const;
