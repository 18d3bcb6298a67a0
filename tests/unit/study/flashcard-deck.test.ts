import { beforeEach, describe, expect, test } from 'vitest';
import {
  cardsIn,
  deckFile,
  groupDeck,
  OTHER_GROUP,
  OTHER_PART,
  parseDeck,
  splitIntoParts,
  type DeckCard,
  type DeckGroup,
  type GlossaryTerm,
} from '../../../src/lib/study/flashcard-deck.ts';
import { STUDY_PATH } from '../../../src/data/study-path.ts';
import { readGlossary, readTopics } from '../content/content-files.ts';

const term = (id: string, page: string, overrides: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
  id,
  term: id.replace(/-/g, ' '),
  aliases: [],
  definition: `The definition of ${id}.`,
  page,
  ...overrides,
});
const topics = [
  { slug: 'first', title: 'First topic' },
  { slug: 'second', title: 'Second topic' },
  { slug: 'empty', title: 'No terms here' },
];
const noSections = () => undefined;
const ids = (cards: readonly DeckCard[]) => cards.map((card) => card.id);

describe('groupDeck', () => {
  const entries = [term('zeta', 'second'), term('beta', 'first'), term('stray', 'unpublished'), term('Alpha', 'first')];
  // Built in each test, not when the file loads, so mutation testing sees which test covers the code.
  let groups: DeckGroup[];
  beforeEach(() => {
    groups = groupDeck(entries, topics, noSections, '/');
  });

  test('groups cards by topic in the order given, terms alphabetically regardless of case, others last', () => {
    expect(groups.map((group) => [group.slug, ids(group.cards)])).toEqual([
      ['first', ['Alpha', 'beta']],
      ['second', ['zeta']],
      [OTHER_GROUP, ['stray']],
    ]);
    expect(groups.at(-1)!.title).toBe('Other terms');
  });

  test('leaves out topics without terms, and the other group when every term has a topic', () => {
    const onlyKnown = groupDeck([term('beta', 'first')], topics, noSections, '/');
    expect(onlyKnown.map((group) => group.slug)).toEqual(['first']);
  });

  test('links each card to its section under the base path, with the section in the link text', () => {
    const sectionTitle = (page: string, anchor: string | undefined) =>
      page === 'first' && anchor === 'models' ? 'Models' : undefined;
    const [card] = groupDeck(
      [term('llm', 'first', { term: 'LLM', aliases: ['large language model'], anchor: 'models' })],
      topics,
      sectionTitle,
      '/aws-ai-practitioner',
    )[0]!.cards;
    expect(card).toEqual({
      id: 'llm',
      front: 'LLM',
      definition: 'The definition of llm.',
      aliases: ['large language model'],
      page: 'first',
      href: '/aws-ai-practitioner/first/#models',
      linkText: 'Read more: First topic › Models',
    });
  });

  test.each([
    ['no anchor', undefined, '/first/', 'Read more: First topic'],
    ['an anchor whose heading is unknown', 'gone', '/first/#gone', 'Read more: First topic'],
  ])('links to the page with %s', (_, anchor, href, linkText) => {
    const [card] = groupDeck([term('x', 'first', { anchor })], topics, noSections, '/')[0]!.cards;
    expect(card).toMatchObject({ href, linkText });
  });
});

describe('splitIntoParts', () => {
  let groups: DeckGroup[];
  beforeEach(() => {
    groups = groupDeck(
      [term('a', 'first'), term('b', 'second'), term('c', 'third'), term('d', 'nowhere')],
      [...topics, { slug: 'third', title: 'Third topic' }],
      noSections,
      '/',
    );
  });

  test('follows the parts, their pages in the part order, and collects the rest in a last part', () => {
    const parts = splitIntoParts(groups, [
      { id: 'one', title: 'Part one', slugs: ['second', 'first'] },
      { id: 'unpublished', title: 'Not yet', slugs: ['empty', 'later'] },
    ]);
    expect(parts.map((part) => [part.id, part.groups.map((group) => group.slug)])).toEqual([
      ['one', ['second', 'first']],
      [OTHER_PART, ['third', OTHER_GROUP]],
    ]);
    expect(parts.at(-1)!.title).toBe('Other terms');
    expect(parts.map(cardsIn)).toEqual([2, 2]);
  });

  test('has no other part when every topic is in a part', () => {
    const parts = splitIntoParts(groups.slice(0, 3), [
      { id: 'all', title: 'All', slugs: ['first', 'second', 'third'] },
    ]);
    expect(parts.map((part) => part.id)).toEqual(['all']);
  });

  test('puts every glossary term of the guide in exactly one part', () => {
    const published = readTopics()
      .filter((topic) => topic.frontmatter['draft'] !== true)
      .map((topic) => ({ slug: topic.slug, title: String(topic.frontmatter['title']) }));
    const glossary = readGlossary().map((entry) => ({ ...entry, aliases: entry.aliases ?? [] }));
    const cards = deckFile(splitIntoParts(groupDeck(glossary, published, noSections, '/'), STUDY_PATH)).cards;
    expect(ids(cards).sort()).toEqual(glossary.map((entry) => entry.id).sort());
  });
});

