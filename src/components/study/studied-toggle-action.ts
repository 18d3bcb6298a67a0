// What <aip-studied-toggle> does when pressed: marks or unmarks the page and saves. Damaged stored
// progress is left alone until the learner presses the button (which starts afresh); a
// write the browser refuses keeps the state in memory and says it will not last.
import { markStudied, studiedAt, type Progress } from '../../lib/study/progress.ts';
import { loadProgressState, saveProgress } from './storage.ts';

/** The latest state of each toggle whose last save was refused (it is newer than storage). */
const unsaved = new WeakMap<HTMLElement, Progress>();

const say = (host: HTMLElement, text: string) => {
  const status = host.querySelector('[data-status]');
  if (status) status.textContent = text;
};

export function warn(host: HTMLElement, status: 'unreadable' | 'unavailable'): void {
  say(
    host,
    status === 'unreadable'
      ? 'The progress saved in this browser could not be read. It is left as it is; marking this page starts it afresh.'
      : 'This browser does not let the site use its storage, so marking pages will not be remembered.',
  );
}

export function toggle(host: HTMLElement): void {
  const page = host.dataset['page'] ?? '';
  // Storage is read again: the self-check or another tab may have saved since the page loaded.
  const current = unsaved.get(host) ?? loadProgressState().progress;
  const next = markStudied(current, page, studiedAt(current, page) === undefined, Date.now());
  const saved = saveProgress(next);
  if (saved) unsaved.delete(host);
  else unsaved.set(host, next);
  const studied = studiedAt(next, page) !== undefined;
  host.querySelector('button')?.setAttribute('aria-pressed', String(studied));
  say(
    host,
    saved
      ? studied
        ? 'Marked as studied. Your progress page counts it.'
        : 'No longer marked as studied.'
      : 'Your browser did not let this page save it, so it will be forgotten on reload.',
  );
}
