// Every flashcard as JSON (src/lib/study/flashcard-deck.ts, DeckFile): <aip-flashcards> fetches it when
// it starts, so the flashcards page does not carry the deck in its HTML. Kept in the offline copy.
import type { APIRoute } from 'astro';
import { getDeckParts } from '../../data/flashcard-deck.ts';
import { deckFile } from '../../lib/study/flashcard-deck.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(deckFile(await getDeckParts())), { headers: { 'content-type': 'application/json' } });
