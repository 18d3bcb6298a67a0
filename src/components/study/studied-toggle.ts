// <aip-studied-toggle>: shows whether the page is marked as studied and marks it. Loaded when the
// toggle comes near the viewport or is first pressed (islands/islands.ts); until then the button shows
// its server-rendered state, not pressed. Ships to the browser.
import { studiedAt } from '../../lib/study/progress.ts';
import { loadProgressState } from './storage.ts';
import { toggle, warn } from './studied-toggle-action.ts';

export class StudiedToggle extends HTMLElement {
  connectedCallback(): void {
    const { progress, status } = loadProgressState();
    const studied = studiedAt(progress, this.dataset['page'] ?? '') !== undefined;
    this.querySelector('button')?.setAttribute('aria-pressed', String(studied));
    this.querySelector('button')?.addEventListener('click', () => toggle(this));
    if (status === 'unreadable' || status === 'unavailable') warn(this, status);
  }
}

customElements.define('aip-studied-toggle', StudiedToggle);
