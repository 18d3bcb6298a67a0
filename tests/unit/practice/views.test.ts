import { describe, expect, test } from 'vitest';
import { toHtml } from '../../../src/lib/calculators/vnode.ts';
import type { BankQuestion } from '../../../src/lib/practice/bank.ts';
import { toBankQuestion } from '../../../src/lib/practice/export.ts';
import {
  instruction,
  questionView,
  responseFromInputs,
  responseNote,
} from '../../../src/lib/practice/question-view.ts';
import { reviewBody, verdictOf } from '../../../src/lib/practice/review-view.ts';
import { authored } from './synthetic-bank.ts';

const teaching = { teaches: '/rag/#chunks', teachesTitle: 'RAG › Chunks' };
const make = (type: BankQuestion['type']) =>
  toBankQuestion({ ...authored(`q-${type}`, '3.1.3', type), trap: true }, teaching);
const [single, multiple, ordering, matching] = (['single', 'multiple', 'ordering', 'matching'] as const).map(make) as [
  BankQuestion,
  BankQuestion,
  BankQuestion,
  BankQuestion,
];
const position = { number: 3, total: 65 };

describe('questionView', () => {
  test.each([single, multiple, ordering, matching].map((q) => [q.type, q]))(
    'shows a %s question without its key, explanations or trap mark',
    (_type, question) => {
      const html = toHtml(questionView(question, [], position));
      for (const explanation of question.explanations) expect(html).not.toContain(explanation);
      expect(html).not.toMatch(/correct|trap|misconception/i);
      expect(html).toContain('Question 3 of 65');
      expect(html).toContain(question.stem);
    },
  );

  test('uses radio buttons for one answer and checkboxes for several, checking the response', () => {
    const radios = toHtml(questionView(single, [2], position));
    expect(radios.match(/type="radio"/g)).toHaveLength(4);
    expect(radios.match(/checked=""/g)).toHaveLength(1);
    expect(radios).toMatch(/value="2" data-option="2" checked=""/);
    const boxes = toHtml(questionView(multiple, [0, 4], position));
    expect(boxes.match(/type="checkbox"/g)).toHaveLength(5);
    expect(boxes.match(/checked=""/g)).toHaveLength(2);
  });

  test('gives every ordering step a labeled select of positions', () => {
    const html = toHtml(questionView(ordering, [1, -1, -1, -1], position));
    expect(html.match(/<select/g)).toHaveLength(4);
    expect(html.match(/<label for="pq-q-ordering-step-\d"/g)).toHaveLength(4);
    expect(html).toContain('<option value="0">1 (first)</option>');
    expect(html).toContain('<option value="3">4 (last)</option>');
    expect(html).toContain('<option value="1" selected="">2</option>');
  });

  test('gives every matching prompt a labeled select of the lettered responses', () => {
    const html = toHtml(questionView(matching, [-1, 3, -1], position));
    expect(html.match(/<select/g)).toHaveLength(3);
    for (const prompt of matching.prompts!) expect(html).toContain(`>${prompt}</label>`);
    expect(html).toContain(`<option value="3" selected="">D. ${matching.options[3]}</option>`);
  });

  test('disables the inputs of a locked question', () => {
    expect(toHtml(questionView(single, [1], { ...position, locked: true })).match(/disabled=""/g)).toHaveLength(4);
    expect(toHtml(questionView(ordering, [], { ...position, locked: true })).match(/disabled=""/g)).toHaveLength(4);
    expect(toHtml(questionView(single, [1], position))).not.toContain('disabled');
  });

  test('escapes a stem that looks like markup', () => {
    const html = toHtml(questionView({ ...single, stem: 'Is <b>this</b> bold?' }, [], position));
    expect(html).toContain('Is &lt;b&gt;this&lt;/b&gt; bold?');
  });

  test.each([
    [single, 'Choose one answer.'],
    [multiple, 'Choose two answers.'],
    [ordering, 'Give each step its position, from 1 (first) to 4 (last).'],
    [matching, 'Choose the response that matches each prompt. Each response fits at most one prompt.'],
  ])('tells what to do: %#', (question, text) => {
    expect(instruction(question)).toBe(text);
  });
});

