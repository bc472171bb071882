import { createSearcher, type SearchHit, type SearchResults } from '../lib/search/searcher.ts';
import { toSimplified } from '../lib/search/t2s.ts';
import { STRINGS } from '../lib/site/strings.ts';

const s = STRINGS.search;
const HAN = /\p{Script=Han}/u;
/** Results shown at a time: each one fetches its page's fragment. */
const PAGE = 10;

function hitToItem(hit: SearchHit): HTMLLIElement {
  const li = document.createElement('li');
  const meta = document.createElement('p');
  meta.className = 'small muted';
  meta.textContent = [hit.type, hit.date, hit.version && s.version(hit.version)].filter(Boolean).join(' · ');
  const h = document.createElement('h2');
  h.append(Object.assign(document.createElement('a'), { href: hit.url, textContent: hit.title }));
  const excerpt = document.createElement('p');
  // Built by excerptHtml: our own page text, escaped, with <mark> around the hits.
  excerpt.innerHTML = hit.excerpt;
  li.append(meta, h, excerpt);
  return li;
}

/**
 * The search page (the only page with search code). Nothing is fetched until the reader
 * moves into the search box, types or arrives with ?q=: entering the box starts the index
 * metadata and the small traditional → simplified map, so that on a slow network the query
 * itself waits only for its word chunks and the results' fragments.
 */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#q');
  const filter = document.querySelector<HTMLFieldSetElement>('#search-filter');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  if (!form || !input || !filter || !status || !list || !more) return;
  let searcher: ReturnType<typeof createSearcher> | undefined;
  let t2s: Promise<Record<string, string>> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  let current: SearchResults | undefined;

  const loadSearcher = () =>
    (searcher ??= createSearcher({ bundle: form.dataset.index ?? '/pagefind/', baseUrl: form.dataset.base ?? '/', indexHash: form.dataset.indexHash }));
  const loadT2s = () => (t2s ??= fetch(form.dataset.t2s ?? '').then((r) => r.json() as Promise<Record<string, string>>));
  input.addEventListener(
    'focus',
    () => {
      loadSearcher();
      loadT2s().catch(() => undefined);
    },
    { once: true },
  );
  const selectedType = () => filter.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '';

  const show = (q: string, results: SearchResults, hits: SearchHit[]) => {
    current = results;
    status.textContent = results.total === 0 ? s.empty : results.partial ? s.partial(results.total, q) : s.count(results.total, q);
    list.replaceChildren(...hits.map(hitToItem));
    more.hidden = hits.length >= results.total;
  };

  const run = async () => {
    const q = input.value.trim();
    const type = selectedType();
    const url = new URL(location.href);
    url.searchParams.set('q', q);
    if (type) url.searchParams.set('type', type);
    else url.searchParams.delete('type');
    history.replaceState(null, '', url);
    const ticket = ++latest;
    if (!q) {
      status.textContent = '';
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    status.textContent = s.loading;
    try {
      // The map and the index's first files load side by side: a round trip fewer on a slow network.
      const search = loadSearcher();
      const map = HAN.test(q) ? await loadT2s() : undefined;
      const results = await search.search(map ? toSimplified(q, map) : q, type ? { type } : {});
      const hits = await results.hits(0, PAGE);
      if (ticket === latest) show(q, results, hits);
    } catch (error) {
      console.error(error);
      if (ticket === latest) status.textContent = s.failed;
    }
  };

  more.addEventListener('click', async () => {
    if (!current) return;
    const shown = list.children.length;
    const items = (await current.hits(shown, PAGE)).map(hitToItem);
    list.append(...items);
    more.hidden = list.children.length >= current.total;
    // Keyboard and screen-reader users continue at the first new result.
    items[0]?.querySelector('a')?.focus();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 250);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  filter.addEventListener('change', () => void run());

  const params = new URLSearchParams(location.search);
  const type = params.get('type');
  if (type) {
    const radio = filter.querySelector<HTMLInputElement>(`input[value="${CSS.escape(type)}"]`);
    if (radio) radio.checked = true;
  }
  const q = params.get('q');
  if (q) {
    input.value = q;
    void run();
  }
}
