// The checks of bank.json and practice/index.json that export-bank.test.ts does not reach: each refused
// value below is wrong in exactly one way, so each case breaks if that one check is dropped or weakened.
import { describe, expect, test } from 'vitest';
import { parseBankQuestion, parsePracticeIndex, type BankQuestion } from '../../../src/lib/practice/bank.ts';
import { toBankQuestion } from '../../../src/lib/practice/export.ts';
import { authored } from './synthetic-bank.ts';

const teaching = { teaches: '/rag/#how-it-works', teachesTitle: 'RAG › How it works' };
const exported = (type: BankQuestion['type']) =>
  JSON.parse(JSON.stringify(toBankQuestion(authored(`q-${type}`, '3.2.1', type), teaching))) as BankQuestion;

describe('parseBankQuestion refuses', () => {
  test.each([
    ['null', null],
    ['undefined', undefined],
  ])('%s, without throwing', (_name, value) => {
    expect(parseBankQuestion(value)).toBeUndefined();
  });

  test.each<[string, (question: BankQuestion) => unknown]>([
    ['an id that is a list holding a valid id', (q) => ({ ...q, id: [q.id] })],
    ['an objective that is a list holding a valid objective', (q) => ({ ...q, objective: [q.objective] })],
    ['a stem that is a list of text', (q) => ({ ...q, stem: ['A company wants something. Which fits?'] })],
    ['a link title that is not text', (q) => ({ ...q, teachesTitle: 5 })],
    ['a link title that is missing', (q) => ({ ...q, teachesTitle: undefined })],
    ['a negative key', (q) => ({ ...q, answer: [-1] })],
  ])('a single-answer question with %s', (_name, change) => {
    expect(parseBankQuestion(change(exported('single')))).toBeUndefined();
  });

  test('a multiple-response key with one index in range and one past the options', () => {
    const multiple = exported('multiple');
    expect(parseBankQuestion({ ...multiple, answer: [0, multiple.options.length] })).toBeUndefined();
  });

  test('a matching question with prompts that are not text, even with a key of the same length', () => {
    const matching = exported('matching');
    expect(parseBankQuestion({ ...matching, prompts: [1, 2, 3] })).toBeUndefined();
  });

  test('a matching question with a single prompt and a key for it', () => {
    const matching = exported('matching');
    expect(parseBankQuestion({ ...matching, prompts: ['Only prompt'], answer: [0] })).toBeUndefined();
  });
});

describe('parseBankQuestion accepts', () => {
  test('a single-answer question with exactly two options', () => {
    const single = exported('single');
    const two = { ...single, options: ['Yes', 'No'], explanations: ['Because yes.', 'Because no.'], answer: [1] };
    expect(parseBankQuestion(two)).toMatchObject({ options: ['Yes', 'No'], answer: [1] });
  });

  test('a matching question with exactly two prompts', () => {
    const matching = exported('matching');
    const two = { ...matching, prompts: matching.prompts!.slice(0, 2), answer: matching.answer.slice(0, 2) };
    expect(parseBankQuestion(two)?.prompts).toEqual(matching.prompts!.slice(0, 2));
  });

  test('the trap mark, and only the value true as one', () => {
    const single = exported('single');
    expect(parseBankQuestion({ ...single, trap: true })?.trap).toBe(true);
    expect(parseBankQuestion({ ...single, trap: 'yes' })?.trap).toBe(false);
  });

  test('a question that is not matching without any prompts field', () => {
    for (const type of ['single', 'multiple', 'ordering'] as const) {
      const question = parseBankQuestion(exported(type));
      expect(question).toBeDefined();
      expect(question && 'prompts' in question).toBe(false);
    }
  });
});

describe('parsePracticeIndex', () => {
  const entry = { id: 'a-b', objective: '1.1.1', type: 'single' };

  test.each([
    ['null', null],
    ['undefined', undefined],
    ['an entry that is null', { questions: [null], forms: [] }],
    ['an entry with a bad objective', { questions: [{ ...entry, objective: '9.9.9' }], forms: [] }],
    ['a second form with an unknown question', { questions: [entry], forms: [['a-b'], ['c-d']] }],
    // An attempt holding a question twice is set aside when read back (attempt.ts), so a catalog that
    // would deal one must be refused before any attempt starts.
    ['the same question listed twice', { questions: [entry, { ...entry, objective: '2.1.1' }], forms: [] }],
    ['a form holding a question twice', { questions: [entry], forms: [['a-b', 'a-b']] }],
  ])('refuses %s without throwing', (_name, value) => {
    expect(parsePracticeIndex(value)).toBeUndefined();
  });
});
