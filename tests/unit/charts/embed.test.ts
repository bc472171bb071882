import { describe, expect, it } from 'vitest';
import { chartToEmbedSnippet } from '../../../src/lib/charts/embed.ts';
import { HOSTILE, HOSTILE_ALL } from '../../fixtures/hostile-values/values.ts';

/** The attributes of the snippet's one element, as an HTML tokenizer reads double-quoted ones. */
function attributes(html: string): Record<string, string> {
  const tag = /^<iframe((?:\s+[a-z-]+="[^"]*")*)><\/iframe>$/.exec(html);
  if (!tag) throw new Error(`not a single iframe element: ${html}`);
  return Object.fromEntries([...tag[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

describe('chartToEmbedSnippet(embedUrl, title)', () => {
  it('is one iframe with exactly its own attributes, whatever the title', () => {
    const snippet = chartToEmbedSnippet('https://x.example/embed/a/', HOSTILE_ALL);
    expect(Object.keys(attributes(snippet))).toEqual(['src', 'title', 'width', 'height', 'style', 'loading']);
    expect(snippet).not.toMatch(/<(?!iframe|\/iframe)/);
  });
  it('escapes the title for the attribute', () => {
    expect(attributes(chartToEmbedSnippet('https://x.example/embed/a/', HOSTILE.attribute)).title).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(attributes(chartToEmbedSnippet('https://x.example/embed/a/', HOSTILE.entity)).title).toBe('&amp;amp; &amp;lt;b&amp;gt;');
  });
});
