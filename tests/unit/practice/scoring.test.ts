import { describe, expect, test } from 'vitest';
import type { BankQuestion } from '../../../src/lib/practice/bank.ts';
import { answerState, emptyResponse, isCorrect, scoreAttempt } from '../../../src/lib/practice/scoring.ts';
import { ASSUMED_PASS_FRACTION, estimateScaledScore, isPassing } from '../../../src/lib/practice/scaled-score.ts';

const base = { id: 'q', objective: '1.1.1', domain: 1, stem: 'stem', teaches: '/x/', teachesTitle: 'X', trap: false };
const single: BankQuestion = {
  ...base,
  type: 'single',
  options: ['a', 'b', 'c', 'd'],
  answer: [2],
  explanations: ['', '', '', ''],
};
const multiple: BankQuestion = {
  ...base,
  type: 'multiple',
  options: ['a', 'b', 'c', 'd', 'e'],
  answer: [0, 3],
  explanations: ['', '', '', '', ''],
};
// Shown steps: option 2 goes first, then 0, then 3, then 1.
const ordering: BankQuestion = {
  ...base,
  type: 'ordering',
  options: ['s2', 's0', 's3', 's1'],
  answer: [2, 0, 3, 1],
  explanations: ['', '', '', ''],
};
// Prompt 0 -> option 1, prompt 1 -> option 3, prompt 2 -> option 0; option 2 is a distractor.
const matching: BankQuestion = {
  ...base,
  type: 'matching',
  prompts: ['p0', 'p1', 'p2'],
  options: ['r2', 'r0', 'd', 'r1'],
  answer: [1, 3, 0],
  explanations: ['', '', '', ''],
};

describe('isCorrect: all or nothing', () => {
  test.each([
    ['single, the key', single, [2], true],
    ['single, another option', single, [1], false],
    ['single, nothing', single, [], false],
    ['single, the key and another', single, [2, 1], false],
    ['multiple, both keys', multiple, [0, 3], true],
    ['multiple, both keys in another order', multiple, [3, 0], true],
    ['multiple, one key only', multiple, [0], false],
    ['multiple, one key and a distractor', multiple, [0, 1], false],
    ['multiple, a distractor and one key', multiple, [2, 3], false],
    ['multiple, both keys and a distractor', multiple, [0, 3, 1], false],
    ['multiple, one key twice', multiple, [0, 0], false],
    ['multiple, a key repeated next to the other', multiple, [0, 3, 3], false],
    ['multiple, nothing', multiple, [], false],
    ['ordering, the right positions', ordering, [1, 3, 0, 2], true],
    ['ordering, two steps swapped', ordering, [3, 1, 0, 2], false],
    ['ordering, as shown', ordering, [0, 1, 2, 3], false],
    ['ordering, one step not placed', ordering, [1, 3, 0, -1], false],
    ['ordering, too short', ordering, [1, 3, 0], false],
    ['ordering, one position too many', ordering, [1, 3, 0, 2, 4], false],
    ['matching, every prompt right', matching, [1, 3, 0], true],
    ['matching, one prompt wrong', matching, [1, 3, 2], false],
    ['matching, one prompt open', matching, [1, 3, -1], false],
    ['matching, too short', matching, [1, 3], false],
    ['matching, too long', matching, [1, 3, 0, 2], false],
  ])('%s', (_name, question, response, expected) => {
    expect(isCorrect(question, response)).toBe(expected);
  });
});

