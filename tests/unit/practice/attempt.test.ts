import { describe, expect, test } from 'vitest';
import {
  attemptId,
  createAttempt,
  describeSource,
  inspectAttempt,
  isTimeUp,
  parseSource,
  remainingMs,
  serializeAttempt,
  sourceKey,
  withChecked,
  withCurrent,
  withElapsed,
  withFlag,
  withResponse,
  type Attempt,
  type AttemptSource,
} from '../../../src/lib/practice/attempt.ts';
import {
  crossedThresholds,
  describeTimeLeft,
  examLimitMs,
  formatClock,
  formatDuration,
} from '../../../src/lib/practice/timer.ts';

const exam = createAttempt({
  id: 'a-test-0001',
  mode: 'exam',
  source: { kind: 'form', form: 3 },
  questionIds: ['q-one', 'q-two', 'q-three'],
  responses: [[], [-1, -1, -1], []],
  limitMs: 90 * 60_000,
  startedAt: 1_000,
});

describe('createAttempt', () => {
  test('starts at the first question with nothing flagged, checked or timed', () => {
    expect(exam).toEqual({
      version: 1,
      id: 'a-test-0001',
      mode: 'exam',
      source: { kind: 'form', form: 3 },
      questionIds: ['q-one', 'q-two', 'q-three'],
      responses: [[], [-1, -1, -1], []],
      flags: [false, false, false],
      checked: [false, false, false],
      current: 0,
      limitMs: 5_400_000,
      elapsedMs: 0,
      startedAt: 1_000,
    });
  });
});

describe('changing an attempt', () => {
  test('records a response without touching the others or the original', () => {
    const next = withResponse(exam, 1, [2, 0, 1]);
    expect(next.responses).toEqual([[], [2, 0, 1], []]);
    expect(exam.responses).toEqual([[], [-1, -1, -1], []]);
  });

  test('ignores a response to a question outside the attempt', () => {
    expect(withResponse(exam, 3, [1])).toBe(exam);
    expect(withResponse(exam, -1, [1])).toBe(exam);
    expect(withResponse(exam, 0.5, [1])).toBe(exam);
  });

  test('locks a checked question', () => {
    const checked = withChecked(withResponse(exam, 0, [1]), 0);
    expect(checked.checked).toEqual([true, false, false]);
    expect(withResponse(checked, 0, [2]).responses[0]).toEqual([1]);
    expect(withResponse(checked, 2, [2]).responses[2]).toEqual([2]);
    expect(withChecked(exam, 5)).toBe(exam);
  });

  test('flags and unflags', () => {
    const flagged = withFlag(exam, 2, true);
    expect(flagged.flags).toEqual([false, false, true]);
    expect(withFlag(flagged, 2, false).flags).toEqual([false, false, false]);
    expect(withFlag(exam, 3, true)).toBe(exam);
  });

  test.each([
    [1, 1],
    [2, 2],
    [5, 2],
    [-4, 0],
    [1.7, 1],
    [Number.NaN, 0],
  ])('moving to %d goes to question index %i', (index, current) => {
    expect(withCurrent(exam, index).current).toBe(current);
  });
});

