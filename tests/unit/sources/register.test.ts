import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { REGISTER_LISTED, sourcesToRegister } from '../../../src/lib/sources/register.ts';

describe('sourcesToRegister(catalog, articles)', () => {
  const { catalog } = loadCatalog(process.cwd());
  const articles = [
    { slug: 'a', title: '用到2021年总数', refs: [{ dataset: 'hardship-assistance-by-year', key: '2021-funds-xjrb' }] },
    { slug: 'b', title: '画了整个标准数据集', refs: [{ dataset: 'hardship-standards' }] },
    { slug: 'c', title: '只用访谈', refs: [{ dataset: 'hardship-assistance', key: 'funds' }] },
  ];
  // Built inside each test, not here: Stryker counts a mutant as covered only by the tests that run it.
  const entry = (id: string, list = articles) => sourcesToRegister(catalog, list).find((e) => e.source.id === id)!;

  it('lists every registered source once', () => {
    expect(sourcesToRegister(catalog, articles).map((e) => e.source.id).sort()).toEqual(catalog.sources.map((s) => s.id).sort());
  });

  it('gives each source the figures it gave, by dataset', () => {
    const xjrb = entry('xjrb-2022-hardship');
    expect(xjrb.figures.map((g) => [g.dataset.id, g.figures.length])).toEqual([
      ['hardship-assistance-by-year', 12],
      ['hardship-standards', 5],
    ]);
    expect(entry('gdftu-2025-may-day').figures.flatMap((g) => g.figures.map((f) => f.source_wording))).toEqual(['46支', '2127人次', '1092人', '110余人']);
    expect(entry('gdgy-deqing-summer-visits').figures).toEqual([]);
  });

  it('names the articles that show one of its figures, through <Fact> or a chart', () => {
    expect(entry('xjrb-2022-hardship').articles.map((a) => a.slug)).toEqual(['a', 'b']);
    expect(entry('grrb-2022-hardship').articles).toEqual([]);
    expect(entry('zhang-sihui-interview-2025').articles.map((a) => a.slug)).toEqual(['c']);
  });

  it('names an article under every source whose figure it shows, and under no other source of the same dataset', () => {
    // 2021-funds-grrb is 工人日报's row of the dataset 新快报 also gave rows to; 'funds' is the interview's.
    const both = [...articles, { slug: 'd', title: '两个来源', refs: [{ dataset: 'hardship-assistance-by-year', key: '2021-funds-grrb' }, { dataset: 'hardship-assistance', key: 'funds' }] }];
    expect(entry('grrb-2022-hardship', both).articles.map((a) => a.slug)).toEqual(['d']);
    expect(entry('zhang-sihui-interview-2025', both).articles.map((a) => a.slug)).toEqual(['c', 'd']);
    expect(entry('xjrb-2022-hardship', both).articles.map((a) => a.slug)).toEqual(['a', 'b']);
  });

  it('does not name an article for a row key of another dataset', () => {
    const elsewhere = [{ slug: 'e', title: '别的数据集', refs: [{ dataset: 'hardship-standards', key: '2021-funds-grrb' }] }];
    expect(entry('grrb-2022-hardship', elsewhere).articleCount).toBe(0);
  });

  it('names the datasets that cite it', () => {
    expect(entry('grrb-2022-hardship').datasets.map((d) => d.id).sort()).toEqual(['hardship-assistance-by-year', 'union-rest-stations', 'worker-care-activities']);
  });

  it('names the first 20 articles in the order given and counts them all, so the page does not grow with the archive', () => {
    expect(REGISTER_LISTED).toBe(20);
    const many = Array.from({ length: 23 }, (_, i) => ({ slug: `n${i}`, title: `第${i}篇`, refs: [{ dataset: 'hardship-assistance', key: 'funds' }] }));
    const interview = sourcesToRegister(catalog, [...many, articles[0]!]).find((e) => e.source.id === 'zhang-sihui-interview-2025')!;
    expect(interview.articleCount).toBe(23);
    expect(interview.articles.map((a) => a.slug)).toEqual(many.slice(0, 20).map((a) => a.slug));
    expect(entry('xjrb-2022-hardship').articleCount).toBe(2);
    expect(entry('grrb-2022-hardship').articleCount).toBe(0);
  });

  it('names the first 20 citing datasets in catalog order and counts them all', () => {
    const many = Array.from({ length: 22 }, (_, i) => ({ ...catalog.datasets[0]!, id: `d${String(i).padStart(2, '0')}`, meta: { ...catalog.datasets[0]!.meta, sources: ['grrb-2022-hardship'] } }));
    const grrb = sourcesToRegister({ ...catalog, datasets: many }, []).find((e) => e.source.id === 'grrb-2022-hardship')!;
    expect(grrb.datasetCount).toBe(22);
    expect(grrb.datasets.map((d) => d.id)).toEqual(many.slice(0, 20).map((d) => d.id));
  });
});
