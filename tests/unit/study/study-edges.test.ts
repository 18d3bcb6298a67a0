// Edge cases of the study helpers that mutation testing showed no other test pinned down: stored data
// that is damaged in one particular way, and the exact boundaries of the schedule (see docs/mutation.md).
import * as tsFsrs from 'ts-fsrs';
import { describe, expect, test } from 'vitest';
import { MAX_BACKUP_BYTES, countProgress, parseBackup } from '../../../src/lib/study/backup.ts';
import {
  createScheduler,
  describeInterval,
  emptyDeckState,
  inspectDeckState,
  LEARN_AHEAD_MS,
  newLeftToday,
  nextCardId,
  type CardState,
} from '../../../src/lib/study/deck.ts';
import { gradeAnswer } from '../../../src/lib/study/grade.ts';
import { emptyProgress, inspectProgress, recordAnswer } from '../../../src/lib/study/progress.ts';
import { emptyHistory } from '../../../src/lib/practice/history.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const now = new Date(2026, 2, 10, 9, 0, 0);
const midnight = new Date(2026, 2, 10).getTime();
const card = (overrides: Partial<CardState> = {}): CardState => ({
  due: now.getTime(),
  stability: 1,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 0,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  first: now.getTime() - 30 * DAY,
  ...overrides,
});
const stored = (cards: Record<string, unknown>, version: unknown = 1) => JSON.stringify({ version, cards });

describe('reading a stored deck', () => {
  test('drops a card that is null, or has an infinite number (JSON reads 1e999 as Infinity)', () => {
    const text = stored({ a: null, b: { ...card(), due: 1 } }).replace('"due":1,', '"due":1e999,');
    expect(inspectDeckState(text)).toEqual({ state: { version: 1, cards: {} }, status: 'ok' });
  });

  test('keeps cards in every ts-fsrs state, new (0) to relearning (3), and no other', () => {
    const cards = { s0: card({ state: 0 }), s3: card({ state: 3 }), s4: { ...card(), state: 4 } };
    expect(Object.keys(inspectDeckState(stored(cards)).state.cards)).toEqual(['s0', 's3']);
  });

  test('adds no lastReview to a card stored without one', () => {
    const read = inspectDeckState(stored({ a: card() })).state.cards['a'];
    expect(read).toBeDefined();
    expect(Object.keys(read!)).not.toContain('lastReview');
  });

  test('refuses a deck of another version', () => {
    expect(inspectDeckState(stored({ a: card() }, 2)).status).toBe('unreadable');
    expect(inspectDeckState('{').status).toBe('unreadable');
  });
});

describe('the day and learn-ahead boundaries', () => {
  test("a card first reviewed at midnight counts against today's new cards; one at the next midnight does not", () => {
    const deck = (first: number) => ({ version: 1 as const, cards: { a: card({ first }) } });
    expect(newLeftToday(deck(midnight), now, 5)).toBe(4);
    expect(newLeftToday(deck(midnight + DAY), now, 5)).toBe(5);
    expect(newLeftToday(deck(midnight - 1), now, 5)).toBe(5);
  });

  test('a card due exactly now is due; a learning or relearning card due within the learn-ahead limit comes next', () => {
    const time = now.getTime();
    const deck = (cards: Record<string, CardState>) => ({ version: 1 as const, cards });
    expect(nextCardId(deck({ a: card({ due: time }) }), ['a'], now, 0)).toBe('a');
    const ahead = time + LEARN_AHEAD_MS;
    expect(nextCardId(deck({ a: card({ state: 3, due: ahead }) }), ['a'], now, 0)).toBe('a');
    expect(nextCardId(deck({ a: card({ state: 1, due: ahead }) }), ['a'], now, 0)).toBe('a');
    expect(nextCardId(deck({ a: card({ state: 2, due: ahead }) }), ['a'], now, 0)).toBeUndefined();
    expect(nextCardId(deck({ a: card({ state: 3, due: ahead + 1 }) }), ['a'], now, 0)).toBeUndefined();
  });
});

