// The markup of one question on screen during an attempt, as a DOM-free description (vnode), for every
// item type: radio buttons, checkboxes, or one labeled select per ordering step or matching prompt, so
// every type works by keyboard and screen reader. It holds the stem and options only: no key, no
// explanation. Pure; ships to the browser (the page turns it into DOM nodes).
import { h, type VNode } from '../calculators/vnode.ts';
import { optionLetter } from '../study/grade.ts';
import type { BankQuestion } from './bank.ts';
import { answerState, type Response } from './scoring.ts';

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];

export interface QuestionPosition {
  /** 1-based number of the question in the attempt. */
  readonly number: number;
  readonly total: number;
  /** Inputs disabled (a practice-set question whose answer was checked). */
  readonly locked?: boolean;
}

/** What the reader is asked to do, in one line. */
export function instruction(question: BankQuestion): string {
  switch (question.type) {
    case 'single':
      return 'Choose one answer.';
    case 'multiple':
      return `Choose ${COUNT_WORDS[question.answer.length] ?? question.answer.length} answers.`;
    case 'ordering':
      return `Give each step its position, from 1 (first) to ${question.options.length} (last).`;
    case 'matching':
      return 'Choose the response that matches each prompt. Each response fits at most one prompt.';
  }
}

const flag = (on: boolean | undefined) => (on ? '' : undefined);

function choiceList(question: BankQuestion, response: Response, position: QuestionPosition): VNode {
  const type = question.type === 'single' ? 'radio' : 'checkbox';
  return h(
    'ol',
    { class: 'pq__options plain-list' },
    question.options.map((text, index) =>
      h('li', {}, [
        h('label', { class: 'pq__choice' }, [
          h('input', {
            type,
            name: `pq-${question.id}`,
            value: index,
            'data-option': index,
            checked: flag(response.includes(index)),
            disabled: flag(position.locked),
          }),
          h('span', { class: 'pq__letter' }, [`${optionLetter(index)}.`]),
          ' ',
          h('span', {}, [text]),
        ]),
      ]),
    ),
  );
}

function selectList(
  question: BankQuestion,
  response: Response,
  position: QuestionPosition,
  labels: readonly string[],
  choices: readonly string[],
  placeholder: string,
  role: 'step' | 'prompt',
): VNode {
  return h(
    'ol',
    { class: `pq__${role}s plain-list` },
    labels.map((label, index) => {
      const id = `pq-${question.id}-${role}-${index}`;
      const chosen = response[index] ?? -1;
      return h('li', { class: 'pq__pair' }, [
        h('label', { for: id }, [label]),
        h('select', { id, [`data-${role}`]: index, disabled: flag(position.locked) }, [
          h('option', { value: -1, selected: flag(chosen === -1) }, [placeholder]),
          ...choices.map((choice, value) => h('option', { value, selected: flag(chosen === value) }, [choice])),
        ]),
      ]);
    }),
  );
}

/** The question as a fieldset: number and stem in the legend, the instruction, then the inputs. */
export function questionView(question: BankQuestion, response: Response, position: QuestionPosition): VNode {
  const legend = h('legend', { class: 'pq__legend', tabindex: -1 }, [
    h('span', { class: 'pq__number' }, [`Question ${position.number} of ${position.total}`]),
    ' ',
    h('span', { class: 'pq__stem' }, [question.stem]),
  ]);
  const hint = h('p', { class: 'pq__hint', id: `pq-${question.id}-hint` }, [instruction(question)]);
  let inputs: VNode;
  if (question.type === 'single' || question.type === 'multiple') inputs = choiceList(question, response, position);
  else if (question.type === 'ordering') {
    const last = question.options.length - 1;
    const positions = question.options.map(
      (_, index) => `${index + 1}${index === 0 ? ' (first)' : index === last ? ' (last)' : ''}`,
    );
    inputs = selectList(question, response, position, question.options, positions, 'Choose a position', 'step');
  } else {
    const responses = question.options.map((text, index) => `${optionLetter(index)}. ${text}`);
    inputs = selectList(question, response, position, question.prompts ?? [], responses, 'Choose a response', 'prompt');
  }
  return h('fieldset', { class: 'pq', 'data-type': question.type, 'aria-describedby': `pq-${question.id}-hint` }, [
    legend,
    hint,
    inputs,
  ]);
}

/** Reads the response back from the question's inputs, as the page finds them (value strings). */
export function responseFromInputs(
  question: BankQuestion,
  checked: readonly number[],
  selects: readonly (string | undefined)[],
): number[] {
  if (question.type === 'single' || question.type === 'multiple') return [...new Set(checked)].sort((a, b) => a - b);
  const slots = question.type === 'ordering' ? question.options.length : (question.prompts?.length ?? 0);
  const limit = question.options.length;
  return Array.from({ length: slots }, (_, index) => {
    const text = selects[index];
    // Number('') is 0: an empty value must read as "not chosen", not as the first choice.
    const value = text === undefined || text.trim() === '' ? Number.NaN : Number(text);
    return Number.isInteger(value) && value >= 0 && value < limit ? value : -1;
  });
}

/** A short note on the response so far: what is still missing, or that it is complete. */
export function responseNote(question: BankQuestion, response: Response): string {
  const state = answerState(question, response);
  if (question.type === 'single') return state === 'answered' ? 'Answered.' : 'Not answered yet.';
  if (question.type === 'multiple') {
    const need = question.answer.length;
    const have = new Set(response).size;
    if (have === need) return 'Answered.';
    return have < need ? `${have} of ${need} chosen.` : `${have} chosen: choose only ${need}.`;
  }
  if (question.type === 'ordering') {
    const given = response.filter((value) => value >= 0);
    const repeated = given.find((value, index) => given.indexOf(value) !== index);
    if (repeated !== undefined) return `Two steps have position ${repeated + 1}: give each step its own position.`;
    return state === 'answered' ? 'Answered.' : `${given.length} of ${question.options.length} steps placed.`;
  }
  const given = response.filter((value) => value >= 0).length;
  return state === 'answered' ? 'Answered.' : `${given} of ${question.prompts?.length ?? 0} prompts matched.`;
}
