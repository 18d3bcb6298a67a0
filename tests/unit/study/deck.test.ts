import * as tsFsrs from 'ts-fsrs';
import { describe, expect, test } from 'vitest';
import {
  countDue,
  createScheduler,
  DECK_KEY,
  describeInterval,
  emptyDeckState,
  GRADES,
  gradeForKey,
  inspectDeckState,
  loadScheduler,
  newLeftToday,
  nextCardId,
  parseDeckState,
  serializeDeckState,
  sessionCounts,
  type CardState,
  type DeckState,
} from '../../../src/lib/study/deck.ts';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
const now = new Date(2026, 2, 10, 9, 0, 0);
const scheduler = createScheduler(tsFsrs);
const ids = ['a', 'b', 'c'];

const card = (overrides: Partial<CardState> = {}): CardState => ({
  due: now.getTime(),
  stability: 1,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  first: now.getTime() - 3 * DAY,
  ...overrides,
});
const deck = (cards: Record<string, CardState>): DeckState => ({ version: 1, cards });

describe('parseDeckState', () => {
  test('uses the key the progress dashboard reads', () => {
    expect(DECK_KEY).toBe('aip:deck');
  });

  test.each([
    ['nothing stored', null],
    ['an empty string', ''],
    ['text that is not JSON', '{"version":1,'],
    ['JSON null', 'null'],
    ['an array', '[1,2]'],
    ['a number', '42'],
    ['another version', '{"version":2,"cards":{}}'],
    ['cards that are not an object', '{"version":1,"cards":[]}'],
  ])('returns an empty deck for %s', (_name, text) => {
    expect(parseDeckState(text)).toEqual(emptyDeckState());
  });

  test('says whether stored text was empty, usable or unreadable', () => {
    expect(inspectDeckState(null).status).toBe('empty');
    expect(inspectDeckState('{"version":1,"cards":{}}').status).toBe('ok');
    expect(inspectDeckState('garbage').status).toBe('unreadable');
  });

  test('drops malformed cards one by one and keeps the good ones', () => {
    const good = card();
    const text = JSON.stringify({
      version: 1,
      cards: {
        good,
        noDue: { ...good, due: undefined },
        textDue: { ...good, due: '2026-01-01' },
        badState: { ...good, state: 7 },
        badLast: { ...good, lastReview: 'yesterday' },
        infinite: { ...good, stability: null },
        notAnObject: 3,
      },
    });
    expect(parseDeckState(text)).toEqual(deck({ good }));
  });

  test('round-trips a deck through its serialized form', () => {
    const state = deck({ a: card({ lastReview: now.getTime() - DAY }), b: card({ state: 1 }) });
    expect(parseDeckState(serializeDeckState(state))).toEqual(state);
  });

  test('never throws on hostile input', () => {
    for (const text of ['{"version":1,"cards":{"__proto__":{"due":1}}}', '\u0000', '{"version":1,"cards":null}']) {
      expect(() => parseDeckState(text)).not.toThrow();
    }
  });
});

describe('countDue', () => {
  test('counts an empty deck as all new', () => {
    expect(countDue(emptyDeckState(), ids, now)).toEqual({ due: 0, new: 3, learned: 0 });
  });

  test('counts reviewed cards due now or earlier as due, later ones as learned only', () => {
    const state = deck({
      a: card({ due: now.getTime() }),
      b: card({ due: now.getTime() + MINUTE }),
    });
    expect(countDue(state, ids, now)).toEqual({ due: 1, new: 1, learned: 2 });
    expect(countDue(state, ids, new Date(now.getTime() + MINUTE))).toEqual({ due: 2, new: 1, learned: 2 });
  });

  test('ignores stored cards that are no longer in the deck, and duplicate ids', () => {
    const state = deck({ gone: card(), a: card() });
    expect(countDue(state, ['a', 'a', 'b'], now)).toEqual({ due: 1, new: 1, learned: 1 });
  });
});

