import { describe, expect, test } from 'vitest';
import { gradeAnswer, listLetters, optionLetter } from '../../../src/lib/study/grade.ts';
import { emptyProgress, pageScore, parseProgress, recordAnswer } from '../../../src/lib/study/progress.ts';

describe('gradeAnswer', () => {
  test.each([
    [[1], [1], true, [], []],
    [[1], [2], false, [1], [2]],
    [[0, 3], [0], false, [3], []],
    [[0, 3], [0, 3], true, [], []],
    [[0, 3], [0, 2, 3], false, [], [2]],
    [[2], [], false, [2], []],
  ])('correct %j, chosen %j -> %s', (correct, chosen, ok, missed, wrong) => {
    expect(gradeAnswer(correct, chosen)).toEqual({ correct: ok, missed, wrong });
  });

  test('writes option letters as the exam does', () => {
    expect(optionLetter(0)).toBe('A');
    expect(listLetters([1])).toBe('B');
    expect(listLetters([0, 2])).toBe('A and C');
    expect(listLetters([0, 2, 3])).toBe('A, C and D');
  });
});

describe('progress', () => {
  test('records the latest answer per question and scores a page', () => {
    let progress = recordAnswer(emptyProgress(), 'page', 'q1', false, 1);
    progress = recordAnswer(progress, 'page', 'q1', true, 2);
    progress = recordAnswer(progress, 'page', 'q2', false, 3);
    expect(pageScore(progress, 'page', ['q1', 'q2', 'q3'])).toEqual({ answered: 2, correct: 1 });
    expect(pageScore(progress, 'other', ['q1'])).toEqual({ answered: 0, correct: 0 });
  });

  test('round-trips through JSON', () => {
    const progress = recordAnswer(emptyProgress(), 'page', 'q1', true, 5);
    expect(parseProgress(JSON.stringify(progress))).toEqual(progress);
  });

  test.each([null, '', 'not json', '[]', '{"version":99,"answers":{}}', '{"version":1,"answers":[]}'])(
    'treats unusable stored data %j as empty progress',
    (text) => {
      expect(parseProgress(text)).toEqual(emptyProgress());
    },
  );

  test('drops malformed entries and keeps the good ones', () => {
    const text = JSON.stringify({
      version: 1,
      answers: { page: { good: { correct: true, at: 1 }, bad: { correct: 'yes', at: 1 }, worse: 3 }, broken: 'x' },
    });
    expect(parseProgress(text)).toEqual({ version: 1, answers: { page: { good: { correct: true, at: 1 } } } });
  });
});
