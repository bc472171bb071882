import { describe, expect, it } from 'vitest';
import { datasetToJsonLd } from '../../../src/lib/datasets/discovery.ts';
import { catalogToReleasesFeed } from '../../../src/lib/feeds/releases.ts';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { jsonForScript } from '../../../src/lib/escape.ts';
import { copyFixtureRepo } from '../../helpers/fixture-repo.ts';
import { HOSTILE, HOSTILE_ALL } from '../../fixtures/hostile-values/values.ts';

// Line separators are refused in titles by validation (TEXT-CONTROL, checked below);
// their escaping for a script element is tested on jsonForScript itself (escape.test.ts).
const MARKUP = Object.values(HOSTILE).filter((v) => v !== HOSTILE.separators).join(' ');
const repo = copyFixtureRepo();
repo.write('data/demo/meta.yaml', repo.read('data/demo/meta.yaml').replace('title: 示例数据集', `title: ${JSON.stringify(MARKUP)}`));
repo.write('data/demo/releases.yaml', repo.read('data/demo/releases.yaml').replace('note: 首次发布', `note: ${JSON.stringify(`${HOSTILE.cdata}${HOSTILE.script}`)}`));
const { catalog, problems } = loadCatalog(repo.root);

describe('feeds and JSON-LD from markup-bearing titles and notes', () => {
  it('loads the hostile fixture (markup is text, not an error)', () => expect(problems).toEqual([]));
  it('refuses the line separators in a title before any output sees them', () => {
    const other = copyFixtureRepo();
    other.write('data/demo/meta.yaml', other.read('data/demo/meta.yaml').replace('title: 示例数据集', `title: ${JSON.stringify(HOSTILE_ALL)}`));
    expect(loadCatalog(other.root).problems).toMatchObject([{ code: 'TEXT-CONTROL', field: 'title', value: 'U+2028（行分隔符）、U+2029（段分隔符）' }]);
  });
  it('RSS: each item has exactly its own elements, the text escaped', () => {
    const feed = catalogToReleasesFeed(catalog);
    const item = /<item>(.*)<\/item>/s.exec(feed)?.[1] ?? '';
    expect([...item.matchAll(/<([a-zA-Z]+)[\s>]/g)].map((m) => m[1])).toEqual(['title', 'link', 'guid', 'pubDate', 'description']);
    expect(item).toContain('<description>]]&#62;&#60;x:y&#62;&#60;/script&#62;&#60;script&#62;alert(3)&#60;/script&#62;</description>');
    expect(feed).not.toContain('<img');
  });
  it('JSON-LD: the page’s script element holds the title without ending or commenting out', () => {
    const script = jsonForScript(datasetToJsonLd(catalog.datasets[0]!, { west: 111.3, south: 22.8, east: 112.9, north: 24.4 }));
    expect(script).not.toMatch(/<|>/);
    expect((JSON.parse(script) as { name: string }).name).toBe(MARKUP);
  });
});
