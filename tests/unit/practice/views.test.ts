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

// The text a reader hears or sees: tags dropped, the words kept.
const textOf = (html: string) => html.replace(/<[^>]*>/g, '');
// The first paragraph of every list item of a review: the option, step or pair with its marks.
const reviewItems = (html: string) => [...html.matchAll(/<li[^>]*><p>(.*?)<\/p>/g)].map((match) => textOf(match[1]!));
const selectsOf = (html: string) => [...html.matchAll(/<select[^>]*>(.*?)<\/select>/g)].map((match) => match[1]!);

describe('questionView, for keyboard and screen reader', () => {
  test('groups the radio buttons of a question under one name, so only one can be chosen', () => {
    const html = toHtml(questionView(single, [], position));
    expect(html.match(/name="pq-q-single"/g)).toHaveLength(4);
  });

  test('labels each option with its letter, a space, then its text', () => {
    const html = toHtml(questionView(multiple, [], position));
    const labels = [...html.matchAll(/<label[^>]*>(.*?)<\/label>/g)].map((match) => textOf(match[1]!));
    expect(labels).toEqual(multiple.options.map((text, index) => `${'ABCDE'[index]}. ${text}`));
  });

  test('says the question’s number, then its stem, in the legend the page focuses by script only', () => {
    const html = toHtml(questionView(single, [], position));
    const legend = html.match(/<legend([^>]*)>(.*?)<\/legend>/)!;
    expect(textOf(legend[2]!)).toBe(`Question 3 of 65 ${single.stem}`);
    // session-runner moves focus to `.pq__legend` on every new question; tabindex -1 makes it focusable
    // without adding a tab stop.
    expect(legend[1]).toContain('class="pq__legend"');
    expect(legend[1]).toContain('tabindex="-1"');
  });

  test.each([single, multiple, ordering, matching].map((q) => [q.type, q]))(
    'describes the %s fieldset by its instruction',
    (_type, question) => {
      const html = toHtml(questionView(question, [], position));
      const describedBy = html.match(/<fieldset[^>]* aria-describedby="([^"]+)"/)![1];
      const hint = html.match(/<p[^>]* id="([^"]+)"[^>]*>(.*?)<\/p>/)!;
      expect(describedBy).toBe(`pq-${question.id}-hint`);
      expect(hint[1]).toBe(describedBy);
      expect(hint[2]).toBe(instruction(question));
    },
  );

  test.each([
    [ordering, 4, 'Choose a position'],
    [matching, 3, 'Choose a response'],
  ])('starts every select of an unanswered %# on its placeholder, value -1', (question, count, placeholder) => {
    const selects = selectsOf(toHtml(questionView(question, [], position)));
    expect(selects).toHaveLength(count);
    for (const select of selects) {
      expect(select.startsWith(`<option value="-1" selected="">${placeholder}</option>`)).toBe(true);
      expect(select.match(/selected/g)).toHaveLength(1);
    }
  });

  test('leaves the placeholder of an answered select unselected', () => {
    const [first, second] = selectsOf(toHtml(questionView(ordering, [2, -1], position)));
    expect(first).toContain('<option value="-1">Choose a position</option>');
    expect(first).toContain('<option value="2" selected="">3</option>');
    expect(second).toContain('<option value="-1" selected="">Choose a position</option>');
  });

  test('pairs every matching prompt’s label with its own select', () => {
    const html = toHtml(questionView(matching, [], position));
    const pairs = [...html.matchAll(/<label for="([^"]+)">.*?<\/label><select id="([^"]+)"/g)];
    expect(pairs.map((pair) => [pair[1], pair[2]])).toEqual(
      [0, 1, 2].map((index) => [`pq-q-matching-prompt-${index}`, `pq-q-matching-prompt-${index}`]),
    );
  });
});

describe('responseFromInputs, at its edges', () => {
  test('reads the checked radio button of a one-answer question', () => {
    expect(responseFromInputs(single, [2], [])).toEqual([2]);
  });

  test('reads a blank, a negative or a one-past-the-end value as not chosen', () => {
    expect(responseFromInputs(ordering, [], [' ', '-2', '4', '3'])).toEqual([-1, -1, -1, 3]);
    expect(responseFromInputs(matching, [], ['4', '3', ' 0 '])).toEqual([-1, 3, 0]);
  });
});

