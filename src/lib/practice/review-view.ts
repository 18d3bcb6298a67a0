// The answer to one question, as shown after a mock exam (in the report) or after checking a question of
// a practice set: the reader's answer next to the key, every option's explanation, and the link to the
// section that teaches it. Marks are words ("Your answer", "Correct answer"), not color alone. Pure
// (a DOM-free vnode); ships to the browser only in the report's chunk.
import { h, type VNode } from '../calculators/vnode.ts';
import { listLetters, optionLetter } from '../study/grade.ts';
import type { BankQuestion } from './bank.ts';
import { answerState, inRange, isCorrect, type Response } from './scoring.ts';

export type Verdict = 'right' | 'wrong' | 'unanswered';

/** Right, wrong, or not answered (a partial ordering or matching answer counts as wrong, not unanswered). */
export function verdictOf(question: BankQuestion, response: Response): Verdict {
  if (isCorrect(question, response)) return 'right';
  return answerState(question, response) === 'unanswered' ? 'unanswered' : 'wrong';
}

export const VERDICT_TEXT: Record<Verdict, string> = { right: 'Right', wrong: 'Wrong', unanswered: 'Not answered' };

const marks = (...labels: (string | false)[]) =>
  labels.filter(Boolean).map((label) => h('strong', { class: 'pr__mark' }, [` ${label as string}`]));

function choiceReview(question: BankQuestion, response: Response): VNode[] {
  const chosen =
    response.length > 0 ? `Your answer: ${listLetters([...response].sort((a, b) => a - b))}.` : 'You did not answer.';
  return [
    h('p', {}, [chosen, ` Correct answer: ${listLetters(question.answer)}.`]),
    h(
      'ul',
      { class: 'pr__list plain-list' },
      question.options.map((text, index) => {
        const key = question.answer.includes(index);
        return h('li', { 'data-key': key ? 'yes' : 'no' }, [
          h('p', {}, [
            `${optionLetter(index)}. ${text}`,
            ...marks(response.includes(index) && 'Your answer', key && 'Correct answer'),
          ]),
          h('p', { class: 'pr__why' }, [question.explanations[index] ?? '']),
        ]);
      }),
    ),
  ];
}

function orderingReview(question: BankQuestion, response: Response): VNode[] {
  const yours = question.options
    .map((text, index) => ({ text, position: response[index] ?? -1 }))
    .filter((step) => step.position >= 0)
    .sort((a, b) => a.position - b.position)
    .map((step) => `${step.position + 1}. ${step.text}`);
  return [
    h('p', {}, [yours.length > 0 ? `Your order: ${yours.join('; ')}.` : 'You did not answer.']),
    h('p', {}, ['Correct order:']),
    h(
      'ol',
      { class: 'pr__list' },
      question.answer.map((option, position) => {
        const given = response[option] ?? -1;
        return h('li', {}, [
          h('p', {}, [
            question.options[option] ?? '',
            ...marks(given >= 0 && given !== position && `You put it ${given + 1}`),
          ]),
          h('p', { class: 'pr__why' }, [question.explanations[option] ?? '']),
        ]);
      }),
    ),
  ];
}

function matchingReview(question: BankQuestion, response: Response): VNode[] {
  const label = (option: number) => `${optionLetter(option)}. ${question.options[option] ?? ''}`;
  const unused = question.options.map((_, index) => index).filter((index) => !question.answer.includes(index));
  return [
    h(
      'ul',
      { class: 'pr__list plain-list' },
      (question.prompts ?? []).map((prompt, index) => {
        const key = question.answer[index]!;
        const given = response[index] ?? -1;
        const yours = given < 0 ? 'no response' : given === key ? 'right' : label(given);
        return h('li', {}, [
          h('p', {}, [h('strong', {}, [prompt]), ` → ${label(key)}`, ...marks(`Your answer: ${yours}`)]),
          h('p', { class: 'pr__why' }, [question.explanations[key] ?? '']),
        ]);
      }),
    ),
    ...(unused.length > 0
      ? [
          h('p', {}, ['Responses that match no prompt:']),
          h(
            'ul',
            { class: 'pr__list plain-list' },
            unused.map((option) =>
              h('li', {}, [
                h('p', {}, [label(option)]),
                h('p', { class: 'pr__why' }, [question.explanations[option] ?? '']),
              ]),
            ),
          ),
        ]
      : []),
  ];
}

/** The answer, the explanations and the link to the teaching section, for one question. */
export function reviewBody(question: BankQuestion, response: Response): VNode {
  const verdict = verdictOf(question, response);
  // A stored response is only checked to be whole numbers from -1 up: one saved before the bank changed can
  // name an option the question no longer has. Scoring reads such a number as no answer, and so does this.
  const fits = (value: number) => inRange(value, question.options.length);
  const given =
    question.type === 'single' || question.type === 'multiple'
      ? response.filter(fits)
      : response.map((value) => (fits(value) ? value : -1));
  const detail =
    question.type === 'ordering'
      ? orderingReview(question, given)
      : question.type === 'matching'
        ? matchingReview(question, given)
        : choiceReview(question, given);
  return h('div', { class: 'pr', 'data-verdict': verdict }, [
    h('p', { class: 'pr__verdict' }, [
      h('strong', {}, [`${VERDICT_TEXT[verdict]}.`]),
      ...(question.trap ? [' ', h('span', { class: 'pr__trap' }, ['Exam trap: a common misconception'])] : []),
    ]),
    ...detail,
    h('p', { class: 'pr__learn' }, [
      'Learn it: ',
      h('a', { href: question.teaches }, [question.teachesTitle || 'the section that teaches it']),
      ` · Objective ${question.objective}`,
    ]),
  ]);
}