describe('the review queue', () => {
  test('shows due cards first, the most overdue first', () => {
    const state = deck({ b: card({ due: now.getTime() - DAY }), c: card({ due: now.getTime() - 2 * DAY }) });
    expect(nextCardId(state, ids, now)).toBe('c');
  });

  test('shows new cards in deck order when nothing is due', () => {
    const state = deck({ a: card({ due: now.getTime() + DAY }) });
    expect(nextCardId(state, ids, now)).toBe('b');
  });

  test('stops introducing new cards after the daily limit, and resets it the next day', () => {
    const state = deck({ a: card({ due: now.getTime() + DAY, first: now.getTime() - MINUTE }) });
    expect(newLeftToday(state, now, 1)).toBe(0);
    expect(nextCardId(state, ids, now, 1)).toBeUndefined();
    expect(sessionCounts(state, ids, now, 1)).toEqual({ due: 0, new: 0 });
    const tomorrow = new Date(now.getTime() + DAY);
    expect(newLeftToday(state, tomorrow, 1)).toBe(1);
    expect(sessionCounts(state, ids, tomorrow, 1)).toEqual({ due: 1, new: 1 });
  });

  test('brings back a learning card due within the learn-ahead limit once nothing else is left', () => {
    const learning = deck({
      a: card({ state: 1, due: now.getTime() + 5 * MINUTE }),
      b: card({ due: now.getTime() + DAY }),
      c: card({ due: now.getTime() + DAY }),
    });
    expect(nextCardId(learning, ids, now)).toBe('a');
    const later = deck({ ...learning.cards, a: card({ state: 1, due: now.getTime() + 30 * MINUTE }) });
    expect(nextCardId(later, ids, now)).toBeUndefined();
  });
});

describe('scheduling with ts-fsrs', () => {
  test('rating a new card Good makes it learned and not due right after', () => {
    const state = scheduler.rate(emptyDeckState(), 'a', 3, now);
    const rated = state.cards['a']!;
    expect(rated.due).toBeGreaterThan(now.getTime());
    expect(rated.reps).toBe(1);
    expect(rated.first).toBe(now.getTime());
    expect(countDue(state, ids, now)).toEqual({ due: 0, new: 2, learned: 1 });
  });

  test('Good moves a reviewed card days into the future; Again keeps it due within minutes', () => {
    let state = scheduler.rate(emptyDeckState(), 'a', 3, now);
    const later = new Date(state.cards['a']!.due);
    state = scheduler.rate(state, 'a', 3, later);
    const good = scheduler.rate(state, 'a', 3, new Date(state.cards['a']!.due));
    const reviewAt = state.cards['a']!.due;
    expect(good.cards['a']!.due - reviewAt).toBeGreaterThanOrEqual(DAY);
    const again = scheduler.rate(state, 'a', 1, new Date(reviewAt));
    expect(again.cards['a']!.due - reviewAt).toBeLessThanOrEqual(10 * MINUTE);
    expect(again.cards['a']!.lapses).toBe(1);
  });

  test('orders the grades: Again soonest, Easy latest', () => {
    const preview = scheduler.preview(emptyDeckState(), 'a', now);
    expect(preview[1]).toBeLessThanOrEqual(preview[2]);
    expect(preview[2]).toBeLessThanOrEqual(preview[3]);
    expect(preview[3]).toBeLessThan(preview[4]);
    expect(preview[1] - now.getTime()).toBeLessThanOrEqual(MINUTE);
  });

  test('keeps the first review time and survives a round trip through storage', () => {
    const first = scheduler.rate(emptyDeckState(), 'a', 1, now);
    const stored = parseDeckState(serializeDeckState(first));
    const second = scheduler.rate(stored, 'a', 3, new Date(now.getTime() + MINUTE));
    expect(second.cards['a']!.first).toBe(now.getTime());
    expect(second.cards['a']!.reps).toBe(2);
  });

  test('does not change the deck it was given', () => {
    const state = emptyDeckState();
    scheduler.rate(state, 'a', 3, now);
    expect(state).toEqual(emptyDeckState());
  });

  test('loads ts-fsrs on demand', async () => {
    const loaded = await loadScheduler();
    expect(loaded.rate(emptyDeckState(), 'a', 4, now).cards['a']!.due).toBeGreaterThan(now.getTime() + DAY / 2);
  });
});

