// Turns a question as authored in content/questions/<page>.json into the bank's one shape (bank.ts):
// options and the answer as indices, ordering steps and matching responses in their fixed shown order.
// Pure: the build (src/data/question-bank.ts) and the tests call it; it does not read files.
import { domainOf } from '../exam/objective-ids.ts';
import type { BankQuestion, IndexEntry } from './bank.ts';
import { displayOrder } from './shuffle.ts';

interface Explained {
  readonly explanation: string;
}

interface AuthoredBase {
  readonly id: string;
  readonly objective: string;
  readonly stem: string;
  readonly trap?: boolean;
}

/** A question as the schema (src/schemas/question.ts) reads it; only the fields used here. */
export type AuthoredQuestion =
  | (AuthoredBase & {
      readonly type: 'single' | 'multiple';
      readonly options: readonly (Explained & { readonly text: string; readonly correct: boolean })[];
    })
  | (AuthoredBase & { readonly type: 'ordering'; readonly steps: readonly (Explained & { readonly text: string })[] })
  | (AuthoredBase & {
      readonly type: 'matching';
      readonly pairs: readonly (Explained & { readonly prompt: string; readonly response: string })[];
      readonly distractors?: readonly (Explained & { readonly text: string })[];
    });

/** Where the question's answer is taught: the URL and "Page › Section". */
export interface Teaching {
  readonly teaches: string;
  readonly teachesTitle: string;
}

export function toBankQuestion(question: AuthoredQuestion, teaching: Teaching): BankQuestion {
  const common = {
    id: question.id,
    objective: question.objective,
    domain: domainOf(question.objective),
    stem: question.stem,
    teaches: teaching.teaches,
    teachesTitle: teaching.teachesTitle,
    trap: question.trap === true,
  };
  if (question.type === 'ordering') {
    // shown[i] is the authored (correct) position of the i-th step shown.
    const shown = displayOrder(question.id, question.steps.length);
    return {
      ...common,
      type: 'ordering',
      options: shown.map((step) => question.steps[step]!.text),
      answer: question.steps.map((_, position) => shown.indexOf(position)),
      explanations: shown.map((step) => question.steps[step]!.explanation),
    };
  }
  if (question.type !== 'matching') {
    return {
      ...common,
      type: question.type,
      options: question.options.map((option) => option.text),
      answer: question.options.flatMap((option, index) => (option.correct ? [index] : [])),
      explanations: question.options.map((option) => option.explanation),
    };
  }
  const responses = [
    ...question.pairs.map((pair) => ({ text: pair.response, explanation: pair.explanation })),
    ...(question.distractors ?? []),
  ];
  const shown = displayOrder(question.id, responses.length);
  return {
    ...common,
    type: 'matching',
    prompts: question.pairs.map((pair) => pair.prompt),
    options: shown.map((response) => responses[response]!.text),
    answer: question.pairs.map((_, prompt) => shown.indexOf(prompt)),
    explanations: shown.map((response) => responses[response]!.explanation),
  };
}

/** The index entry of a bank question (what drawing forms and sets needs). */
export const toIndexEntry = (question: BankQuestion): IndexEntry => ({
  id: question.id,
  objective: question.objective,
  type: question.type,
});
