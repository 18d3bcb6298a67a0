// <aip-search>: live search over the Pagefind index with a WAI-ARIA combobox + listbox.
// Loaded on first use (dialog) or by the search page. Ships to the browser.
import { americanSpelling } from '../../lib/search/spelling.ts';
import type { BestBet } from '../../lib/search/best-bets.ts';
import { RESULT_PAGES, rankRows } from '../../lib/search/rank.ts';
import type { PagefindResultData, SearchRow } from '../../lib/search/results.ts';

interface Pagefind {
  options(options: { baseUrl: string; highlightParam: string; noWorker: boolean }): Promise<void>;
  debouncedSearch(
    query: string,
    options: { filters: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefindPromise: Promise<Pagefind> | undefined;
let betsPromise: Promise<BestBet[]> | undefined;

/** The glossary's best bets; an empty list if they cannot be fetched (search still works). */
function loadBestBets(base: string): Promise<BestBet[]> {
  betsPromise ??= fetch(`${base}search-aliases.json`)
    .then((response) => (response.ok ? (response.json() as Promise<BestBet[]>) : []))
    .catch(() => []);
  return betsPromise;
}
function loadPagefind(src: string, base: string): Promise<Pagefind> {
  pagefindPromise ??= import(/* @vite-ignore */ src).then(async (module: Pagefind) => {
    // The index is small: searching on the main thread saves fetching Pagefind's worker script.
    await module.options({ baseUrl: base, highlightParam: 'highlight', noWorker: true });
    return module;
  });
  return pagefindPromise;
}

class SearchElement extends HTMLElement {
  #input!: HTMLInputElement;
  #list!: HTMLUListElement;
  #status!: HTMLElement;
  #active = -1;

  connectedCallback(): void {
    const input = this.querySelector('input');
    const list = this.querySelector('ul');
    const status = this.querySelector<HTMLElement>('[role=status]');
    if (!input || !list || !status) return;
    [this.#input, this.#list, this.#status] = [input, list, status];
    input.addEventListener('input', () => void this.search(input.value));
    this.querySelectorAll('select').forEach((select) =>
      select.addEventListener('change', () => void this.search(input.value)),
    );
    input.addEventListener('keydown', (event) => this.onKey(event));
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.open(this.#active >= 0 ? this.#active : 0);
    });
    if (input.value) void this.search(input.value);
  }

  async search(query: string): Promise<void> {
    const base = this.dataset['base'] ?? '/';
    const [pagefind, bets] = await Promise.all([
      loadPagefind(this.dataset['pagefind'] ?? '', base),
      loadBestBets(base),
    ]);
    // The guide is in American English: "labeled" must find "labeled".
    const searched = americanSpelling(query);
    const response = await pagefind.debouncedSearch(searched, { filters: this.filters() });
    if (response === null) return; // superseded by a newer keystroke
    const pages = await Promise.all(response.results.slice(0, RESULT_PAGES).map((result) => result.data()));
    this.render(rankRows(pages, searched, bets), query);
  }

  /** The topic and domain the reader narrowed the search to (empty selects are no filter). */
  filters(): Record<string, string> {
    const filters: Record<string, string> = {};
    this.querySelectorAll('select').forEach((select) => {
      if (select.value) filters[select.name] = select.value;
    });
    return filters;
  }

  render(rows: SearchRow[], query: string): void {
    this.#active = -1;
    this.#input.removeAttribute('aria-activedescendant');
    this.#list.replaceChildren(...rows.map((row, index) => this.renderRow(row, index)));
    this.#input.setAttribute('aria-expanded', String(rows.length > 0));
    const trimmed = query.trim();
    const count = rows.length === 1 ? '1 result' : `${rows.length} results`;
    this.#status.textContent = !trimmed
      ? ''
      : rows.length
        ? `${count} for “${trimmed}”`
        : `No results for “${trimmed}”`;
  }

  renderRow(row: SearchRow, index: number): HTMLLIElement {
    const item = document.createElement('li');
    item.id = `${this.#list.id}-${index}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    const link = document.createElement('a');
    link.href = row.url;
    link.tabIndex = -1;
    const title = document.createElement('span');
    title.className = 'search-results__title';
    title.textContent = row.section === row.page ? row.page : `${row.section} — ${row.page}`;
    const excerpt = document.createElement('span');
    excerpt.className = 'search-results__excerpt';
    excerpt.append(
      ...row.excerpt.map((segment) =>
        segment.mark ? Object.assign(document.createElement('mark'), { textContent: segment.text }) : segment.text,
      ),
    );
    link.append(title, excerpt);
    item.append(link);
    return item;
  }

  onKey(event: KeyboardEvent): void {
    const count = this.#list.children.length;
    if (!count || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    this.select((this.#active + step + count) % count);
  }

  select(index: number): void {
    const items = [...this.#list.children] as HTMLElement[];
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    this.#active = index;
    const item = items[index];
    if (!item) return;
    this.#input.setAttribute('aria-activedescendant', item.id);
    item.scrollIntoView({ block: 'nearest' });
  }

  open(index: number): void {
    const link = this.#list.children[index]?.querySelector('a');
    if (link) window.location.assign(link.href);
  }
}

customElements.define('aip-search', SearchElement);
