import { concatResults, createSearcher, type SearchHit, type SearchResults } from '../lib/search/searcher.ts';
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
 *
 * When the build wrote an archive index (older articles, src/lib/search/shards.ts), a
 * search reads the current index; the reader adds the archive with a button, and a
 * search for which no page of the current index has every word reads the archive at once.
 */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#q');
  const filter = document.querySelector<HTMLFieldSetElement>('#search-filter');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  const archiveButton = document.querySelector<HTMLButtonElement>('#search-archive');
  if (!form || !input || !filter || !status || !list || !more || !archiveButton) return;
  const archiveArticles = Number(form.dataset.archiveArticles ?? 0);
  let archiveSearcher: ReturnType<typeof createSearcher> | undefined;
  let searcher: ReturnType<typeof createSearcher> | undefined;
  let t2s: Promise<Record<string, string>> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  let current: SearchResults | undefined;

  const loadSearcher = () =>
    (searcher ??= createSearcher({ bundle: form.dataset.index ?? '/pagefind/', baseUrl: form.dataset.base ?? '/', indexHash: form.dataset.indexHash }));
  const loadArchive = () =>
    (archiveSearcher ??= createSearcher({ bundle: form.dataset.archive ?? '/pagefind-archive/', baseUrl: form.dataset.base ?? '/', indexHash: form.dataset.archiveHash }));
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

  /** The query shown, as searched (simplified, with its type filter), and whether the archive is in its results. */
  let shown: { q: string; query: string; filters: Record<string, string>; archived: boolean } | undefined;
  /** The archive holds articles only: searching it for another type finds nothing. */
  const archiveApplies = (filters: Record<string, string>) => archiveArticles > 0 && (filters.type === undefined || filters.type === '文章');

  const describe = () => {
    if (!current || !shown) return;
    const left = archiveApplies(shown.filters) && !shown.archived;
    status.textContent =
      (current.total === 0 ? s.empty : current.partial ? s.partial(current.total, shown.q) : s.count(current.total, shown.q)) + (left ? s.archiveNotSearched(archiveArticles) : '');
    more.hidden = list.children.length >= current.total;
    archiveButton.hidden = !left;
    archiveButton.textContent = s.archiveButton(archiveArticles);
  };

  const show = (results: SearchResults, hits: SearchHit[]) => {
    current = results;
    list.replaceChildren(...hits.map(hitToItem));
    describe();
  };

  /** Next results after those listed; keyboard and screen-reader users continue at the first new one. */
  const showMore = async () => {
    if (!current) return;
    const items = (await current.hits(list.children.length, PAGE)).map(hitToItem);
    list.append(...items);
    describe();
    items[0]?.querySelector('a')?.focus();
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
      const query = map ? toSimplified(q, map) : q;
      const filters: Record<string, string> = type ? { type } : {};
      let results = await search.search(query, filters);
      // No page of the current index has every word: the older articles may.
      const archived = (results.total === 0 || results.partial) && archiveApplies(filters);
      if (archived) results = concatResults(results, await loadArchive().search(query, filters));
      const hits = await results.hits(0, PAGE);
      if (ticket === latest) {
        shown = { q, query, filters, archived };
        show(results, hits);
      }
    } catch (error) {
      console.error(error);
      if (ticket === latest) status.textContent = s.failed;
    }
  };

  more.addEventListener('click', () => void showMore());
  archiveButton.addEventListener('click', async () => {
    if (!current || !shown || shown.archived) return;
    const ticket = latest;
    const before = current;
    status.textContent = s.archiveLoading;
    try {
      const older = await loadArchive().search(shown.query, shown.filters);
      if (ticket !== latest) return;
      shown.archived = true;
      // The current index had pages with every word (else the archive was read at once): the archive's follow them.
      current = concatResults(before, older);
      await showMore();
    } catch (error) {
      console.error(error);
      if (ticket === latest) status.textContent = s.failed;
    }
  });
  /** The words typed so far start loading at once; the search runs when typing pauses. */
  const prefetch = async (q: string) => {
    const map = HAN.test(q) ? await loadT2s() : undefined;
    loadSearcher().prefetch(map ? toSimplified(q, map) : q);
  };
  input.addEventListener('input', () => {
    prefetch(input.value).catch(() => undefined);
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