describe('reviewBody, item by item', () => {
  test('lists a choice answer in letter order, and marks which options are the key', () => {
    const html = toHtml(reviewBody(multiple, [4, 0, 2]));
    expect(html).toContain('Your answer: A, C and E. Correct answer: A and B.');
    expect([...html.matchAll(/<li data-key="(yes|no)">/g)].map((match) => match[1])).toEqual([
      'yes',
      'yes',
      'no',
      'no',
      'no',
    ]);
    expect(html).toMatch(/^<div [^>]*data-verdict="wrong"/);
  });

  test('says the verdict and the trap with a space between, and no trap for a plain question', () => {
    const trapped = toHtml(reviewBody(single, [0]));
    expect(textOf(trapped.match(/<p class="pr__verdict">(.*?)<\/p>/)![1]!)).toBe(
      'Right. Exam trap: a common misconception',
    );
    const plain = toHtml(reviewBody({ ...single, trap: false }, [0]));
    expect(textOf(plain.match(/<p class="pr__verdict">(.*?)<\/p>/)![1]!)).toBe('Right.');
  });

  test('names the teaching section in the link, or says what it is when the bank gives no title', () => {
    expect(textOf(toHtml(reviewBody(single, [0])))).toContain('Learn it: RAG › Chunks · Objective 3.1.3');
    const untitled = toHtml(reviewBody({ ...single, teachesTitle: '' }, [0]));
    expect(untitled).toContain('Learn it: <a href="/rag/#chunks">the section that teaches it</a>');
  });

  test('says an unanswered ordering question was not answered, with no position for any step', () => {
    const html = toHtml(reviewBody(ordering, []));
    expect(html).toContain('Not answered.');
    expect(html).toContain('<p>You did not answer.</p>');
    expect(html).not.toContain('You put it');
  });

  test('gives a partly placed order only the steps placed, and marks none of the others', () => {
    const html = toHtml(reviewBody(ordering, [0, -1, -1, -1]));
    expect(html).toContain(`Your order: 1. ${ordering.options[0]}.`);
    expect(reviewItems(html)).toEqual(ordering.answer.map((option) => ordering.options[option]));
  });

  test('lists the steps in the correct order, each misplaced one with the position the reader gave it', () => {
    // options are steps 0, 2, 3, 1 as shown; the reader swaps the first two steps of the key
    const html = toHtml(reviewBody(ordering, [1, 2, 3, 0]));
    expect(reviewItems(html)).toEqual([
      'q-ordering step 0 You put it 2',
      'q-ordering step 1 You put it 1',
      'q-ordering step 2',
      'q-ordering step 3',
    ]);
  });

  test('gives each matching prompt its key and the reader’s response, the first response included', () => {
    // responses as shown: A = response 2, B = response 1, C = the distractor, D = response 0
    const html = toHtml(reviewBody(matching, [0, 1, -1]));
    expect(reviewItems(html)).toEqual([
      'q-matching prompt 0 → D. q-matching response 0 Your answer: A. q-matching response 2',
      'q-matching prompt 1 → B. q-matching response 1 Your answer: right',
      'q-matching prompt 2 → A. q-matching response 2 Your answer: no response',
      'C. q-matching distractor',
    ]);
  });

  test('says no response for every prompt of an unanswered matching question', () => {
    const html = toHtml(reviewBody(matching, []));
    expect(html.match(/Your answer: no response/g)).toHaveLength(3);
    expect(html).not.toContain('Your answer: right');
  });

  test('has no list of unused responses when every response matches a prompt', () => {
    const pairs = authored('q-exact', '3.1.3', 'matching');
    const exact = toBankQuestion('pairs' in pairs ? { ...pairs, distractors: [] } : pairs, teaching);
    const html = toHtml(reviewBody(exact, []));
    expect(html).not.toContain('Responses that match no prompt');
    expect(reviewItems(html)).toHaveLength(3);
    // nothing at all between the last pair and the link
    expect(textOf(html)).toContain(`${exact.explanations[exact.answer[2]!]}Learn it: `);
  });
});

describe('reviewBody, with a stored response the question does not fit', () => {
  // Stored responses are only checked to be whole numbers from -1 up: one saved before the bank changed
  // can name an option the question no longer has. Scoring reads such a number as no answer; so must the
  // review, never showing a letter past the last option.
  test('reads an option past the last as no answer, in every type', () => {
    const single4 = toHtml(reviewBody(single, [4]));
    expect(single4).toContain('Not answered.');
    expect(single4).toContain('You did not answer. Correct answer: A.');
    expect(single4).not.toContain('Your answer');

    expect(toHtml(reviewBody(multiple, [0, 9]))).toContain('Your answer: A. Correct answer: A and B.');
    // -1 means "not chosen" in the select types; a choice response holding it is not an answer either
    expect(toHtml(reviewBody(single, [-1]))).toContain('You did not answer. Correct answer: A.');

    const steps = toHtml(reviewBody(ordering, [0, 7, -1, -1]));
    expect(steps).toContain(`Your order: 1. ${ordering.options[0]}.`);
    expect(steps).not.toContain('You put it');

    const pairs = toHtml(reviewBody(matching, [4, 1, -1]));
    expect(reviewItems(pairs)[0]).toBe('q-matching prompt 0 → D. q-matching response 0 Your answer: no response');
  });
});