describe('describeInterval', () => {
  test.each([
    [0, 'in 1 minute'],
    [10 * MINUTE, 'in 10 minutes'],
    [3 * 60 * MINUTE, 'in 3 hours'],
    [DAY, 'in 1 day'],
    [45 * DAY, 'in 2 months'],
    [800 * DAY, 'in 2 years'],
  ])('describes %i ms as "%s"', (ms, text) => {
    expect(describeInterval(0, ms)).toBe(text);
  });
});

describe('ids that are also Object property names', () => {
  test('counts "constructor" and "toString" as new, not as reviewed', () => {
    expect(countDue(emptyDeckState(), ['constructor', 'toString'], now)).toEqual({ due: 0, new: 2, learned: 0 });
    expect(nextCardId(emptyDeckState(), ['constructor'], now)).toBe('constructor');
  });

  test('ignores a stored "__proto__" card', () => {
    const text = `{"version":1,"cards":{"__proto__":${JSON.stringify(card())}}}`;
    const state = parseDeckState(text);
    expect(Object.getPrototypeOf(state.cards)).toBe(Object.prototype);
    expect(countDue(state, ['__proto__'], now)).toEqual({ due: 0, new: 1, learned: 0 });
  });
});

describe('grades', () => {
  test('each grade is the ts-fsrs Rating of the same name', () => {
    expect(GRADES.map(({ label, grade }) => [label, grade])).toEqual([
      ['Again', tsFsrs.Rating.Again],
      ['Hard', tsFsrs.Rating.Hard],
      ['Good', tsFsrs.Rating.Good],
      ['Easy', tsFsrs.Rating.Easy],
    ]);
  });

  test('the keys 1 to 4 give the same grades as the buttons, other keys none', () => {
    expect(['1', '2', '3', '4'].map(gradeForKey)).toEqual([
      tsFsrs.Rating.Again,
      tsFsrs.Rating.Hard,
      tsFsrs.Rating.Good,
      tsFsrs.Rating.Easy,
    ]);
    for (const key of ['0', '5', 'Enter', ' ', '']) expect(gradeForKey(key), key).toBeUndefined();
  });
});

describe('the last review date reaches the scheduler', () => {
  // A card in review (state 2) with stability 3, due yesterday.
  const reviewed = (lastReview: number | undefined): DeckState => {
    const base = card({ due: now.getTime() - DAY, stability: 3, difficulty: 5, scheduledDays: 3, reps: 2, state: 2 });
    return {
      version: 1,
      cards: { a: lastReview === undefined ? base : { ...base, lastReview } },
    };
  };

  test('a card last reviewed four days ago that is recalled gains stability (FSRS counts the days since then)', () => {
    const rated = scheduler.rate(reviewed(now.getTime() - 4 * DAY), 'a', 3, now).cards['a']!;
    expect(rated.stability).toBeGreaterThan(3 * 2);
    expect(rated.due - now.getTime()).toBeGreaterThan(7 * DAY);
  });

  test('a stored card without a last review date (older data) is still scheduled to a real date', () => {
    const rated = scheduler.rate(reviewed(undefined), 'a', 3, now).cards['a']!;
    expect(Number.isFinite(rated.due)).toBe(true);
    expect(Number.isFinite(rated.stability)).toBe(true);
    expect(rated.due).toBeGreaterThan(now.getTime());
  });
});
