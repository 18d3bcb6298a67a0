import { describe, expect, test } from 'vitest';
import { parseBankQuestion, parsePracticeIndex, type BankQuestion } from '../../../src/lib/practice/bank.ts';
import { toBankQuestion, toIndexEntry, type AuthoredQuestion } from '../../../src/lib/practice/export.ts';
import { isCorrect } from '../../../src/lib/practice/scoring.ts';
import { authored } from './synthetic-bank.ts';

const teaching = { teaches: '/rag/#how-it-works', teachesTitle: 'RAG › How it works' };

describe('toBankQuestion', () => {
  test('keeps a choice question’s options in order and lists the keys as indices', () => {
    const question = authored('pick-one', '2.1.3', 'multiple');
    expect(toBankQuestion(question, teaching)).toEqual({
      id: 'pick-one',
      objective: '2.1.3',
      domain: 2,
      type: 'multiple',
      stem: 'A company wants pick-one. Which fits? (Choose two.)',
      options: [0, 1, 2, 3, 4].map((i) => `pick-one option ${i}`),
      answer: [0, 1],
      explanations: [0, 1, 2, 3, 4].map((i) => `Explanation of pick-one option ${i}, long enough for the schema.`),
      teaches: '/rag/#how-it-works',
      teachesTitle: 'RAG › How it works',
      trap: false,
    });
  });

  test('shows ordering steps shuffled, with answer[k] the option that comes k-th', () => {
    for (let n = 0; n < 40; n += 1) {
      const question = toBankQuestion(authored(`steps-${n}`, '3.1.3', 'ordering'), teaching);
      expect(question.answer.map((option) => question.options[option])).toEqual(
        [0, 1, 2, 3].map((i) => `steps-${n} step ${i}`),
      );
      expect(question.options).not.toEqual([0, 1, 2, 3].map((i) => `steps-${n} step ${i}`));
      question.options.forEach((text, i) => expect(question.explanations[i]).toContain(text));
      // The response that gives option answer[k] position k is right.
      const response = question.options.map((_, option) => question.answer.indexOf(option));
      expect(isCorrect(question, response)).toBe(true);
    }
  });

  test('keeps matching prompts in order and shows the responses, distractors included, shuffled', () => {
    const question = toBankQuestion(authored('pairs', '1.2.5', 'matching'), teaching);
    expect(question.prompts).toEqual(['pairs prompt 0', 'pairs prompt 1', 'pairs prompt 2']);
    expect([...question.options].sort()).toEqual([
      'pairs distractor',
      'pairs response 0',
      'pairs response 1',
      'pairs response 2',
    ]);
    expect(question.answer.map((option) => question.options[option])).toEqual([
      'pairs response 0',
      'pairs response 1',
      'pairs response 2',
    ]);
    expect(question.explanations[question.options.indexOf('pairs distractor')]).toContain('pairs distractor');
    expect(question.explanations[question.answer[1]!]).toContain('pairs pair 1');
  });

  test('shows a matching question without distractors with its pairs’ responses only', () => {
    const bare: AuthoredQuestion = {
      id: 'bare',
      objective: '1.2.5',
      type: 'matching',
      stem: 'Match each term.',
      pairs: [0, 1, 2].map((i) => ({ prompt: `p${i}`, response: `r${i}`, explanation: `Why r${i} fits p${i}.` })),
    };
    const question = toBankQuestion(bare, teaching);
    expect([...question.options].sort()).toEqual(['r0', 'r1', 'r2']);
    expect(question.answer.map((option) => question.options[option])).toEqual(['r0', 'r1', 'r2']);
    expect(question.explanations).toHaveLength(3);
    expect(parseBankQuestion(JSON.parse(JSON.stringify(question)))).toEqual(question);
  });

  test('carries the trap mark and gives the same shape on every build', () => {
    const source = { ...authored('same', '4.1.2', 'matching'), trap: true };
    expect(toBankQuestion(source, teaching)).toEqual(toBankQuestion(source, teaching));
    expect(toBankQuestion(source, teaching).trap).toBe(true);
    expect(toIndexEntry(toBankQuestion(source, teaching))).toEqual({
      id: 'same',
      objective: '4.1.2',
      type: 'matching',
    });
  });
});

