// <aip-offline-copy>: saves the guide for offline use on request, shows the download's progress and
// what is saved, and removes it. Saving registers the service worker (src/offline/sw.js), whose install
// downloads the copy and reports progress by message; removing unregisters it and deletes its caches.
// Loaded when needed (islands/islands.ts). Ships to the browser.
import { describeCopy, formatBytes, parseCopyIndex, type CopyTotals } from '../../lib/offline/copy-status.ts';

const INDEX = 'aip-offline-index';
const CACHE_PREFIX = 'aip-';

interface Progress {
  type: 'aip-offline';
  state: 'saving' | 'failed' | 'saved';
  phase?: 'pages' | 'search';
  done?: number;
  bytes?: number;
  total?: { files: number; bytes: number };
}

/** Resolves when the worker is active (the copy is complete), rejects if its install failed. */
function activated(worker: ServiceWorker | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!worker) return reject(new Error('no worker'));
    const check = () => {
      if (worker.state === 'activated') resolve();
      else if (worker.state === 'redundant') reject(new Error('install failed'));
    };
    worker.addEventListener('statechange', check);
    check();
  });
}

class OfflineCopy extends HTMLElement {
  private el<T extends HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private get totals(): CopyTotals {
    const figure = (name: string) => Number(this.querySelector(`[data-offline="${name}"]`)?.textContent) || 0;
    return { files: figure('files'), pages: figure('count') };
  }

  connectedCallback(): void {
    if (!('serviceWorker' in navigator) || !('caches' in window)) {
      this.el<HTMLButtonElement>('[data-save]').disabled = true;
      this.el('[data-saved]').textContent = 'This browser cannot keep an offline copy of the guide.';
      return;
    }
    this.el('[data-save]').addEventListener('click', () => void this.saveCopy());
    this.el('[data-remove]').addEventListener('click', () => void this.removeCopy());
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent<Progress>) => this.onProgress(event.data));
    void this.showSaved();
  }

  private say(text: string): void {
    this.el('[data-progress-text]').textContent = text;
  }

  private onProgress(message: Progress): void {
    if (message?.type !== 'aip-offline' || message.state !== 'saving' || !message.total) return;
    const progress = this.el<HTMLProgressElement>('[data-progress]');
    progress.value = (message.bytes ?? 0) / message.total.bytes;
    const what = message.phase === 'search' ? 'the search index' : 'the pages';
    this.say(`Saving ${what}: ${formatBytes(message.bytes ?? 0)} of ${formatBytes(message.total.bytes)}…`);
  }

  private async saveCopy(): Promise<void> {
    const button = this.el<HTMLButtonElement>('[data-save]');
    button.disabled = true;
    this.say('Starting the download…');
    try {
      const scope = this.dataset['scope'] ?? '/';
      // A worker whose copy was cleared behind its back (site data deleted) would not download again.
      const existing = await navigator.serviceWorker.getRegistration(scope);
      if (existing && (await this.status()).state !== 'complete') await existing.unregister();
      const registration = await navigator.serviceWorker.register(this.dataset['worker'] ?? 'sw.js', { scope });
      await activated(registration.installing ?? registration.waiting ?? registration.active);
      this.el<HTMLProgressElement>('[data-progress]').value = 1;
      this.say('Saved: the guide now works offline on this device.');
    } catch {
      this.say(
        'The download stopped before the copy was complete (is the connection down?). What arrived is kept: press the button again to go on.',
      );
    } finally {
      button.disabled = false;
      await this.showSaved();
    }
  }

  private async removeCopy(): Promise<void> {
    const registration = await navigator.serviceWorker.getRegistration(this.dataset['scope'] ?? '/');
    await registration?.unregister();
    for (const key of await caches.keys()) if (key.startsWith(CACHE_PREFIX)) await caches.delete(key);
    this.el<HTMLProgressElement>('[data-progress]').value = 0;
    this.say('The offline copy is removed.');
    await this.showSaved();
  }

  private async status() {
    // caches.has first: opening a cache that does not exist would create it.
    const url = new URL(`${this.dataset['scope'] ?? '/'}offline-index`, window.location.origin).href;
    const response = (await caches.has(INDEX)) ? await (await caches.open(INDEX)).match(url) : undefined;
    const stored: unknown = response ? await response.json().catch(() => null) : null;
    return describeCopy(parseCopyIndex(stored), this.totals);
  }

  private async showSaved(): Promise<void> {
    const status = await this.status();
    this.el('[data-saved]').textContent = status.text;
    this.el<HTMLButtonElement>('[data-remove]').disabled = status.state === 'none';
  }
}

customElements.define('aip-offline-copy', OfflineCopy);
