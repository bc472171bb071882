import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { explainDisagreements } from '../../../src/lib/disagreements/explanations.ts';

describe('explainDisagreements(catalog) on the repository’s data', () => {
  const { catalog } = loadCatalog(process.cwd());
  const explained = explainDisagreements(catalog);
  it('explains every entry of data/disagreements.yaml, in order', () => {
    expect(explained.map((e) => e.entry.id)).toEqual(catalog.disagreements.map((d) => d.id));
  });
  it('lists both sources of the 31 vs 46 teams, each with its own figure', () => {
    const teams = explained.find((e) => e.entry.id === 'service-teams-2024')!;
    expect(teams.kindText).toBe('来源说法不一');
    // From the public record: the interview gave 31支, the provincial union's website 46支.
    expect(teams.figures.map((f) => [f.figure.value, f.source?.publisher])).toEqual([[31, '未署名'], [46, '广东省总工会']]);
    expect(teams.sources.map((s) => s.id)).toEqual(['zhang-sihui-interview-2025', 'gdftu-2025-may-day']);
  });
  it('marks the total of a total-and-parts entry', () => {
    const parts = explained.find((e) => e.entry.id === 'hardship-2021-total-and-parts')!;
    expect(parts.figures.filter((f) => f.total).map((f) => f.figure.key)).toEqual(['2021-funds-xjrb']);
  });
});
