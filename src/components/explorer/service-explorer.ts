// <aip-service-explorer>: the "Which service?" explorer. The two selects choose a combination; the
// element shows its fitting services and near misses in the answer (a live region), rendered by the
// same functions as the server's first answer and the full table, and keeps the choice in the page
// address. Ships to the browser, loaded when needed through the islands list (src/components/islands/islands.ts).
import raw from '../../../content/explorer/services.json';
import { toDom } from '../calculators/dom.ts';
import { lookupCombination } from '../../lib/explorer/combinations.ts';
import { combinationTitle, fitsContent, nearMissesContent } from '../../lib/explorer/render.ts';
import { parseExplorerState, serializeExplorerState } from '../../lib/explorer/state.ts';
import type { ExplorerData } from '../../lib/explorer/types.ts';

// Read as it is: every build checks this same file against its schema (explorer-data.ts).
const data: ExplorerData = raw;
const optionValues = (select: HTMLSelectElement) => [...select.options].map((option) => option.value);

class ServiceExplorer extends HTMLElement {
  private field(name: string): HTMLSelectElement | null {
    return this.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  }

  private place(name: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(`[data-slot="${name}"]`);
  }

  connectedCallback(): void {
    const have = this.field('have');
    const want = this.field('want');
    if (!have || !want) return;
    const restored = parseExplorerState(window.location.search, optionValues(have), optionValues(want));
    if (restored.have) have.value = restored.have;
    if (restored.want) want.value = restored.want;
    this.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
    this.addEventListener('change', () => this.show(true));
    // A "nearest" link chooses that combination here instead of opening the full table.
    this.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLElement>('a[data-have]') : null;
      if (!link?.dataset['have'] || !link.dataset['want']) return;
      event.preventDefault();
      have.value = link.dataset['have'];
      want.value = link.dataset['want'];
      this.show(true);
      this.place('title')?.focus();
    });
    // A choice made before this code arrived (or restored by the browser) is shown too.
    const changed = [have, want].some((select) => !select.selectedOptions[0]?.defaultSelected);
    if (restored.have || restored.want || changed) this.show(changed);
  }

  private show(remember: boolean): void {
    const have = this.field('have')?.value ?? '';
    const want = this.field('want')?.value ?? '';
    const combination = lookupCombination(data, have, want);
    if (!combination) return;
    const page = this.dataset['page'] ?? '';
    const title = this.place('title');
    if (title) title.textContent = combinationTitle(data, have, want);
    this.place('fits')?.replaceChildren(toDom(fitsContent(data, combination, page)));
    this.place('misses')?.replaceChildren(toDom(nearMissesContent(data, combination, page)));
    if (!remember) return;
    const query = serializeExplorerState(window.location.search, { have, want });
    // A shared link opens at the explorer, not at the top of a long page.
    const hash = window.location.hash || `#${this.querySelector('form')?.getAttribute('aria-labelledby') ?? ''}`;
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}${hash}`);
  }
}

customElements.define('aip-service-explorer', ServiceExplorer);
