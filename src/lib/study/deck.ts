// The flashcard deck's review schedule, as stored in the browser: one FSRS card state per glossary id.
// Pure (no DOM, no storage). Parsing is defensive: corrupted or foreign data never breaks a page.
// ts-fsrs is only imported as types here; the scheduler itself is passed in (see createScheduler) or
// loaded on demand (loadScheduler), so pages that only count due cards (the progress dashboard, the
// flashcards page before a review starts) do not ship the algorithm.
import type { Card, FSRS, Grade } from 'ts-fsrs';

export const DECK_KEY = 'aip:deck';
export const DECK_VERSION = 1;
/** New cards introduced per local day, as in Anki's default. */
export const NEW_PER_DAY = 20;
/**
 * Learning cards due within this many milliseconds are shown again in the same session (Anki's "learn
 * ahead limit"), so a card rated Again comes back a minute later rather than after the session.
 */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

/** The four answers, with the numbers ts-fsrs uses for Rating.Again..Rating.Easy. */
export const GRADES = [
  { grade: 1, label: 'Again', key: '1' },
  { grade: 2, label: 'Hard', key: '2' },
  { grade: 3, label: 'Good', key: '3' },
  { grade: 4, label: 'Easy', key: '4' },
] as const;
export type DeckGrade = (typeof GRADES)[number]['grade'];

/** The grade a key press gives ("3" → Good), or undefined for any other key; buttons and keys share GRADES. */
export function gradeForKey(key: string): DeckGrade | undefined {
  return GRADES.find((item) => item.key === key)?.grade;
}

/** One card's schedule; times are milliseconds since the epoch so the state is plain JSON. */
export interface CardState {
  readonly due: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsedDays: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  readonly state: 0 | 1 | 2 | 3;
  readonly lastReview?: number;
  /** When the card was first reviewed: counts it against the day's limit of new cards. */
  readonly first: number;
}

export interface DeckState {
  readonly version: typeof DECK_VERSION;
  /** card id -> schedule; a card without an entry has never been reviewed. */
  readonly cards: Readonly<Record<string, CardState>>;
  /**
   * Practice questions the learner missed, queued as flashcards: question id -> when it was first
   * missed (ms since the epoch). Their card id is QUESTION_CARD_PREFIX + question id. Optional and
   * absent when empty: an additive field, so the format stays at version 1 and older data has none.
   */
  readonly missed?: Readonly<Record<string, number>>;
}

/** Card ids of missed questions start with this; glossary ids are kebab-case and never contain ":". */
export const QUESTION_CARD_PREFIX = 'q:';

/** What reading found: nothing stored, a usable deck, or stored text that cannot be read. */
export type DeckStatus = 'empty' | 'ok' | 'unreadable';

export const emptyDeckState = (): DeckState => ({ version: DECK_VERSION, cards: {} });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** A card's schedule; own properties only, so ids like "constructor" never read Object's prototype. */
export const cardOf = (state: DeckState, id: string): CardState | undefined =>
  Object.hasOwn(state.cards, id) ? state.cards[id] : undefined;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const NUMBER_FIELDS = [
  'due',
  'stability',
  'difficulty',
  'elapsedDays',
  'scheduledDays',
  'learningSteps',
  'reps',
  'lapses',
  'first',
] as const;

function parseCard(value: unknown): CardState | undefined {
  if (!isRecord(value)) return undefined;
  if (!NUMBER_FIELDS.every((field) => isNumber(value[field]))) return undefined;
  const state = value['state'];
  if (state !== 0 && state !== 1 && state !== 2 && state !== 3) return undefined;
  const lastReview = value['lastReview'];
  if (lastReview !== undefined && !isNumber(lastReview)) return undefined;
  const card = Object.fromEntries(NUMBER_FIELDS.map((field) => [field, value[field]])) as Omit<
    CardState,
    'state' | 'lastReview'
  >;
  return lastReview === undefined ? { ...card, state } : { ...card, state, lastReview };
}

