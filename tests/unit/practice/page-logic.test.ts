import { describe, expect, test } from 'vitest';
import type { AttemptSource } from '../../../src/lib/practice/attempt.ts';
import type { BankQuestion } from '../../../src/lib/practice/bank.ts';
import { describeSummary, navigatorSummary } from '../../../src/lib/practice/navigator.ts';
import { parseRequest, sourcePage, sourceQuery } from '../../../src/lib/practice/request.ts';
import { mergeLatest } from '../../../src/lib/practice/sets.ts';
import { describeDraw, describeExamBeforeDraw } from '../../../src/lib/practice/start-text.ts';
import { emptyProgress, latestAnswers, recordAnswer } from '../../../src/lib/study/progress.ts';
import { syntheticBank, syntheticIndex } from './synthetic-bank.ts';

describe('navigatorSummary', () => {
  // Types in turn: single, single, multiple, single, ordering.
  const questions = syntheticBank([5, 0, 0, 0, 0]) as BankQuestion[];
  const attempt = {
    responses: [[0], [], [0], [1], [0, 1, 2, 3]],
    flags: [false, true, false, false, true],
    current: 3,
  };

  test('says for every question whether it is answered, flagged and current', () => {
    const summary = navigatorSummary(attempt, questions);
    expect(summary.items.map((item) => [item.number, item.answered, item.flagged, item.current])).toEqual([
      [1, true, false, false],
      [2, false, true, false],
      [3, false, false, false],
      [4, true, false, true],
      [5, true, true, false],
    ]);
    expect(summary.items.map((item) => item.label)).toEqual([
      'Question 1: answered',
      'Question 2: not answered, flagged',
      'Question 3: not answered',
      'Question 4: answered',
      'Question 5: answered, flagged',
    ]);
  });

  test('counts them, a partial answer (one of two chosen) as not answered', () => {
    const summary = navigatorSummary(attempt, questions);
    expect(summary).toMatchObject({
      answered: 3,
      flagged: 2,
      unanswered: 2,
      unansweredNumbers: [2, 3],
      flaggedNumbers: [2, 5],
    });
    expect(describeSummary(summary)).toBe('3 answered, 2 flagged, 2 not answered');
  });

  test('treats missing responses and flags as unanswered and unflagged', () => {
    const summary = navigatorSummary({ responses: [], flags: [], current: 0 }, questions);
    expect(summary).toMatchObject({ answered: 0, flagged: 0, unanswered: 5 });
  });
});

describe('parseRequest', () => {
  const start = (source: AttemptSource) => ({ kind: 'start', source });
  test.each([
    ['exam', '?form=3', start({ kind: 'form', form: 3 })],
    ['exam', '?form=8', start({ kind: 'form', form: 8 })],
    ['exam', '?seed=42', start({ kind: 'seed', seed: 42 })],
    ['exam', '?seed=0', start({ kind: 'seed', seed: 0 })],
    ['exam', '?attempt=a-k3-0001', { kind: 'report', attempt: 'a-k3-0001' }],
    ['set', '?attempt=a-k3-0001', { kind: 'report', attempt: 'a-k3-0001' }],
    ['set', '?wrong=1', start({ kind: 'wrong' })],
    ['set', '?domain=2&count=20&seed=7', start({ kind: 'domain', domain: 2, count: 20, seed: 7 })],
    ['set', '?objective=1.2.5&seed=9', start({ kind: 'objective', objective: '1.2.5', seed: 9 })],
  ])('%s%s', (mode, query, expected) => {
    expect(parseRequest(mode as 'exam' | 'set', query)).toEqual(expected);
  });

  test('asks for a seed when the address has none, and makes the source from it', () => {
    const exam = parseRequest('exam', '');
    expect(exam.kind === 'needs-seed' && exam.source(5)).toEqual({ kind: 'seed', seed: 5 });
    const domain = parseRequest('set', '?domain=4');
    expect(domain.kind === 'needs-seed' && domain.source(6)).toEqual({ kind: 'domain', domain: 4, count: 10, seed: 6 });
    const objective = parseRequest('set', '?objective=5.2.1');
    expect(objective.kind === 'needs-seed' && objective.source(1)).toEqual({
      kind: 'objective',
      objective: '5.2.1',
      seed: 1,
    });
  });

  test.each([
    ['exam', '?form=9', 'There is no form “9”: the fixed forms are numbered 1 to 8.'],
    ['exam', '?form=0', 'There is no form “0”: the fixed forms are numbered 1 to 8.'],
    ['exam', '?form=03', 'There is no form “03”: the fixed forms are numbered 1 to 8.'],
    ['exam', '?seed=-1', 'The seed “-1” is not a whole number from 0 to 4294967295.'],
    ['exam', '?attempt=Bad%20Id', 'This address names no attempt of yours.'],
    ['set', '?domain=6', 'There is no domain “6”: the domains are 1 to 5.'],
    ['set', '?domain=2&count=15', 'A set holds 10, 20, 30 questions, not “15”.'],
    ['set', '?objective=1.2', '“1.2” is not an objective number such as 1.2.5.'],
    ['set', '?seed=3', 'This address does not say which practice set to take.'],
  ])('%s%s is explained: %s', (mode, query, message) => {
    expect(parseRequest(mode as 'exam' | 'set', query)).toEqual({ kind: 'invalid', message });
  });

  test.each<[AttemptSource, string, string]>([
    [{ kind: 'form', form: 3 }, '?form=3', 'exam/'],
    [{ kind: 'seed', seed: 12 }, '?seed=12', 'exam/'],
    [{ kind: 'domain', domain: 2, count: 20, seed: 7 }, '?domain=2&count=20&seed=7', 'set/'],
    [{ kind: 'objective', objective: '1.2.5', seed: 3 }, '?objective=1.2.5&seed=3', 'set/'],
    [{ kind: 'wrong' }, '?wrong=1', 'set/'],
  ])('%j is asked for again by %s on %s', (source, query, page) => {
    expect(sourceQuery(source)).toBe(query);
    expect(sourcePage(source)).toBe(page);
    const again = parseRequest(page === 'exam/' ? 'exam' : 'set', query);
    expect(again).toEqual({ kind: 'start', source });
  });
});