describe('answerState', () => {
  test.each([
    ['single, nothing', single, [], 'unanswered'],
    ['single, one', single, [0], 'answered'],
    ['single, out of range', single, [4], 'unanswered'],
    ['single, not a whole number', single, [1.5], 'unanswered'],
    ['single, two options', single, [0, 1], 'unanswered'],
    ['multiple, nothing', multiple, [], 'unanswered'],
    ['multiple, one of two', multiple, [1], 'partial'],
    ['multiple, two of two', multiple, [1, 2], 'answered'],
    ['multiple, three of two', multiple, [1, 2, 4], 'partial'],
    ['multiple, a bad index among two', multiple, [1, 9], 'partial'],
    ['multiple, two of two and a bad index', multiple, [1, 2, 9], 'partial'],
    ['ordering, empty', ordering, [-1, -1, -1, -1], 'unanswered'],
    ['ordering, two placed', ordering, [0, 1, -1, -1], 'partial'],
    ['ordering, all placed', ordering, [3, 2, 1, 0], 'answered'],
    ['ordering, all placed with a repeat', ordering, [0, 0, 1, 2], 'partial'],
    ['ordering, wrong length', ordering, [0, 1, 2], 'partial'],
    ['ordering, all placed and one slot too many', ordering, [3, 2, 1, 0, -1], 'partial'],
    ['matching, empty', matching, [-1, -1, -1], 'unanswered'],
    ['matching, one matched', matching, [2, -1, -1], 'partial'],
    ['matching, all matched (even wrongly, even twice)', matching, [2, 2, 2], 'answered'],
    ['matching, wrong length', matching, [0, 1], 'partial'],
    ['matching, all matched and one slot too many', matching, [2, 2, 2, -1], 'partial'],
  ])('%s is %s', (_name, question, response, state) => {
    expect(answerState(question, response)).toBe(state);
  });

  test('an empty response is unanswered for every type', () => {
    for (const question of [single, multiple, ordering, matching]) {
      expect(answerState(question, emptyResponse(question))).toBe('unanswered');
      expect(isCorrect(question, emptyResponse(question))).toBe(false);
    }
    expect(emptyResponse(ordering)).toEqual([-1, -1, -1, -1]);
    expect(emptyResponse(matching)).toEqual([-1, -1, -1]);
    expect(emptyResponse(single)).toEqual([]);
  });
});

describe('scoreAttempt', () => {
  const questions = [
    { ...single, id: 'a', objective: '1.1.1' },
    { ...multiple, id: 'b', objective: '1.2.3' },
    { ...ordering, id: 'c', objective: '3.1.2' },
    { ...matching, id: 'd', objective: '3.1.2' },
    { ...single, id: 'e', objective: '1.1.1' },
  ];

  test('counts right answers and tallies them by domain, task and objective', () => {
    const score = scoreAttempt(questions, [[2], [0], [1, 3, 0, 2], [1, 3, 0], undefined]);
    expect(score).toMatchObject({ correct: 3, total: 5, answered: 3, fraction: 0.6 });
    expect(score.byDomain).toEqual([
      { key: '1', correct: 1, total: 3 },
      { key: '3', correct: 2, total: 2 },
    ]);
    expect(score.byTask).toEqual([
      { key: '1.1', correct: 1, total: 2 },
      { key: '1.2', correct: 0, total: 1 },
      { key: '3.1', correct: 2, total: 2 },
    ]);
    expect(score.byObjective).toEqual([
      { key: '1.1.1', correct: 1, total: 2 },
      { key: '1.2.3', correct: 0, total: 1 },
      { key: '3.1.2', correct: 2, total: 2 },
    ]);
  });

  test('sorts objectives by number, 1.1.10 after 1.1.9', () => {
    const score = scoreAttempt(
      [
        { ...single, objective: '1.1.10' },
        { ...single, objective: '1.1.9' },
      ],
      [[2], [2]],
    );
    expect(score.byObjective.map((item) => item.key)).toEqual(['1.1.9', '1.1.10']);
  });

  test('gives 0 for an empty attempt, never NaN', () => {
    expect(scoreAttempt([], [])).toMatchObject({ correct: 0, total: 0, fraction: 0, byDomain: [] });
  });
});

describe('estimateScaledScore', () => {
  test.each([
    [0, 100],
    [0.35, 400],
    [0.7, 700],
    [0.85, 850],
    [1, 1000],
    [47 / 65, 723],
    [0.5, 529],
    [-0.2, 100],
    [1.5, 1000],
  ])('maps %d correct to %i', (fraction, scaled) => {
    expect(estimateScaledScore(fraction)).toBe(scaled);
  });

  test('rises with the share of right answers and reaches 700 exactly at the assumed pass share', () => {
    let previous = 0;
    for (let right = 0; right <= 65; right += 1) {
      const scaled = estimateScaledScore(right / 65);
      expect(scaled).toBeGreaterThanOrEqual(previous);
      expect(isPassing(scaled)).toBe(right / 65 >= ASSUMED_PASS_FRACTION - 1e-3);
      previous = scaled;
    }
    expect(ASSUMED_PASS_FRACTION).toBe(0.7);
    expect(isPassing(699)).toBe(false);
    expect(isPassing(700)).toBe(true);
  });

  test.each([Number.NaN, Number.POSITIVE_INFINITY])('refuses %d', (value) => {
    expect(() => estimateScaledScore(value)).toThrow(/must be a finite number/);
  });
});
