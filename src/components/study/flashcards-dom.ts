// DOM helpers for <aip-flashcards>: reads the deck back from the list rendered at build time (one source
// of truth, no JSON copy in the page) and downloads the Anki file. Text only: nothing becomes HTML.
import { ankiExport, ANKI_FILE_NAME, type AnkiCard } from '../../lib/study/anki.ts';

export interface DomCard extends AnkiCard {
  /** The link as written in the page (site-relative), for the review card's "Read more". */
  readonly href: string;
  readonly linkText: string;
}

const text = (element: Element | null): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The cards of the deck list, in page order (topic by topic, in study order). */
export function readCards(root: ParentNode): DomCard[] {
  return [...root.querySelectorAll<HTMLElement>('[data-card]')].map((item) => {
    const link = item.querySelector<HTMLAnchorElement>('[data-link]');
    return {
      id: item.dataset['card'] ?? '',
      page: item.dataset['page'] ?? '',
      front: text(item.querySelector('[data-term]')),
      definition: text(item.querySelector('[data-definition]')),
      aliases: [...item.querySelectorAll('[data-alias]')].map(text),
      href: link?.getAttribute('href') ?? '',
      // Absolute, so the link works from inside Anki.
      url: link ? link.href : '',
      linkText: text(link),
    };
  });
}

/** Saves the Anki import file through a temporary object URL; returns the file name. */
export function downloadAnki(cards: readonly AnkiCard[], host: HTMLElement): string {
  const blob = new Blob([ankiExport(cards)], { type: 'text/plain;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = ANKI_FILE_NAME;
  link.hidden = true;
  host.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return ANKI_FILE_NAME;
}
