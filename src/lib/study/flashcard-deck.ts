// The flashcard deck as data. At build time the glossary is shaped into cards, grouped by the topic that
// explains them and split into the parts of the study path (flashcards/deck.json for the review, one
// readable page per part without JavaScript). In the browser, parseDeck checks the downloaded file field
// by field before the review uses it: a damaged or foreign file is refused, never trusted. Pure; ships to
// the browser.
import type { GlossaryEntryFields } from '../glossary/entry.ts';

/** A glossary entry as the content collection holds it (src/schemas/glossary.ts). */
export type GlossaryTerm = GlossaryEntryFields;

/** One card: what the review, the Anki export and the part pages show. */
export interface DeckCard {
  /** Glossary id; the schedule and the Anki GUID are keyed by it. */
  readonly id: string;
  readonly front: string;
  readonly definition: string;
  readonly aliases: readonly string[];
  /** Slug of the topic page that explains the term. */
  readonly page: string;
  /** Site-absolute link to that section, base path included ("/generative-ai/#foundation-models"). */
  readonly href: string;
  /** "Read more: Generative AI basics › Foundation models". */
  readonly linkText: string;
}

export interface DeckGroup {
  /** Topic slug, or OTHER_GROUP for terms whose page is not a published topic. */
  readonly slug: string;
  readonly title: string;
  readonly cards: readonly DeckCard[];
}

export interface DeckPart {
  /** The study part's id, or OTHER_PART; also the page's address (flashcards/<id>/). */
  readonly id: string;
  readonly title: string;
  readonly groups: readonly DeckGroup[];
}

export interface DeckTopic {
  readonly slug: string;
  readonly title: string;
}

export interface StudyPartRef {
  readonly id: string;
  readonly title: string;
  readonly slugs: readonly string[];
}

export interface DeckFile {
  readonly version: typeof DECK_VERSION;
  readonly cards: readonly DeckCard[];
}

export const DECK_VERSION = 1;
export const OTHER_GROUP = 'other';
export const OTHER_PART = 'other-terms';

const byTerm = (a: GlossaryTerm, b: GlossaryTerm) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' });

/**
 * The cards grouped by topic, topics in the given (study) order, terms alphabetically within a topic;
 * terms whose page is not among `topics` come last, as "Other terms". Empty groups are left out.
 * `sectionTitle(page, anchor)` names the linked section ("Foundation models"), undefined for none.
 */
export function groupDeck(
  entries: readonly GlossaryTerm[],
  topics: readonly DeckTopic[],
  sectionTitle: (page: string, anchor: string | undefined) => string | undefined,
  base: string,
): DeckGroup[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const titleOf = new Map(topics.map((topic) => [topic.slug, topic.title]));
  const toCard = (entry: GlossaryTerm): DeckCard => {
    const section = sectionTitle(entry.page, entry.anchor);
    return {
      id: entry.id,
      front: entry.term,
      definition: entry.definition,
      aliases: [...entry.aliases],
      page: entry.page,
      href: `${root}${entry.page}/${entry.anchor ? `#${entry.anchor}` : ''}`,
      linkText: `Read more: ${titleOf.get(entry.page) ?? entry.page}${section ? ` › ${section}` : ''}`,
    };
  };
  const sorted = [...entries].sort(byTerm);
  const groups = [
    ...topics.map((topic) => ({
      slug: topic.slug,
      title: topic.title,
      cards: sorted.filter((entry) => entry.page === topic.slug).map(toCard),
    })),
    { slug: OTHER_GROUP, title: 'Other terms', cards: sorted.filter((entry) => !titleOf.has(entry.page)).map(toCard) },
  ];
  return groups.filter((group) => group.cards.length > 0);
}

/**
 * The groups split into the parts of the study path, in its order. Groups whose topic is in no part
 * (and the "Other terms" group) make a last part of their own, so no card is lost; parts without cards
 * are left out.
 */
export function splitIntoParts(groups: readonly DeckGroup[], parts: readonly StudyPartRef[]): DeckPart[] {
  const inParts = parts.map((part) => ({
    id: part.id,
    title: part.title,
    groups: part.slugs.flatMap((slug) => groups.filter((group) => group.slug === slug)),
  }));
  const placed = new Set(parts.flatMap((part) => part.slugs));
  const rest = { id: OTHER_PART, title: 'Other terms', groups: groups.filter((group) => !placed.has(group.slug)) };
  return [...inParts, rest].filter((part) => part.groups.length > 0);
}

/** How many cards a part holds. */
export const cardsIn = (part: DeckPart): number => part.groups.reduce((sum, group) => sum + group.cards.length, 0);

/** The deck file (flashcards/deck.json): every card, part by part, in the order the pages list them. */
export function deckFile(parts: readonly DeckPart[]): DeckFile {
  return { version: DECK_VERSION, cards: parts.flatMap((part) => part.groups.flatMap((group) => group.cards)) };
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A path on this site: one leading slash, no scheme, no second slash (which would name another host). */
const SITE_PATH = /^\/(?![/\\])[^\s]*$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

function parseCard(value: unknown): DeckCard | undefined {
  if (!isRecord(value)) return undefined;
  const { id, front, definition, aliases, page, href, linkText } = value;
  if (typeof id !== 'string' || !ID.test(id) || typeof page !== 'string' || !ID.test(page)) return undefined;
  if (!isText(front) || !isText(definition) || !isText(linkText)) return undefined;
  if (!Array.isArray(aliases) || !aliases.every(isText)) return undefined;
  if (typeof href !== 'string' || !SITE_PATH.test(href)) return undefined;
  return { id, front, definition, aliases: [...aliases], page, href, linkText };
}

/**
 * A downloaded deck file, checked card by card: the cards, or undefined when the file is not a deck of
 * this version, is empty, repeats an id, or any card lacks a field or has one of the wrong kind. One bad
 * card refuses the whole file: it means the download is damaged, and a partial deck would quietly
 * drop cards from the learner's schedule.
 */
export function parseDeck(value: unknown): DeckCard[] | undefined {
  if (!isRecord(value) || value['version'] !== DECK_VERSION || !Array.isArray(value['cards'])) return undefined;
  const cards: DeckCard[] = [];
  const ids = new Set<string>();
  for (const item of value['cards'] as unknown[]) {
    const card = parseCard(item);
    if (!card || ids.has(card.id)) return undefined;
    ids.add(card.id);
    cards.push(card);
  }
  return cards.length > 0 ? cards : undefined;
}
