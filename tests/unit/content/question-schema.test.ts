// Every rule of the question bank's schema, each with a case it must refuse (and the message it gives).
import { describe, expect, test } from 'vitest';
import { QuestionFileSchema, QuestionSchema } from '../../../src/schemas/question.ts';

const option = (correct: boolean, text = `Option ${Math.random()}`) => ({
  text,
  correct,
  explanation: 'Because of a reason that is long enough.',
});
const base = { id: 'a-question', objective: '1.2.5', stem: 'A company wants something. Which service fits?', section: 'a-section' };
const single = { ...base, type: 'single', options: [option(true, 'A'), option(false, 'B'), option(false, 'C'), option(false, 'D')] };
const multiple = {
  ...base,
  type: 'multiple',
  stem: 'A company wants two things. Which services fit? (Choose two.)',
  options: ['A', 'B', 'C', 'D', 'E'].map((text, index) => option(index < 2, text)),
};
const step = (text: string) => ({ text, explanation: 'It comes here because of a reason.' });
const ordering = { ...base, type: 'ordering', stem: 'Put the steps of the process in order.', steps: [step('one'), step('two'), step('three')] };
const pair = (prompt: string, response: string) => ({ prompt, response, explanation: 'They belong together for a reason.' });
const matching = {
  ...base,
  type: 'matching',
  stem: 'Match each need to the service that meets it.',
  pairs: [pair('p1', 'r1'), pair('p2', 'r2'), pair('p3', 'r3')],
};

