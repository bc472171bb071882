import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import {
  copyHostText,
  partialDateToZh,
  sourceDateText,
  sourcesNewestFirst,
  yamlToSources,
} from '../../../src/lib/datasets/sources.ts';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';

const FILE = 'data/sources.yaml';

/** A valid source entry in YAML, with lines to replace or drop. */
const entry = (lines: Record<string, string | undefined> = {}) => {
  const fields: Record<string, string> = {
    id: 'id: demo-a',
    kind: '  kind: report',
    title: '  title: 示例标题',
    about: '  about: 示例',
    publisher: '  publisher: 西江日报',
    date: "  date: '2022-05-19'",
    date_basis: '  date_basis: printed',
    seen_at: '  seen_at:\n    - url: https://example.org/a.html\n      host: publisher',
    reliability: '  reliability: 高',
  };
  for (const [k, v] of Object.entries(lines)) {
    if (v === undefined) delete fields[k];
    else fields[k] = v;
  }
  return `- ${Object.values(fields).join('\n')}\n`;
};

describe('yamlToSources(text, file)', () => {
  it('accepts a complete source', () => {
    const { sources, problems } = yamlToSources(entry(), FILE);
    expect(problems).toEqual([]);
    expect(sources[0]).toMatchObject({ id: 'demo-a', publisher: '西江日报', date: '2022-05-19', authors: [] });
  });

  it('refuses a source without publisher, with its line and a Chinese message', () => {
    const { problems } = yamlToSources(`${entry()}${entry({ id: 'id: demo-b', publisher: undefined })}`, FILE);
    expect(problems).toMatchObject([{ code: 'SOURCE-PUBLISHER', file: FILE, line: 12, field: '[2].publisher' }]);
    expect(problems[0]?.message).toContain('缺少发表者');
  });

  it('refuses a source without date, with its line', () => {
    const { problems } = yamlToSources(entry({ date: undefined }), FILE);
    expect(problems).toMatchObject([{ code: 'SOURCE-DATE', file: FILE, line: 1, field: '[1].date' }]);
    expect(problems[0]?.message).toContain('缺少日期');
  });

  it('refuses an unnamed publisher that does not say what is printed instead', () => {
    const { problems } = yamlToSources(entry({ publisher: '  publisher: 未署名' }), FILE);
    expect(problems).toMatchObject([{ code: 'SOURCE-PUBLISHER', field: '[1].publisher_note' }]);
  });

  it('refuses an inferred date, or one without a year, that does not say how', () => {
    expect(yamlToSources(entry({ date_basis: '  date_basis: inferred' }), FILE).problems).toMatchObject([{ code: 'SOURCE-DATE', field: '[1].date_note' }]);
    expect(yamlToSources(entry({ date: "  date: '--07-02'" }), FILE).problems).toMatchObject([{ code: 'SOURCE-DATE', field: '[1].date_note' }]);
  });

  it.each(['2022-13', '2021-02-29', '--02-30', '22-05-19', '2022/05/19', 'unknown'])('refuses the date %s', (date) => {
    const text = entry({ date: `  date: '${date}'`, date_note: '  date_note: 说明' });
    expect(yamlToSources(text, FILE).problems).toMatchObject([{ code: 'SOURCE-DATE', line: 6, field: '[1].date', value: date }]);
  });

  it.each(['2022', "'2022'", '2022-09', "'--02-29'"])('accepts the partial date %s (an unquoted year included)', (date) => {
    const text = entry({ date: `  date: ${date}`, date_note: '  date_note: 说明' });
    expect(yamlToSources(text, FILE).problems).toEqual([]);
  });

  it('refuses a re-host that does not say whose text it copies, and a copy without URL', () => {
    const rehost = '  seen_at:\n    - url: https://spam.example/a.html\n      host: rehost';
    expect(yamlToSources(entry({ seen_at: rehost }), FILE).problems).toMatchObject([{ code: 'SOURCE-INVALID', field: '[1].seen_at.[1].of' }]);
    const noUrl = '  seen_at:\n    - host: platform\n      of: 西江日报';
    expect(yamlToSources(entry({ seen_at: noUrl }), FILE).problems).toMatchObject([{ code: 'SOURCE-INVALID', field: '[1].seen_at.[1].url' }]);
  });

  it('refuses a source with neither title nor a note saying there is none', () => {
    expect(yamlToSources(entry({ title: undefined }), FILE).problems).toMatchObject([{ code: 'SOURCE-INVALID', field: '[1].title' }]);
    expect(yamlToSources(entry({ title: '  title_note: 摘录中没有显示标题' }), FILE).problems).toEqual([]);
  });

  it('refuses two sources with the same id', () => {
    const { problems } = yamlToSources(`${entry()}${entry()}`, FILE);
    expect(problems).toMatchObject([{ code: 'SOURCE-ID', line: 12, field: '[2].id' }]);
  });
});

describe('npm run validate on the fixture repository', () => {
  it('refuses a sources.yaml entry without publisher, naming file, line and code', () => {
    const repo = copyFixtureRepo();
    repo.write(FILE, repo.read(FILE).replace('  publisher: 示例日报\n', ''));
    const { problems } = loadCatalog(repo.root);
    expect(problems[0]).toMatchObject({ code: 'SOURCE-PUBLISHER', file: FILE, line: 1, field: '[1].publisher' });
  });
});

describe('dates and copies as readers see them', () => {
  it.each([
    ['2022-05-19', '2022年5月19日'],
    ['2020-09', '2020年9月'],
    ['2025', '2025年'],
    ['--07-02', '7月2日（年份未印）'],
  ])('partialDateToZh(%s) → %s', (date, text) => expect(partialDateToZh(date)).toBe(text));

  it('says how a date is known', () => {
    const { sources } = yamlToSources(entry({ date: "  date: '2020-09'", date_basis: '  date_basis: inferred', date_note: '  date_note: 由网址路径推断' }), FILE);
    expect(sourceDateText(sources[0]!)).toBe('2020年9月（推断）。由网址路径推断');
  });

  it('shows a re-host as such, the original not checked', () => {
    expect(copyHostText({ url: 'http://x.example/', host: 'rehost', of: '西江日报' })).toBe('转载自西江日报，原始页面未核实');
    expect(copyHostText({ url: 'http://x.example/', host: 'publisher' })).toBe('发表者自己的网站');
  });
});

describe('data/sources.yaml', () => {
  const { catalog } = loadCatalog(process.cwd());
  it('registers the interview and the 25 sources of the public record', () => {
    expect(catalog.sources.length).toBe(26);
    expect(catalog.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['zhang-sihui-interview-2025', 'xjrb-2022-hardship', 'grrb-2022-hardship', 'gdftu-2025-may-day']));
  });

  it('lists them newest first, those without a printed year last', () => {
    const ids = sourcesNewestFirst(catalog.sources).map((s) => s.id);
    expect(ids[0]).toBe('nfgb-2025-guangning-recuperation'); // 2025-05-12
    expect(ids.at(-3)).toBe('anon-2015-plenary'); // 2015-04-01
    expect(ids.slice(-2).sort()).toEqual(['anon-zhaoshui-union-forest', 'gdgy-deqing-summer-visits']); // --02-27, --07-02
  });

  it('says for every re-hosted copy whose text it carries', () => {
    const rehosts = catalog.sources.flatMap((s) => s.seen_at).filter((c) => c.host === 'rehost');
    expect(rehosts.length).toBeGreaterThanOrEqual(15);
    for (const copy of rehosts) expect(copy.of).toBeTruthy();
  });
});
