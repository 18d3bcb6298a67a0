// The flashcard deck as the build wrote it: flashcards/deck.json (what the review fetches) and the part
// pages that list it without JavaScript. Every glossary term is a card, once, on exactly one part page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDeck } from '../../src/lib/study/flashcard-deck.ts';
import { readGlossary } from '../unit/content/content-files.ts';
import { attributeUrls, listPages, readPage, resolveToFile, SITES } from './built-site.ts';

const glossaryIds = readGlossary()
  .map((entry) => entry.id)
  .sort();
const cardsOn = (html: string) => [...html.matchAll(/<details data-card="([^"]+)"/g)].map((match) => match[1]!);

describe.each(SITES)('the flashcards in $dir', (site) => {
  const partPages = listPages(site).filter((page) => /^flashcards\/[^/]+\/index\.html$/.test(page));
  const index = readPage(site, 'flashcards/index.html');

  const deck = parseDeck(JSON.parse(readFileSync(join(site.dir, 'flashcards/deck.json'), 'utf8')));

  test('deck.json holds every glossary term once, as well-formed cards linking into this site', () => {
    const cards = deck;
    expect(cards?.map((card) => card.id).sort()).toEqual(glossaryIds);
    const outside = cards!.filter((card) => !card.href.startsWith(site.base) || !resolveToFile(site, card.href.split('#')[0]!));
    expect(outside).toEqual([]);
  });

  test('every glossary term is on exactly one part page, pages and deck.json in the same order', () => {
    expect(partPages.length).toBeGreaterThanOrEqual(2);
    // The part pages in the order the flashcards page lists them.
    const ordered = attributeUrls(index)
      .map((url) => resolveToFile(site, url))
      .filter((page) => page !== undefined && partPages.includes(page));
    expect([...ordered].sort()).toEqual(partPages);
    const onPages = ordered.flatMap((page) => cardsOn(readPage(site, page!)));
    expect([...onPages].sort()).toEqual(glossaryIds);
    expect(onPages).toEqual(deck!.map((card) => card.id));
  });

  test('the flashcards page links every part page, says the total, and no longer lists the cards', () => {
    const links = new Set(attributeUrls(index));
    expect(partPages.filter((page) => !links.has(`${site.base}${page.replace(/index\.html$/, '')}`))).toEqual([]);
    expect(index).toMatch(new RegExp(`<span data-count="total"[^>]*>${glossaryIds.length}</span>`));
    expect(cardsOn(index)).toEqual([]);
  });

  test('part pages link back to the review and stay out of the search index', () => {
    for (const page of partPages) {
      const html = readPage(site, page);
      expect(attributeUrls(html)).toContain(`${site.base}flashcards/`);
      expect(html).not.toContain('data-pagefind-body');
      expect(html).not.toContain('<aip-flashcards');
    }
  });
});