describe('responseFromInputs', () => {
  test('reads checked options, sorted and once each', () => {
    expect(responseFromInputs(multiple, [4, 0, 4], [])).toEqual([0, 4]);
  });

  test('reads selects, turning anything unexpected into -1', () => {
    expect(responseFromInputs(ordering, [], ['2', '-1', 'x', '9'])).toEqual([2, -1, -1, -1]);
    expect(responseFromInputs(matching, [], ['0', '3'])).toEqual([0, 3, -1]);
    expect(responseFromInputs(matching, [], ['1.5', '', '2'])).toEqual([-1, -1, 2]);
  });
});

describe('responseNote', () => {
  test.each([
    [single, [], 'Not answered yet.'],
    [single, [1], 'Answered.'],
    [multiple, [1], '1 of 2 chosen.'],
    [multiple, [1, 2], 'Answered.'],
    [multiple, [1, 2, 3], '3 chosen: choose only 2.'],
    [ordering, [0, -1, 1, -1], '2 of 4 steps placed.'],
    [ordering, [0, 0, 1, -1], 'Two steps have position 1: give each step its own position.'],
    [ordering, [3, 2, 1, 0], 'Answered.'],
    [matching, [0, -1, -1], '1 of 3 prompts matched.'],
    [matching, [0, 1, 2], 'Answered.'],
  ])('%#: %j gives %s', (question, response, note) => {
    expect(responseNote(question, response)).toBe(note);
  });
});

describe('reviewBody', () => {
  test('marks the reader’s answer and the key in words, with every explanation and the link', () => {
    const html = toHtml(reviewBody(single, [2]));
    expect(verdictOf(single, [2])).toBe('wrong');
    expect(html).toContain('Wrong.');
    expect(html).toContain('Your answer: C. Correct answer: A.');
    expect(html).toMatch(/A\. q-single option 0<strong class="pr__mark"> Correct answer<\/strong>/);
    expect(html).toMatch(/C\. q-single option 2<strong class="pr__mark"> Your answer<\/strong>/);
    for (const explanation of single.explanations) expect(html).toContain(explanation);
    expect(html).toContain('<a href="/rag/#chunks">RAG › Chunks</a>');
    expect(html).toContain('Objective 3.1.3');
    expect(html).toContain('Exam trap: a common misconception');
  });

  test('says right, or not answered', () => {
    expect(toHtml(reviewBody(multiple, [0, 1]))).toContain('Right.');
    const blank = toHtml(reviewBody(multiple, []));
    expect(blank).toContain('Not answered.');
    expect(blank).toContain('You did not answer. Correct answer: A and B.');
  });

  test('lists the correct order and where the reader put a misplaced step', () => {
    const right = ordering.options.map((_, option) => ordering.answer.indexOf(option));
    expect(toHtml(reviewBody(ordering, right))).not.toContain('You put it');
    const swapped = [...right];
    const [a, b] = [ordering.answer[0]!, ordering.answer[1]!];
    [swapped[a], swapped[b]] = [swapped[b]!, swapped[a]!];
    const html = toHtml(reviewBody(ordering, swapped));
    expect(html).toContain('Wrong.');
    expect(html).toContain('Correct order:');
    expect(html.match(/You put it/g)).toHaveLength(2);
    expect(html).toContain(`Your order: 1. ${ordering.options[b]}; 2. ${ordering.options[a]}`);
    for (const explanation of ordering.explanations) expect(html).toContain(explanation);
  });

  test('gives each prompt its key and the reader’s response, and explains the unused responses', () => {
    const wrong = [matching.answer[1]!, matching.answer[1]!, -1];
    const html = toHtml(reviewBody(matching, wrong));
    expect(html).toContain('Your answer: right');
    expect(html).toContain('Your answer: no response');
    expect(html).toContain('Responses that match no prompt:');
    for (const explanation of matching.explanations) expect(html).toContain(explanation);
    expect(verdictOf(matching, wrong)).toBe('wrong');
    expect(verdictOf(matching, [-1, -1, -1])).toBe('unanswered');
  });
});