/** Reads stored text and says whether it was usable; malformed cards are dropped one by one. */
export function inspectDeckState(text: string | null): { state: DeckState; status: DeckStatus } {
  if (!text) return { state: emptyDeckState(), status: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { state: emptyDeckState(), status: 'unreadable' };
  }
  if (!isRecord(data) || data['version'] !== DECK_VERSION || !isRecord(data['cards']))
    return { state: emptyDeckState(), status: 'unreadable' };
  const cards: Record<string, CardState> = {};
  for (const [id, value] of Object.entries(data['cards'])) {
    const card = parseCard(value);
    // "__proto__" would replace the object's prototype instead of adding a card.
    if (card && id !== '__proto__') cards[id] = card;
  }
  const missed: Record<string, number> = {};
  if (isRecord(data['missed']))
    for (const [id, at] of Object.entries(data['missed'])) if (QUESTION_ID.test(id) && isNumber(at)) missed[id] = at;
  return { state: withMissed({ version: DECK_VERSION, cards }, missed), status: 'ok' };
}

const QUESTION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// Keeps the optional field absent rather than empty, so a deck without missed questions stays identical
// to what earlier versions wrote.
function withMissed(state: DeckState, missed: Record<string, number>): DeckState {
  const rest: DeckState = { version: state.version, cards: state.cards };
  return Object.keys(missed).length > 0 ? { ...rest, missed } : rest;
}

/** The deck with these practice questions queued as new flashcards (those already queued keep their date). */
export function addMissedQuestions(state: DeckState, questionIds: readonly string[], at: number): DeckState {
  const missed: Record<string, number> = { ...state.missed };
  for (const id of questionIds) if (QUESTION_ID.test(id) && !Object.hasOwn(missed, id)) missed[id] = at;
  return withMissed(state, missed);
}

/** The deck without a queued question (one that is no longer in the bank), and without its schedule. */
export function removeMissedQuestion(state: DeckState, questionId: string): DeckState {
  const missed: Record<string, number> = { ...state.missed };
  delete missed[questionId];
  const cards: Record<string, CardState> = { ...state.cards };
  delete cards[QUESTION_CARD_PREFIX + questionId];
  return withMissed({ version: state.version, cards }, missed);
}

/** Card ids of the queued questions, the earliest missed first (then by id, so the order is stable). */
export function questionCardIds(state: DeckState): string[] {
  return Object.entries(state.missed ?? {})
    .sort(([a, at], [b, bt]) => at - bt || (a < b ? -1 : 1))
    .map(([id]) => QUESTION_CARD_PREFIX + id);
}

/** The question id of a question card ("q:kb-order" -> "kb-order"); undefined for a glossary card. */
export const questionIdOfCard = (cardId: string): string | undefined =>
  cardId.startsWith(QUESTION_CARD_PREFIX) ? cardId.slice(QUESTION_CARD_PREFIX.length) : undefined;

/** Reads the stored deck; never throws (corrupted data gives an empty state, bad cards are dropped). */
export function parseDeckState(text: string | null): DeckState {
  return inspectDeckState(text).state;
}

export function serializeDeckState(state: DeckState): string {
  return JSON.stringify(state);
}

/**
 * Counts for the given cards (ids no longer in the glossary are ignored): due = reviewed cards whose
 * due date is now or earlier; new = never reviewed; learned = reviewed at least once.
 */
export function countDue(
  state: DeckState,
  cardIds: readonly string[],
  now: Date,
): { due: number; new: number; learned: number } {
  const time = now.getTime();
  let due = 0;
  let learned = 0;
  for (const id of new Set(cardIds)) {
    if (!cardOf(state, id)) continue;
    learned += 1;
    if (cardOf(state, id)!.due <= time) due += 1;
  }
  return { due, new: new Set(cardIds).size - learned, learned };
}

