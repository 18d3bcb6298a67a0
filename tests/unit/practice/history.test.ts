import { describe, expect, test } from 'vitest';
import type { BankQuestion } from '../../../src/lib/practice/bank.ts';
import { createAttempt, withElapsed, withFlag, withResponse } from '../../../src/lib/practice/attempt.ts';
import {
  addResult,
  domainPractice,
  emptyHistory,
  findResult,
  inspectHistory,
  latestResults,
  resultOf,
  type AttemptResult,
} from '../../../src/lib/practice/history.ts';
import { syntheticBank } from './synthetic-bank.ts';

const bank = syntheticBank([2, 1, 0, 1, 0]);
const [d1a, d1b, d2, d4] = bank as [BankQuestion, BankQuestion, BankQuestion, BankQuestion];

function finished(id: string, answers: (readonly number[])[], submittedAt: number): AttemptResult {
  let attempt = createAttempt({
    id,
    mode: 'exam',
    source: { kind: 'seed', seed: 1 },
    questionIds: bank.map((question) => question.id),
    responses: bank.map(() => []),
    limitMs: 5_400_000,
    startedAt: submittedAt - 1000,
  });
  answers.forEach((response, i) => (attempt = withResponse(attempt, i, response)));
  attempt = withElapsed(withFlag(attempt, 1, true), 1000);
  return resultOf(attempt, bank, submittedAt, false);
}

describe('resultOf', () => {
  test('scores each item and keeps its objective, response and flag', () => {
    const result = finished('a-1', [d1a.answer, [3], [], [...d4.answer]], 5000);
    expect(result).toMatchObject({
      id: 'a-1',
      mode: 'exam',
      startedAt: 4000,
      submittedAt: 5000,
      elapsedMs: 1000,
      timedOut: false,
    });
    expect(result.items.map((item) => [item.id, item.objective, item.correct, item.flagged])).toEqual([
      [d1a.id, d1a.objective, true, false],
      [d1b.id, d1b.objective, false, true],
      [d2.id, d2.objective, false, false],
      [d4.id, d4.objective, true, false],
    ]);
  });
});

describe('history', () => {
  const first = finished('a-1', [d1a.answer, [], [], d4.answer], 1000);
  const second = finished('a-2', [[9], d1b.answer, [], []], 2000);

  test('adds results, replaces one with the same id and keeps only the latest', () => {
    let history = addResult(addResult(emptyHistory(), first), second);
    expect(history.attempts.map((item) => item.id)).toEqual(['a-1', 'a-2']);
    history = addResult(history, { ...first, submittedAt: 3000 });
    expect(history.attempts.map((item) => [item.id, item.submittedAt])).toEqual([
      ['a-2', 2000],
      ['a-1', 3000],
    ]);
    expect(addResult(history, finished('a-3', [], 4000), 2).attempts.map((item) => item.id)).toEqual(['a-1', 'a-3']);
    expect(findResult(history, 'a-2')).toEqual(second);
    expect(findResult(history, 'nope')).toBeUndefined();
  });

  test('knows the latest answer to each question', () => {
    const latest = latestResults(addResult(addResult(emptyHistory(), second), first));
    // first was submitted earlier (1000) but added later: the answer given later in time wins.
    expect(latest.get(d1a.id)).toEqual({ correct: false, at: 2000 });
    expect(latest.get(d1b.id)).toEqual({ correct: true, at: 2000 });
    expect(latest.get(d4.id)).toEqual({ correct: false, at: 2000 });
  });

  test('counts practice by the domain of each question’s objective', () => {
    const history = addResult(addResult(emptyHistory(), first), second);
    expect(domainPractice(history)).toEqual([
      { domain: 1, questions: 2, correct: 1 },
      { domain: 2, questions: 1, correct: 0 },
      { domain: 3, questions: 0, correct: 0 },
      { domain: 4, questions: 1, correct: 0 },
      { domain: 5, questions: 0, correct: 0 },
    ]);
    expect(domainPractice(emptyHistory()).every((item) => item.questions === 0)).toBe(true);
  });
});