/** The issues of a failed parse as "path: message". */
const issues = (value: unknown) => {
  const result = QuestionSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('QuestionSchema accepts', () => {
  test.each([
    ['multiple choice', single],
    ['multiple response', multiple],
    ['ordering', ordering],
    ['matching', matching],
  ])('a valid %s question', (_name, question) => {
    expect(issues(question)).toEqual([]);
  });

  test.each([
    ['an id of 60 characters', { ...single, id: 'a'.repeat(60) }],
    ['a stem of exactly 20 characters', { ...single, stem: 'Which one fits best?' }],
    ['an explanation of 800 characters', { ...single, options: [{ text: 'A', correct: true, explanation: 'e'.repeat(800) }, ...single.options.slice(1)] }],
    ['a multiple-response question with 7 options', { ...multiple, options: ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((t, i) => option(i < 2, t)) }],
    ['an ordering question with 5 steps', { ...ordering, steps: ['1', '2', '3', '4', '5'].map(step) }],
    ['a matching question with 7 prompts and 3 distractors', { ...matching, pairs: [1, 2, 3, 4, 5, 6, 7].map((n) => pair(`p${n}`, `r${n}`)), distractors: ['d1', 'd2', 'd3'].map((text) => ({ text, explanation: 'It fits none of them at all.' })) }],
  ])('%s (at the limit)', (_name, question) => {
    expect(issues(question)).toEqual([]);
  });

  test('defaults selfCheck and trap to false and distractors to none', () => {
    const parsed = QuestionSchema.parse(matching);
    expect(parsed).toMatchObject({ selfCheck: false, trap: false, distractors: [] });
  });
});

describe('QuestionSchema refuses', () => {
  test.each([
    ['an id that is not kebab-case', { ...single, id: 'Bad_Id' }, /^id: /],
    ['an objective that is not in the guide', { ...single, objective: '1.2.9' }, /^objective: /],
    ['a task statement instead of an objective', { ...single, objective: '1.2' }, /^objective: /],
    ['a stem under 20 characters', { ...single, stem: 'Too short?' }, /^stem: /],
    ['a stem over 1,200 characters', { ...single, stem: 'x'.repeat(1201) }, /^stem: /],
    ['a section that is not a heading id', { ...single, section: 'Not An Id' }, /^section: /],
    ['an unknown type', { ...single, type: 'case-study' }, /^type: /],
    ['a multiple-choice question with 3 options', { ...single, options: single.options.slice(0, 3) }, /^options: /],
    ['a multiple-choice question with 5 options', { ...single, options: [...single.options, option(false, 'E')] }, /^options: /],
    ['a multiple-choice question with 2 keys', { ...single, options: [option(true, 'A'), option(true, 'B'), option(false, 'C'), option(false, 'D')] }, /exactly 1 correct option, has 2/],
    ['a multiple-choice question with no key', { ...single, options: ['A', 'B', 'C', 'D'].map((t) => option(false, t)) }, /exactly 1 correct option, has 0/],
    ['an option without an explanation', { ...single, options: [{ text: 'A', correct: true, explanation: '' }, ...single.options.slice(1)] }, /^options\.0\.explanation: /],
    ['an option over 400 characters', { ...single, options: [option(true, 'x'.repeat(401)), ...single.options.slice(1)] }, /^options\.0\.text: /],
    ['two options with the same text', { ...single, options: [option(true, 'Same'), option(false, 'same'), option(false, 'C'), option(false, 'D')] }, /same text/],
    ['"all of the above"', { ...single, options: [option(true, 'A'), option(false, 'B'), option(false, 'C'), option(false, 'All of the above')] }, /all\/none of the above/],
    ['"none of the above"', { ...single, options: [option(true, 'A'), option(false, 'B'), option(false, 'C'), option(false, 'None of the above')] }, /all\/none of the above/],
    ['a multiple-response question with 4 options', { ...multiple, options: multiple.options.slice(0, 4) }, /^options: /],
    ['a multiple-response question with 1 key', { ...multiple, options: ['A', 'B', 'C', 'D', 'E'].map((t, i) => option(i === 0, t)) }, /2 or more correct and 2 or more wrong options, has 1 and 4/],
    ['a multiple-response question with 1 wrong option', { ...multiple, stem: 'Which fit? (Choose four.)', options: ['A', 'B', 'C', 'D', 'E'].map((t, i) => option(i < 4, t)) }, /has 4 and 1/],
    ['a multiple-response stem that does not say how many to choose', { ...multiple, stem: 'A company wants two things. Which services fit?' }, /^stem: .*\(Choose two\.\)/],
    ['a multiple-response stem with the wrong count', { ...multiple, stem: 'A company wants things. Which services fit? (Choose three.)' }, /^stem: .*\(Choose two\.\)/],
    ['an ordering question with 2 steps', { ...ordering, steps: ordering.steps.slice(0, 2) }, /^steps: /],
    ['an ordering question with 6 steps', { ...ordering, steps: ['1', '2', '3', '4', '5', '6'].map(step) }, /^steps: /],
    ['an ordering question with a repeated step', { ...ordering, steps: [step('one'), step('One'), step('three')] }, /two steps have the same text/],
    ['an ordering question on a self-check', { ...ordering, selfCheck: true }, /^selfCheck: /],
    ['a matching question with 2 prompts', { ...matching, pairs: matching.pairs.slice(0, 2) }, /^pairs: /],
    ['a matching question with 8 prompts', { ...matching, pairs: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => pair(`p${n}`, `r${n}`)) }, /^pairs: /],
    ['a matching question whose prompts share a response', { ...matching, pairs: [pair('p1', 'r1'), pair('p2', 'r1'), pair('p3', 'r3')] }, /every response is different/],
    ['a distractor that equals a response', { ...matching, distractors: [{ text: 'r2', explanation: 'It fits none of them at all.' }] }, /every response is different/],
    ['4 distractors', { ...matching, distractors: ['d1', 'd2', 'd3', 'd4'].map((text) => ({ text, explanation: 'It fits none of them at all.' })) }, /^distractors: /],
    ['an id over 60 characters', { ...single, id: 'a'.repeat(61) }, /^id: /],
    ['an empty option', { ...single, options: [option(true, ''), ...single.options.slice(1)] }, /^options\.0\.text: /],
    ['an explanation over 800 characters', { ...single, options: [{ text: 'A', correct: true, explanation: 'e'.repeat(801) }, ...single.options.slice(1)] }, /^options\.0\.explanation: /],
    ['a multiple-response question with 8 options', { ...multiple, options: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((t, i) => option(i < 2, t)) }, /^options: /],
    ['a step over 300 characters', { ...ordering, steps: [step('s'.repeat(301)), ...ordering.steps.slice(1)] }, /^steps\.0\.text: /],
    ['an empty step', { ...ordering, steps: [step(''), ...ordering.steps.slice(1)] }, /^steps\.0\.text: /],
    ['a prompt over 300 characters', { ...matching, pairs: [pair('p'.repeat(301), 'r1'), ...matching.pairs.slice(1)] }, /^pairs\.0\.prompt: /],
    ['a response over 200 characters', { ...matching, pairs: [pair('p1', 'r'.repeat(201)), ...matching.pairs.slice(1)] }, /^pairs\.0\.response: /],
    ['a distractor over 200 characters', { ...matching, distractors: [{ text: 'd'.repeat(201), explanation: 'It fits none of them at all.' }] }, /^distractors\.0\.text: /],
    ['a distractor without an explanation', { ...matching, distractors: [{ text: 'd1', explanation: 'short' }] }, /^distractors\.0\.explanation: /],
    ['a pair without an explanation', { ...matching, pairs: [{ prompt: 'p1', response: 'r1', explanation: 'short' }, ...matching.pairs.slice(1)] }, /^pairs\.0\.explanation: /],
  ])('%s', (_name, question, message) => {
    const found = issues(question);
    expect(found.length, JSON.stringify(found)).toBeGreaterThan(0);
    expect(found.some((text) => message.test(text)), JSON.stringify(found)).toBe(true);
  });
});

test('a question file needs at least one question', () => {
  expect(QuestionFileSchema.safeParse({ questions: [] }).success).toBe(false);
  expect(QuestionFileSchema.safeParse({ questions: [single] }).success).toBe(true);
});