describe('deckFile', () => {
  test('lists every card part by part, group by group, in page order', () => {
    const parts = splitIntoParts(
      groupDeck([term('a', 'first'), term('b', 'second'), term('c', 'first')], topics, noSections, '/'),
      [
        { id: 'p2', title: 'Second', slugs: ['second'] },
        { id: 'p1', title: 'First', slugs: ['first'] },
      ],
    );
    const file = deckFile(parts);
    expect(file.version).toBe(1);
    expect(ids(file.cards)).toEqual(['b', 'a', 'c']);
  });
});

describe('parseDeck', () => {
  const good: DeckCard = {
    id: 'foundation-model',
    front: 'Foundation model (FM)',
    definition: 'A very large model trained on broad data.',
    aliases: ['FM'],
    page: 'generative-ai',
    href: '/generative-ai/#foundation-models',
    linkText: 'Read more: Generative AI basics › Foundation models',
  };
  const other: DeckCard = { ...good, id: 'llm', front: 'LLM', aliases: [] };
  const file = (cards: unknown[]) => JSON.parse(JSON.stringify({ version: 1, cards })) as unknown;

  test('reads back what deckFile writes', () => {
    const parts = splitIntoParts(groupDeck([term('a', 'first', { aliases: ['A'] })], topics, noSections, '/x/'), []);
    const written = deckFile(parts);
    expect(parseDeck(JSON.parse(JSON.stringify(written)))).toEqual(written.cards);
  });

  test('keeps the cards in file order and ignores fields it does not know', () => {
    expect(parseDeck(file([{ ...other, extra: 1 }, good]))).toEqual([other, good]);
  });

  test.each([
    ['null', null],
    ['an array', [good]],
    ['a file of another version', { version: 2, cards: [good] }],
    ['a file without cards', { version: 1 }],
    ['an empty deck', { version: 1, cards: [] }],
    ['a deck whose cards are not a list', { version: 1, cards: { 0: good } }],
    ['a repeated id', { version: 1, cards: [good, { ...other, id: good.id }] }],
    ['a card that is not an object', { version: 1, cards: [good, 'llm'] }],
    ['a card that is null', { version: 1, cards: [good, null] }],
    ['a card whose page is a number', { version: 1, cards: [{ ...good, page: 404 }] }],
    ['a card whose link is a list', { version: 1, cards: [{ ...good, href: ['/glossary/'] }] }],
  ])('refuses %s', (_, value) => {
    expect(parseDeck(value)).toBeUndefined();
  });

  test.each([
    ['an id that is not a glossary id', { id: 'Foundation Model' }],
    ['a missing id', { id: undefined }],
    ['an empty front', { front: '  ' }],
    ['a front that is not text', { front: 42 }],
    ['a missing definition', { definition: undefined }],
    ['aliases that are not a list', { aliases: 'FM' }],
    ['an alias that is not text', { aliases: ['FM', null] }],
    ['an empty alias', { aliases: [''] }],
    ['a page that is not a slug', { page: '../admin' }],
    ['a missing link text', { linkText: '' }],
    ['a link to a script', { href: 'javascript:alert(1)' }],
    ['a link to another host', { href: '//example.org/x/' }],
    ['a link with a backslash host', { href: '/\\example.org/x/' }],
    ['an absolute link', { href: 'https://example.org/generative-ai/' }],
    ['a link with a space', { href: '/generative ai/' }],
    ['a missing link', { href: undefined }],
  ])('refuses a whole deck with one card that has %s', (_, change) => {
    expect(parseDeck(file([other, { ...good, ...change }]))).toBeUndefined();
  });
});
