// <aip-studied-toggle>: shows whether the page is marked as studied. Ships on every topic page, within
// a tight JavaScript budget, so on load it only reads (with code the self-check already loads); the
// code that writes and explains problems is fetched when needed (studied-toggle-action.ts).
import { studiedAt } from '../../lib/study/progress.ts';
import { loadProgressState } from './storage.ts';

export class StudiedToggle extends HTMLElement {
  connectedCallback(): void {
    const { progress, status } = loadProgressState();
    const studied = studiedAt(progress, this.dataset['page'] ?? '') !== undefined;
    this.querySelector('button')?.setAttribute('aria-pressed', String(studied));
    this.querySelector('button')?.addEventListener('click', () => void this.action().then((m) => m.toggle(this)));
    this.hidden = false;
    // Damaged or unreadable storage is rare: only then is the explaining code loaded at once.
    if (status === 'unreadable' || status === 'unavailable') void this.action().then((m) => m.warn(this, status));
  }

  private action() {
    return import('./studied-toggle-action.ts');
  }
}

customElements.define('aip-studied-toggle', StudiedToggle);
