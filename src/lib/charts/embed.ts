import { escapeHtml } from '../escape.ts';

/**
 * The iframe code a journalist copies to embed a chart on another site. The title is
 * data (a dataset's or an article's chart title), so it is escaped for the attribute it
 * lands in; the page that shows this code escapes it once more, as text.
 * @example chartToEmbedSnippet('https://x.example/embed/a/', 'A & B')
 * // '<iframe src="https://x.example/embed/a/" title="A &amp; B" width="100%" height="420" style="border:0" loading="lazy"></iframe>'
 */
export function chartToEmbedSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(title)}" width="100%" height="420" style="border:0" loading="lazy"></iframe>`;
}