describe('parseBankQuestion', () => {
  const questions = (['single', 'multiple', 'ordering', 'matching'] as const).map((type) =>
    toBankQuestion(authored(`q-${type}`, '3.2.1', type), teaching),
  );

  test.each(questions.map((question) => [question.type, question]))(
    'accepts an exported %s question',
    (_type, question) => {
      expect(parseBankQuestion(JSON.parse(JSON.stringify(question)))).toEqual(question);
    },
  );

  const [single, multiple, ordering, matching] = questions as [BankQuestion, BankQuestion, BankQuestion, BankQuestion];
  test.each([
    ['not an object', 'text'],
    ['a bad id', { ...single, id: 'Bad' }],
    ['an id over 60 characters', { ...single, id: 'a'.repeat(61) }],
    ['an objective not in the guide form', { ...single, objective: '1.2' }],
    ['an unknown type', { ...single, type: 'essay' }],
    ['an empty stem', { ...single, stem: '' }],
    ['one option', { ...single, options: ['a'], explanations: ['x'], answer: [0] }],
    ['explanations that do not match the options', { ...single, explanations: ['x'] }],
    ['an empty explanation', { ...single, explanations: ['', 'b', 'c', 'd'] }],
    ['no teaching link', { ...single, teaches: '' }],
    ['a key out of range', { ...single, answer: [4] }],
    ['two keys on a single-answer question', { ...single, answer: [0, 1] }],
    ['one key on a multiple-response question', { ...multiple, answer: [0] }],
    ['multiple keys out of order', { ...multiple, answer: [1, 0] }],
    ['an ordering key with a repeated option', { ...ordering, answer: [0, 0, 1, 2] }],
    ['an ordering key that is too short', { ...ordering, answer: [0, 1, 2] }],
    ['a matching question without prompts', { ...matching, prompts: undefined }],
    ['a matching key for fewer prompts', { ...matching, answer: [0, 1] }],
    ['a matching key with a repeated response', { ...matching, answer: [0, 0, 1] }],
    ['prompts on a single-answer question', { ...single, prompts: ['p', 'q'] }],
    ['a fractional key', { ...single, answer: [0.5] }],
  ])('refuses %s', (_name, value) => {
    expect(parseBankQuestion(value)).toBeUndefined();
  });

  test('accepts an id of exactly 60 characters', () => {
    expect(parseBankQuestion({ ...single, id: 'a'.repeat(60) })?.id).toBe('a'.repeat(60));
  });

  test('reads a missing trap as false and a domain from the objective', () => {
    const rest = Object.fromEntries(Object.entries(single).filter(([key]) => key !== 'trap' && key !== 'domain'));
    expect(parseBankQuestion(rest)).toMatchObject({ trap: false, domain: 3 });
  });
});

describe('parsePracticeIndex', () => {
  const index = { questions: [{ id: 'a-b', objective: '1.1.1', type: 'single' }], forms: [['a-b']] };

  test('reads a valid index', () => {
    expect(parsePracticeIndex(index)).toEqual(index);
  });

  test.each([
    ['no questions list', { forms: [] }],
    ['no forms list', { questions: [] }],
    ['an entry with a bad id', { ...index, questions: [{ id: 'A', objective: '1.1.1', type: 'single' }] }],
    ['an entry with a bad type', { ...index, questions: [{ id: 'a-b', objective: '1.1.1', type: 'x' }] }],
    ['a form with an unknown question', { ...index, forms: [['a-b', 'c-d']] }],
    ['a form that is not a list', { ...index, forms: ['a-b'] }],
  ])('refuses %s', (_name, value) => {
    expect(parsePracticeIndex(value)).toBeUndefined();
  });
});
