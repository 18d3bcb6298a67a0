// The flashcard deck at build time: every glossary term as a card, grouped by topic and split into the
// parts of the study path (src/lib/study/flashcard-deck.ts does the shaping). Read by the flashcards
// page (its counts), its part pages and flashcards/deck.json. Build-time only (astro:content); read once
// per build.
import { getCollection, render } from 'astro:content';
import { groupDeck, splitIntoParts, type DeckPart } from '../lib/study/flashcard-deck.ts';
import { STUDY_PATH } from './study-path.ts';
import { getTopicLinks, getTopics } from './topics.ts';

async function loadDeck(): Promise<DeckPart[]> {
  const entries = (await getCollection('glossary')).map((entry) => entry.data);
  const topics = await getTopicLinks();
  const headings = new Map(
    await Promise.all((await getTopics()).map(async (topic) => [topic.id, (await render(topic)).headings] as const)),
  );
  // The heading plugin appends a "#" anchor to each heading's text.
  const sectionTitle = (page: string, anchor: string | undefined) =>
    anchor
      ? headings
          .get(page)
          ?.find((heading) => heading.slug === anchor)
          ?.text.replace(/\s*#$/, '')
      : undefined;
  return splitIntoParts(groupDeck(entries, topics, sectionTitle, import.meta.env.BASE_URL), STUDY_PATH);
}

let deck: Promise<DeckPart[]> | undefined;

/** The deck's parts in study order, each with its topic groups; read once per build. */
export function getDeckParts(): Promise<DeckPart[]> {
  deck ??= loadDeck();
  return deck;
}
