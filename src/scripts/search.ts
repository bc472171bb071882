import { toSimplified } from '../lib/search/t2s.ts';
import { STRINGS } from '../lib/site/strings.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string; date?: string; version?: string };
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

const s = STRINGS.search;
const HAN = /\p{Script=Han}/u;

/**
 * The search page. Nothing is fetched until the reader types or arrives with ?q=:
 * then Pagefind (and, for a Chinese query, the small traditional → simplified map).
 */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#q');
  const filter = document.querySelector<HTMLFieldSetElement>('#search-filter');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !filter || !status || !list) return;
  let pagefind: Promise<Pagefind> | undefined;
  let t2s: Promise<Record<string, string>> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  const loadPagefind = () =>
    (pagefind ??= (import(/* @vite-ignore */ form.dataset.pagefind ?? '') as Promise<Pagefind>).then(async (pf) => {
      // The index is small: searching on the main thread saves fetching the worker (12 KB).
      await pf.options({ excerptLength: 40, noWorker: true });
      return pf;
    }));
  const loadT2s = () => (t2s ??= fetch(form.dataset.t2s ?? '').then((r) => r.json() as Promise<Record<string, string>>));
  const selectedType = () => filter.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '';

  const render = (q: string, results: PagefindResult[]) => {
    status.textContent = results.length === 0 ? s.empty : s.count(results.length, q);
    list.replaceChildren(
      ...results.map((r) => {
        const li = document.createElement('li');
        const meta = document.createElement('p');
        meta.className = 'small muted';
        meta.textContent = [r.meta.type, r.meta.date, r.meta.version && `版本 ${r.meta.version}`].filter(Boolean).join(' · ');
        const h = document.createElement('h2');
        const a = Object.assign(document.createElement('a'), { href: r.url, textContent: r.meta.title ?? r.url });
        h.append(a);
        const excerpt = document.createElement('p');
        // Pagefind's excerpt is text from our own pages, escaped, with <mark> around the hits.
        excerpt.innerHTML = r.excerpt;
        li.append(meta, h, excerpt);
        return li;
      }),
    );
  };

  const run = async () => {
    const q = input.value.trim();
    const type = selectedType();
    const url = new URL(location.href);
    url.searchParams.set('q', q);
    if (type) url.searchParams.set('type', type);
    else url.searchParams.delete('type');
    history.replaceState(null, '', url);
    if (!q) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    const ticket = ++latest;
    status.textContent = s.loading;
    const query = HAN.test(q) ? toSimplified(q, await loadT2s()) : q;
    const pf = await loadPagefind();
    const found = await pf.search(query, type ? { filters: { type } } : {});
    const results = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    if (ticket === latest) render(q, results);
  };

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