/** Midnight of `now`'s local day: the daily limit of new cards resets then. */
function startOfDay(now: Date): number {
  const day = new Date(now.getTime());
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** How many new cards may still be introduced today (limit minus cards first reviewed today). */
export function newLeftToday(state: DeckState, now: Date, limit = NEW_PER_DAY): number {
  const start = startOfDay(now);
  const end = start + 24 * 60 * 60 * 1000;
  const today = Object.values(state.cards).filter((card) => card.first >= start && card.first < end).length;
  return Math.max(0, limit - today);
}

/**
 * The next card to show: the most overdue reviewed card; else a new card (in deck order) while the
 * daily limit allows; else a learning card due within the learn-ahead limit; else none.
 */
export function nextCardId(
  state: DeckState,
  cardIds: readonly string[],
  now: Date,
  limit = NEW_PER_DAY,
): string | undefined {
  const time = now.getTime();
  const reviewed = cardIds
    .filter((id) => cardOf(state, id) !== undefined)
    .sort((a, b) => cardOf(state, a)!.due - cardOf(state, b)!.due);
  const overdue = reviewed.find((id) => cardOf(state, id)!.due <= time);
  if (overdue !== undefined) return overdue;
  if (newLeftToday(state, now, limit) > 0) {
    const fresh = cardIds.find((id) => cardOf(state, id) === undefined);
    if (fresh !== undefined) return fresh;
  }
  return reviewed.find((id) => {
    const card = cardOf(state, id)!;
    return (card.state === 1 || card.state === 3) && card.due <= time + LEARN_AHEAD_MS;
  });
}

/** What a review session still holds: due now, new cards allowed today. */
export function sessionCounts(
  state: DeckState,
  cardIds: readonly string[],
  now: Date,
  limit = NEW_PER_DAY,
): { due: number; new: number } {
  const counts = countDue(state, cardIds, now);
  return { due: counts.due, new: Math.min(counts.new, newLeftToday(state, now, limit)) };
}

// --- Scheduling (ts-fsrs) -------------------------------------------------------------------------

/** The parts of the ts-fsrs module the scheduler uses; the real module fits, tests may pass it. */
export interface FsrsModule {
  readonly fsrs: () => FSRS;
  readonly createEmptyCard: (now?: Date) => Card;
}

export interface Scheduler {
  /** The deck with `id` rated at `now`. */
  rate(state: DeckState, id: string, grade: DeckGrade, now: Date): DeckState;
  /** When each grade would make the card due next (for the buttons' hints). */
  preview(state: DeckState, id: string, now: Date): Record<DeckGrade, number>;
}

function toFsrsCard(card: CardState): Card {
  const fsrsCard: Card = {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  if (card.lastReview !== undefined) fsrsCard.last_review = new Date(card.lastReview);
  return fsrsCard;
}

function fromFsrsCard(card: Card, first: number): CardState {
  const state = card.state as number;
  const stored: CardState = {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    // Deprecated in ts-fsrs 5 but still part of its Card type (until 6.0), so it is kept round-trip.
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: state === 1 || state === 2 || state === 3 ? state : 0,
    first,
  };
  return card.last_review ? { ...stored, lastReview: card.last_review.getTime() } : stored;
}

/** A scheduler over ts-fsrs with its default parameters (learning steps 1m/10m, 90% retention). */
export function createScheduler(lib: FsrsModule): Scheduler {
  const engine = lib.fsrs();
  const current = (state: DeckState, id: string, now: Date) => {
    const stored = cardOf(state, id);
    return stored ? toFsrsCard(stored) : lib.createEmptyCard(now);
  };
  return {
    rate(state, id, grade, now) {
      const { card } = engine.next(current(state, id, now), now, grade as Grade);
      const first = cardOf(state, id)?.first ?? now.getTime();
      return { ...state, cards: { ...state.cards, [id]: fromFsrsCard(card, first) } };
    },
    preview(state, id, now) {
      const log = engine.repeat(current(state, id, now), now);
      const due = (grade: DeckGrade) => log[grade as Grade].card.due.getTime();
      return { 1: due(1), 2: due(2), 3: due(3), 4: due(4) };
    },
  };
}

/** Loads ts-fsrs on demand (its own chunk), so it is fetched only when a review starts. */
export async function loadScheduler(): Promise<Scheduler> {
  return createScheduler(await import('ts-fsrs'));
}

/** "in 1 minute", "in 10 minutes", "in 3 days": how soon a grade would show the card again. */
export function describeInterval(from: number, to: number): string {
  const minutes = Math.max(1, Math.round((to - from) / 60000));
  const unit = (count: number, word: string) => `in ${count} ${word}${count === 1 ? '' : 's'}`;
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return unit(hours, 'hour');
  const days = Math.round(hours / 24);
  if (days < 31) return unit(days, 'day');
  const months = Math.round(days / 30);
  if (months < 12) return unit(months, 'month');
  return unit(Math.round(days / 365), 'year');
}
