import { describe, expect, it } from 'vitest';
import { articleFigureRefs } from '../../../src/lib/content/article-figure-refs.ts';

describe('articleFigureRefs(body)', () => {
  it('finds every <Fact> and <Chart>, in text and on their own line', () => {
    const body = '资金<Fact dataset="hardship-assistance" key="funds" />。\n\n<Chart dataset="model-worker-outreach" kind="bar" />\n\n<Chart kind="card" key="plots" dataset="union-forests" />\n';
    expect(articleFigureRefs(body)).toEqual([
      { dataset: 'hardship-assistance', key: 'funds' },
      { dataset: 'model-worker-outreach' },
      { dataset: 'union-forests', key: 'plots' },
    ]);
  });
  it('does not take a tag inside inline code for one, and skips bodies without tags', () => {
    expect(articleFigureRefs('写成 `<Fact dataset="x" key="y" />` 即可。')).toEqual([]);
    expect(articleFigureRefs('没有数字。')).toEqual([]);
  });
});