describe('describeDraw', () => {
  const full = { questions: syntheticIndex(), forms: [['x'], ['y']] };
  const thin = { questions: syntheticIndex([54, 27, 33, 5, 5]), forms: [] };

  test.each([
    [
      { kind: 'form', form: 2 },
      65,
      full,
      '65 questions drawn by the exam’s domain weights (13, 16, 18, 9 and 9 from domains 1 to 5). No question of this form is in another fixed form.',
    ],
    [
      { kind: 'form', form: 4 },
      0,
      full,
      'Form 4 is not available yet: the question bank has enough questions for 2 fixed forms of 65. Take a random form instead.',
    ],
    [
      { kind: 'form', form: 1 },
      0,
      thin,
      'Form 1 is not available yet: the question bank has enough questions for 0 fixed forms of 65. Take a random form instead.',
    ],
    [
      { kind: 'domain', domain: 2, count: 20, seed: 1 },
      20,
      full,
      '20 questions from domain 2 (Fundamentals of GenAI), untimed.',
    ],
    [
      { kind: 'domain', domain: 4, count: 20, seed: 1 },
      5,
      thin,
      '5 questions from domain 4 (Guidelines for responsible AI), untimed. The bank has only 5 in this domain.',
    ],
    [{ kind: 'domain', domain: 4, count: 10, seed: 1 }, 0, thin, 'The bank has no questions in domain 4 yet.'],
    [{ kind: 'objective', objective: '1.2.5', seed: 1 }, 1, full, 'The one question on objective 1.2.5, untimed.'],
    [{ kind: 'objective', objective: '3.1.1', seed: 1 }, 7, full, 'All 7 questions on objective 3.1.1, untimed.'],
    [{ kind: 'objective', objective: '4.2.1', seed: 1 }, 0, thin, 'The bank has no questions on objective 4.2.1 yet.'],
    [
      { kind: 'wrong' },
      3,
      full,
      '3 questions you answered wrongly the last time, in mock exams, practice sets or page self-checks, the most recent mistakes first.',
    ],
    [
      { kind: 'wrong' },
      0,
      full,
      'No question is waiting: nothing you answered is wrong the last time you answered it.',
    ],
  ] as [AttemptSource, number, typeof full, string][])('%j with %i questions', (source, count, catalog, text) => {
    expect(describeDraw(source, count, catalog)).toBe(text);
  });

  test('a random form names its seed, and the domains too thin to fill it', () => {
    expect(describeDraw({ kind: 'seed', seed: 9 }, 65, full)).toBe(
      '65 questions drawn by the exam’s domain weights (13, 16, 18, 9 and 9 from domains 1 to 5), picked by the number 9 in this page’s address: bookmark or share the address to sit the same form again.',
    );
    expect(describeDraw({ kind: 'seed', seed: 9 }, 65, thin)).toMatch(
      / The bank does not yet have enough questions in domain 4 \(5 of 9\) and domain 5 \(5 of 9\), so other domains fill those places: this form is not weighted exactly like the exam\.$/,
    );
  });

  test('before the draw, the mock exam says the same in about as many words, without a number', () => {
    expect(describeExamBeforeDraw()).toBe(
      '65 questions drawn by the exam’s domain weights (13, 16, 18, 9 and 9 from domains 1 to 5), picked by a number in this page’s address: bookmark or share the address to sit the same form again.',
    );
    const drawn = describeDraw({ kind: 'seed', seed: 1049838745 }, 65, full);
    expect(Math.abs(drawn.length - describeExamBeforeDraw().length)).toBeLessThan(20);
  });
});

describe('latest answers across practice and self-checks', () => {
  test('latestAnswers keeps each question’s latest self-check answer, whatever its page', () => {
    let progress = recordAnswer(emptyProgress(), 'page-a', 'q-one', false, 10);
    progress = recordAnswer(progress, 'page-b', 'q-one', true, 20);
    progress = recordAnswer(progress, 'page-b', 'q-two', false, 5);
    progress = recordAnswer(progress, 'page-c', 'q-two', true, 1);
    expect(latestAnswers(progress)).toEqual(
      new Map([
        ['q-one', { correct: true, at: 20 }],
        ['q-two', { correct: false, at: 5 }],
      ]),
    );
  });

  test('mergeLatest keeps the later of two answers; the first source wins a tie', () => {
    const practice = new Map([
      ['a', { correct: false, at: 10 }],
      ['b', { correct: true, at: 3 }],
      ['c', { correct: true, at: 7 }],
    ]);
    const selfChecks = new Map([
      ['a', { correct: true, at: 20 }],
      ['b', { correct: false, at: 1 }],
      ['c', { correct: false, at: 7 }],
      ['d', { correct: false, at: 2 }],
    ]);
    expect(mergeLatest(practice, selfChecks)).toEqual(
      new Map([
        ['a', { correct: true, at: 20 }],
        ['b', { correct: true, at: 3 }],
        ['c', { correct: true, at: 7 }],
        ['d', { correct: false, at: 2 }],
      ]),
    );
    expect(mergeLatest()).toEqual(new Map());
  });
});
