// DOM helpers for <aip-flashcards>: downloads the deck (flashcards/deck.json, checked card by card before
// it is used) and the Anki file. Text only: nothing becomes HTML. Ships to the browser.
import { ankiExport, ANKI_FILE_NAME, type AnkiCard } from '../../lib/study/anki.ts';
import { parseDeck, type DeckCard } from '../../lib/study/flashcard-deck.ts';

export interface DomCard extends AnkiCard, DeckCard {}

/** The cards, or why there are none: "offline" (no answer: trying again may help) or "damaged". */
export type LoadedDeck = { readonly cards: DomCard[] } | { readonly problem: 'offline' | 'damaged' };

/** Downloads and checks the deck; never throws. */
export async function fetchDeck(): Promise<LoadedDeck> {
  let data: unknown;
  try {
    const response = await fetch(`${document.documentElement.dataset['base'] ?? '/'}flashcards/deck.json`);
    // A 404 or 500 is an answer, but not the deck: the page and the site do not match.
    if (!response.ok) return { problem: 'damaged' };
    data = await response.json();
  } catch (error) {
    return { problem: error instanceof SyntaxError ? 'damaged' : 'offline' };
  }
  const cards = parseDeck(data);
  // Absolute, so the link works from inside Anki.
  return cards
    ? { cards: cards.map((card) => ({ ...card, url: new URL(card.href, location.href).href })) }
    : { problem: 'damaged' };
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