describe('inspectHistory', () => {
  const history = addResult(addResult(emptyHistory(), finished('a-1', [d1a.answer], 1000)), finished('a-2', [], 2000));
  const text = JSON.stringify(history);

  test('reads back what was stored', () => {
    expect(inspectHistory(text)).toEqual({ history, status: 'ok' });
    expect(inspectHistory(null)).toEqual({ history: emptyHistory(), status: 'empty' });
  });

  test.each([
    ['not JSON', '{'],
    ['another version', JSON.stringify({ ...history, version: 2 })],
    ['no attempts list', JSON.stringify({ version: 1, attempts: {} })],
    ['an array', '[]'],
  ])('calls %s unreadable', (_name, stored) => {
    expect(inspectHistory(stored)).toEqual({ history: emptyHistory(), status: 'unreadable' });
  });

  const good = history.attempts[0]!;
  const item = good.items[0]!;
  test.each([
    ['a bad id', { ...good, id: 'Bad Id' }],
    ['an unknown mode', { ...good, mode: 'x' }],
    ['a bad source', { ...good, source: { kind: 'seed', seed: -3 } }],
    ['a missing submission time', { ...good, submittedAt: undefined }],
    ['a negative time used', { ...good, elapsedMs: -5 }],
    ['a timed-out flag that is text', { ...good, timedOut: 'no' }],
    ['a limit that is text', { ...good, limitMs: '90' }],
    ['no items', { ...good, items: [] }],
    ['an item with a bad objective', { ...good, items: [{ ...item, objective: '7.1.1' }] }],
    ['an item with a bad response', { ...good, items: [{ ...item, response: 'A' }] }],
    ['an item whose result is text', { ...good, items: [{ ...item, correct: 'yes' }] }],
    ['an item without a flag', { ...good, items: [{ ...item, flagged: undefined }] }],
    ['an item with a bad id', { ...good, items: [{ ...item, id: '' }] }],
  ])('drops an attempt with %s and keeps the others', (_name, bad) => {
    const stored = JSON.stringify({ version: 1, attempts: [bad, history.attempts[1]] });
    expect(inspectHistory(stored)).toEqual({
      history: { version: 1, attempts: [history.attempts[1]] },
      status: 'ok',
    });
  });

  test('keeps only the latest 100 attempts of a longer stored list', () => {
    const attempts = Array.from({ length: 101 }, (_, n) => ({ ...good, id: `a-${n}` }));
    const read = inspectHistory(JSON.stringify({ version: 1, attempts })).history.attempts;
    expect(read).toHaveLength(100);
    expect(read[0]!.id).toBe('a-1');
    expect(read.at(-1)!.id).toBe('a-100');
  });

  test('adding a result to 100 drops the oldest', () => {
    let history = emptyHistory();
    for (let n = 0; n < 101; n += 1) history = addResult(history, { ...good, id: `a-${n}` });
    expect(history.attempts).toHaveLength(100);
    expect(history.attempts[0]!.id).toBe('a-1');
  });

  test('keeps the first of two attempts with the same id', () => {
    const stored = JSON.stringify({ version: 1, attempts: [good, { ...good, submittedAt: 9 }] });
    expect(inspectHistory(stored).history.attempts).toEqual([good]);
  });
});

describe('resultOf with a question the attempt holds no answer for', () => {
  test('counts it as unanswered and unflagged', () => {
    const attempt = createAttempt({
      id: 'a-short',
      mode: 'set',
      source: { kind: 'wrong' },
      questionIds: [d1a.id],
      responses: [[]],
      limitMs: null,
      startedAt: 0,
    });
    const result = resultOf(attempt, [d1a, d2], 10, false);
    expect(result.items[1]).toEqual({
      id: d2.id,
      objective: d2.objective,
      response: [],
      correct: false,
      flagged: false,
    });
  });
});

describe('latestResults at equal times', () => {
  test('takes the attempt listed later when two were submitted at the same moment', () => {
    const right = finished('a-right', [d1a.answer], 5000);
    const wrong = finished('a-wrong', [[3]], 5000);
    expect(latestResults(addResult(addResult(emptyHistory(), right), wrong)).get(d1a.id)).toEqual({
      correct: false,
      at: 5000,
    });
    expect(latestResults(addResult(addResult(emptyHistory(), wrong), right)).get(d1a.id)).toEqual({
      correct: true,
      at: 5000,
    });
  });
});

describe('inspectHistory at the edges of what is valid', () => {
  const set = (): AttemptResult => ({
    ...finished('a-set', [d1a.answer, d1b.answer], 3000),
    mode: 'set',
    source: { kind: 'domain', domain: 1, count: 10, seed: 2 },
    limitMs: null,
  });
  const other = () => finished('a-other', [], 4000);
  const read = (attempts: unknown[]) => inspectHistory(JSON.stringify({ version: 1, attempts }));

  test('reads back an untimed practice set', () => {
    const history = { version: 1, attempts: [set(), other()] };
    expect(inspectHistory(JSON.stringify(history))).toEqual({ history, status: 'ok' });
  });

  test('calls stored null unreadable, without throwing', () => {
    expect(inspectHistory('null')).toEqual({ history: emptyHistory(), status: 'unreadable' });
  });

  test.each<[string, (result: AttemptResult) => unknown]>([
    ['that is null', () => null],
    ['whose id is a number', (result) => ({ ...result, id: 123 })],
    ['whose id has a bad end', (result) => ({ ...result, id: 'a-set X' })],
    ['whose id has 41 characters', (result) => ({ ...result, id: 'a'.repeat(41) })],
    ['with an item that is null', (result) => ({ ...result, items: [null] })],
    ['with one bad item after a good one', (result) => ({ ...result, items: [result.items[0], { id: 'Bad' }] })],
    ['submitted at a time too large for a number', (result) => ({ ...result, submittedAt: '1e999' })],
  ])('drops an attempt %s and keeps the others, without throwing', (_name, change) => {
    const text = JSON.stringify({ version: 1, attempts: [change(set()), other()] }).replace('"1e999"', '1e999');
    expect(inspectHistory(text)).toEqual({ history: { version: 1, attempts: [other()] }, status: 'ok' });
  });

  test('reads a stored list that holds nothing valid as an empty history', () => {
    expect(read([null, 5, 'text'])).toEqual({ history: emptyHistory(), status: 'ok' });
  });
});