describe('rating through ts-fsrs', () => {
  const scheduler = createScheduler(tsFsrs);
  test('stores the learning, review and relearning states and the last review', () => {
    const learning = scheduler.rate(emptyDeckState(), 'a', 1, now).cards['a']!;
    expect(learning.state).toBe(1);
    expect(learning.lastReview).toBe(now.getTime());
    const review = scheduler.rate(emptyDeckState(), 'a', 4, now).cards['a']!;
    expect(review.state).toBe(2);
    const later = new Date(review.due);
    const lapsed = scheduler.rate({ version: 1, cards: { a: review } }, 'a', 1, later).cards['a']!;
    expect(lapsed.state).toBe(3);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.lastReview).toBe(later.getTime());
  });

  test('schedules from the stored last review: a card reviewed long ago is not treated as new', () => {
    const withoutLastReview = card({ stability: 10, scheduledDays: 10, due: now.getTime() });
    const reviewed = { ...withoutLastReview, lastReview: now.getTime() - 10 * DAY };
    const withHistory = scheduler.rate({ version: 1, cards: { a: reviewed } }, 'a', 3, now).cards['a']!;
    const without = scheduler.rate({ version: 1, cards: { a: withoutLastReview } }, 'a', 3, now).cards['a']!;
    expect(withHistory.stability).not.toBe(without.stability);
  });
});

describe('describeInterval', () => {
  test.each([
    [59 * MINUTE, 'in 59 minutes'],
    [60 * MINUTE, 'in 1 hour'],
    [30 * DAY, 'in 30 days'],
    [31 * DAY, 'in 1 month'],
    [11 * 30 * DAY, 'in 11 months'],
    [12 * 30 * DAY, 'in 1 year'],
  ])('%d ms ahead is "%s"', (ahead, text) => {
    expect(describeInterval(now.getTime(), now.getTime() + ahead)).toBe(text);
  });
});

test('gradeAnswer calls no choice at all wrong, even for a question with no correct option', () => {
  expect(gradeAnswer([], []).correct).toBe(false);
  expect(gradeAnswer([1], [1]).correct).toBe(true);
});

test('inspectProgress skips a page whose answers are not an object', () => {
  const text = JSON.stringify({ version: 1, answers: { a: 'nonsense', b: { q1: { correct: true, at: 3 } } } });
  expect(inspectProgress(text)).toEqual({
    progress: { version: 1, answers: { b: { q1: { correct: true, at: 3 } } } },
    status: 'ok',
  });
});

describe('parseBackup', () => {
  const valid = { format: 'aif-c01-study-guide-progress', version: 1, exportedAt: 'x', data: {} };
  const parse = (value: unknown) => {
    const text = JSON.stringify(value);
    return parseBackup(text, text.length);
  };

  test('accepts a file of exactly the size limit', () => {
    expect(parseBackup(JSON.stringify(valid), MAX_BACKUP_BYTES).ok).toBe(true);
    expect(parseBackup(JSON.stringify(valid), MAX_BACKUP_BYTES + 1).ok).toBe(false);
  });

  test.each([
    [2, /newer version of this guide \(file format 2; this page reads format 1\)/],
    [0, /unknown format version \(0; this page reads format 1\)/],
    ['2', /unknown format version \("2"; this page reads format 1\)/],
    [undefined, /unknown format version \(none; this page reads format 1\)/],
  ])('explains a file of version %j', (version, message) => {
    const result = parse({ ...valid, version });
    expect(result.ok ? '' : result.message).toMatch(message);
  });

  test('reads missing or null parts as empty, and a missing export time as none', () => {
    const result = parse({ ...valid, exportedAt: 5, data: { 'aip:progress': null } });
    expect(result).toEqual({
      ok: true,
      backup: {
        ...valid,
        exportedAt: '',
        data: { 'aip:progress': emptyProgress(), 'aip:deck': emptyDeckState(), 'aip:attempts': emptyHistory() },
      },
    });
  });
});

test('countProgress does not count a page whose answers were all removed', () => {
  const progress = {
    ...recordAnswer(emptyProgress(), 'p', 'q1', true, 1),
    answers: { p: { q1: { correct: true, at: 1 } }, empty: {} },
  };
  expect(countProgress(progress)).toEqual({ answers: 1, pages: 1, studied: 0 });
});