describe('the clock', () => {
  test('counts time used, never backwards and never past the limit', () => {
    const later = withElapsed(exam, 60_000);
    expect(later.elapsedMs).toBe(60_000);
    expect(withElapsed(later, 30_000).elapsedMs).toBe(60_000);
    expect(withElapsed(later, 10 ** 9).elapsedMs).toBe(5_400_000);
    expect(withElapsed(later, Number.NaN)).toBe(later);
  });

  test('says how much time is left and when it is up', () => {
    expect(remainingMs(exam)).toBe(5_400_000);
    expect(remainingMs(withElapsed(exam, 5_399_000))).toBe(1_000);
    expect(isTimeUp(withElapsed(exam, 5_399_000))).toBe(false);
    expect(isTimeUp(withElapsed(exam, 5_400_000))).toBe(true);
  });

  test('an untimed set has no time left and never runs out', () => {
    const set = { ...exam, limitMs: null };
    expect(remainingMs(set)).toBeUndefined();
    expect(isTimeUp(set)).toBe(false);
    expect(withElapsed(set, 10 ** 9).elapsedMs).toBe(10 ** 9);
  });

  test('gives 90 minutes, or 120 with the accommodation', () => {
    expect(examLimitMs(false)).toBe(5_400_000);
    expect(examLimitMs(true)).toBe(7_200_000);
  });

  test.each([
    [600_500, 599_500, [600_000]],
    [600_000, 599_000, []],
    [601_000, 600_000, [600_000]],
    [61_000, 59_000, [60_000]],
    [700_000, 30_000, [600_000, 60_000]],
    [500_000, 400_000, []],
    [59_000, 0, []],
  ])('from %i ms to %i ms left crosses %j', (before, after, crossed) => {
    expect(crossedThresholds(before, after)).toEqual(crossed);
  });

  test.each([
    [600_000, '10 minutes left.'],
    [60_000, '1 minute left.'],
    [0, '0 minutes left.'],
  ])('describes %i ms as %s', (ms, text) => {
    expect(describeTimeLeft(ms)).toBe(text);
  });

  test.each([
    [5_400_000, '1:30:00'],
    [5_399_001, '1:30:00'],
    [5_399_000, '1:29:59'],
    [545_000, '9:05'],
    [999, '0:01'],
    [0, '0:00'],
    [-5, '0:00'],
    [Number.NaN, '0:00'],
  ])('writes %i ms on the clock as %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });

  test.each([
    [4_440_000, '1 h 14 min'],
    [845_000, '14 min 5 s'],
    [840_000, '14 min'],
    [45_999, '45 s'],
    [Number.NaN, '0 s'],
  ])('writes a duration of %i ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('sources', () => {
  const sources: [AttemptSource, string, string][] = [
    [{ kind: 'form', form: 3 }, 'form:3', 'Mock exam, form 3'],
    [{ kind: 'seed', seed: 42 }, 'seed:42', 'Mock exam, random form 42'],
    [{ kind: 'domain', domain: 2, count: 20, seed: 7 }, 'domain:2:20:7', 'Practice set: domain 2, 20 questions'],
    [{ kind: 'objective', objective: '1.2.5', seed: 7 }, 'objective:1.2.5:7', 'Practice set: objective 1.2.5'],
    [{ kind: 'wrong' }, 'wrong', 'Practice set: questions answered wrongly before'],
  ];
  test.each(sources)('%j has the key %s and the label %s, and reads back', (source, key, label) => {
    expect(sourceKey(source)).toBe(key);
    expect(describeSource(source)).toBe(label);
    expect(parseSource(JSON.parse(JSON.stringify(source)))).toEqual(source);
  });

  test.each([
    [null],
    [{ kind: 'form', form: 0 }],
    [{ kind: 'form', form: '3' }],
    [{ kind: 'seed', seed: -1 }],
    [{ kind: 'seed', seed: 4294967296 }],
    [{ kind: 'domain', domain: 6, count: 10, seed: 1 }],
    [{ kind: 'domain', domain: 0, count: 10, seed: 1 }],
    [{ kind: 'domain', domain: 2, count: -1, seed: 1 }],
    [{ kind: 'domain', domain: 2, count: 10 }],
    [{ kind: 'objective', objective: '1.2', seed: 1 }],
    [{ kind: 'mystery' }],
  ])('refuses the source %j', (value) => {
    expect(parseSource(value)).toBeUndefined();
  });
});

describe('storing an attempt', () => {
  const busy: Attempt = withElapsed(withCurrent(withFlag(withResponse(exam, 0, [2]), 1, true), 2), 123_456);

  test('reads back exactly what was written', () => {
    expect(inspectAttempt(serializeAttempt(busy))).toEqual({ status: 'ok', attempt: busy });
  });

  test('reads nothing stored as empty', () => {
    expect(inspectAttempt(null)).toEqual({ status: 'empty' });
    expect(inspectAttempt('')).toEqual({ status: 'empty' });
  });

  const stored = JSON.parse(serializeAttempt(busy)) as Record<string, unknown>;
  test.each([
    ['text that is not JSON', '{"version":1,'],
    ['JSON that is not an object', '[1,2]'],
    ['an older version', JSON.stringify({ ...stored, version: 0 })],
    ['a newer version', JSON.stringify({ ...stored, version: 2 })],
    ['a bad id', JSON.stringify({ ...stored, id: 'A B' })],
    ['an unknown mode', JSON.stringify({ ...stored, mode: 'quiz' })],
    ['a bad source', JSON.stringify({ ...stored, source: { kind: 'form', form: -2 } })],
    ['no questions', JSON.stringify({ ...stored, questionIds: [], responses: [], flags: [], checked: [] })],
    ['a bad question id', JSON.stringify({ ...stored, questionIds: ['q-one', 'Q TWO', 'q-three'] })],
    ['a question twice', JSON.stringify({ ...stored, questionIds: ['q-one', 'q-one', 'q-three'] })],
    ['responses of the wrong length', JSON.stringify({ ...stored, responses: [[2], []] })],
    ['a response that is not numbers', JSON.stringify({ ...stored, responses: [['2'], [], []] })],
    ['a response below -1', JSON.stringify({ ...stored, responses: [[-2], [], []] })],
    ['flags of the wrong length', JSON.stringify({ ...stored, flags: [true] })],
    ['a flag that is not a boolean', JSON.stringify({ ...stored, flags: [1, 0, 0] })],
    ['checked marks of the wrong kind', JSON.stringify({ ...stored, checked: 'none' })],
    ['a current question past the end', JSON.stringify({ ...stored, current: 3 })],
    ['a negative time used', JSON.stringify({ ...stored, elapsedMs: -1 })],
    ['a time limit of 0', JSON.stringify({ ...stored, limitMs: 0 })],
    ['a time limit that is text', JSON.stringify({ ...stored, limitMs: '90' })],
    ['no start time', JSON.stringify({ ...stored, startedAt: undefined })],
  ])('sets aside %s as unreadable', (_name, text) => {
    expect(inspectAttempt(text)).toEqual({ status: 'unreadable' });
  });

  test('caps a stored time used at the limit', () => {
    const text = JSON.stringify({ ...stored, elapsedMs: 10 ** 9 });
    const result = inspectAttempt(text);
    expect(result.status === 'ok' && result.attempt.elapsedMs).toBe(5_400_000);
  });

  test('keeps an untimed set untimed', () => {
    const text = JSON.stringify({ ...stored, limitMs: null, mode: 'set', elapsedMs: 10 ** 9 });
    const result = inspectAttempt(text);
    expect(result.status === 'ok' && result.attempt).toMatchObject({ limitMs: null, elapsedMs: 10 ** 9, mode: 'set' });
  });
});

describe('attemptId', () => {
  test('is made of the time and a random part, in base 36', () => {
    expect(attemptId(1_700_000_000_000, () => 0)).toBe('a-loyw3v28-0000');
    expect(attemptId(35, () => 0.5)).toBe('a-z-i000');
    expect(attemptId(-5, () => 0)).toBe('a-0-0000');
  });
});

describe('reading back an attempt at the edges of what is valid', () => {
  const fresh = () =>
    createAttempt({
      id: 'a-fresh-0001',
      mode: 'set',
      source: { kind: 'seed', seed: 0 },
      questionIds: ['q-one', 'q-two'],
      responses: [[], []],
      limitMs: null,
      startedAt: 0,
    });
  const text = (change: Record<string, unknown>) =>
    JSON.stringify({ ...JSON.parse(serializeAttempt(fresh())), ...change });

  test('a new attempt has real false flags and checked marks, and reads back at question 0 with no time used', () => {
    const attempt = fresh();
    expect(attempt.flags).toStrictEqual([false, false]);
    expect(attempt.checked).toStrictEqual([false, false]);
    expect(inspectAttempt(serializeAttempt(attempt))).toEqual({ status: 'ok', attempt });
  });

  test.each([
    ['an id of 40 characters', { id: 'a'.repeat(40) }],
    ['a response of 20 places', { responses: [Array.from({ length: 20 }, (_, i) => i), []] }],
  ])('accepts %s', (_name, change) => {
    expect(inspectAttempt(text(change)).status).toBe('ok');
  });

  test.each([
    ['an id that is a number', { id: 123 }],
    ['an id of 41 characters', { id: 'a'.repeat(41) }],
    ['an id with a bad end', { id: 'a-fresh X' }],
    ['an id with a bad start', { id: 'X a-fresh' }],
    ['question ids that are not a list', { questionIds: null }],
    ['question ids that are text', { questionIds: 'q-one' }],
    ['a response of 21 places', { responses: [Array.from({ length: 21 }, () => -1), []] }],
    ['a response naming option 20', { responses: [[20], []] }],
    ['checked marks that are not booleans', { checked: [1, 0] }],
    ['a start time too large for a number', { startedAt: '1e999' }],
  ])('sets aside %s as unreadable, without throwing', (_name, change) => {
    // JSON.parse turns 1e999 into Infinity: the text is spliced in so that the number reaches the reader.
    const stored = text(change).replace('"1e999"', '1e999');
    expect(inspectAttempt(stored)).toEqual({ status: 'unreadable' });
  });

  test.each<[AttemptSource]>([
    [{ kind: 'seed', seed: 4294967295 }],
    [{ kind: 'domain', domain: 1, count: 10, seed: 0 }],
    [{ kind: 'domain', domain: 5, count: 10, seed: 0 }],
  ])('reads back the source %j at the edge of its range', (source) => {
    expect(parseSource(JSON.parse(JSON.stringify(source)))).toEqual(source);
  });
});
