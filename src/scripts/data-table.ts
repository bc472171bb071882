import type { Cell } from '../lib/datasets/cells.ts';
import { cellToDisplay, cellToHref, clipText, isMarkedField, isNumericField, PREVIEW_CELL_CHARS, type CellMark } from '../lib/datasets/display.ts';
import { rowKey, type Row } from '../lib/datasets/row-key.ts';
import type { Field } from '../lib/datasets/schemas.ts';

/** Orders cells: numbers numerically, text by Chinese collation, empty cells last. */
function compareCells(a: Cell, b: Cell): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh-CN');
}

/** The marks of a figure, as the page renders them (FigureMarks.astro). */
function markLinks(marks: readonly CellMark[]): HTMLAnchorElement[] {
  return marks.map((m) => {
    const a = Object.assign(document.createElement('a'), { className: 'fact-mark', href: m.href, title: m.name, textContent: m.label });
    a.setAttribute('aria-label', m.name);
    a.dataset.pagefindIgnore = '';
    return a;
  });
}

function rowElement(row: Row, fields: Field[], key: string[], sourcesPage: string, marks: Record<string, CellMark[]>): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const id = rowKey(row, key);
  tr.id = `row-${id}`;
  for (const f of fields) {
    const td = tr.insertCell();
    const value = row[f.name] ?? null;
    const href = cellToHref(f, value, sourcesPage);
    const text = clipText(cellToDisplay(f, value), PREVIEW_CELL_CHARS);
    if (href) td.append(Object.assign(document.createElement('a'), { href, textContent: text }));
    else td.textContent = text;
    if (isMarkedField(f)) td.append(...markLinks(marks[id] ?? []));
    if (isNumericField(f)) td.className = 'num';
  }
  return tr;
}

/**
 * Sorting by any column (click or Enter on its header) and paging through every row.
 * The version's JSON is fetched on the first sort or page change, never before.
 */
function enhance(table: HTMLTableElement): void {
  const fields = JSON.parse(table.dataset.fields ?? '[]') as Field[];
  const key = JSON.parse(table.dataset.key ?? '[]') as string[];
  const sourcesPage = table.dataset.sources ?? '';
  const marks = JSON.parse(table.dataset.marks ?? '{}') as Record<string, CellMark[]>;
  const total = Number(table.dataset.total);
  const pageSize = Number(table.dataset.pageSize);
  const tbody = table.tBodies[0];
  if (!tbody) return;
  let rows: Row[] | undefined;
  let page = 0;
  let sort: { field: string; dir: 1 | -1 } | undefined;
  const status = document.createElement('p');
  status.className = 'small muted';
  status.setAttribute('aria-live', 'polite');

  const load = async (): Promise<Row[]> => (rows ??= (await (await fetch(table.dataset.json ?? '')).json()) as Row[]);
  /** Every row, in the order the reader chose. */
  const ordered = async (): Promise<Row[]> => {
    const all = [...(await load())];
    if (sort) {
      const { field, dir } = sort;
      all.sort((a, b) => dir * compareCells(a[field] ?? null, b[field] ?? null));
    }
    return all;
  };
  const render = async () => {
    const all = await ordered();
    const pages = Math.max(1, Math.ceil(all.length / pageSize));
    page = Math.min(page, pages - 1);
    tbody.replaceChildren(...all.slice(page * pageSize, (page + 1) * pageSize).map((r) => rowElement(r, fields, key, sourcesPage, marks)));
    status.textContent = `第 ${page + 1} / ${pages} 页，共 ${total} 行`;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  };

  for (const th of table.tHead?.rows[0]?.cells ?? []) {
    const field = th.dataset.field ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    button.setAttribute('aria-label', `按“${th.textContent}”排序`);
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      sort = { field, dir: sort?.field === field && sort.dir === 1 ? -1 : 1 };
      for (const other of table.tHead?.rows[0]?.cells ?? []) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', sort.dir === 1 ? 'ascending' : 'descending');
      void render();
    });
  }

  const pager = document.createElement('div');
  pager.className = 'pager';
  const prev = Object.assign(document.createElement('button'), { type: 'button', textContent: '上一页', disabled: true });
  const next = Object.assign(document.createElement('button'), { type: 'button', textContent: '下一页' });
  prev.addEventListener('click', () => { page -= 1; void render(); });
  next.addEventListener('click', () => { page += 1; void render(); });
  if (total > pageSize) pager.append(prev, next, status);
  table.closest('.table-scroll')?.after(pager);

  // A link to a row past the page shown (#row-<key>, from a fact or a card elsewhere on the
  // site): show the page the row is on, then go to it as the browser would have.
  const showLinkedRow = async () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id.startsWith('row-') || document.getElementById(id)) return;
    const index = (await ordered()).findIndex((r) => `row-${rowKey(r, key)}` === id);
    if (index < 0) return;
    page = Math.floor(index / pageSize);
    await render();
    // Navigating to the fragment again scrolls to the row and makes it :target (highlighted).
    location.replace(location.hash);
  };
  void showLinkedRow();
  window.addEventListener('hashchange', () => void showLinkedRow());
}

/** Copy buttons beside citations: shown only when the clipboard can be used. */
function enhanceCopyButtons(): void {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      void navigator.clipboard.writeText(button.dataset.copy ?? '').then(() => {
        button.textContent = '已复制';
      });
    });
  }
}

export function enhanceDataTables(): void {
  // A table without data-json is too large to fetch whole: it stays as the page drew it.
  for (const table of document.querySelectorAll<HTMLTableElement>('table.data-table[data-json]')) enhance(table);
  enhanceCopyButtons();
}
