// A missed practice question as a flashcard: the question on the front, the answer and why on the back.
// Pure; ships to the browser (the flashcards page, when a question card comes up).
import { listLetters, optionLetter } from '../study/grade.ts';
import type { BankQuestion } from './bank.ts';

export interface CardFace {
  /** The stem. */
  readonly front: string;
  /** The options, steps or prompts shown under the stem. */
  readonly frontItems: readonly string[];
  /** "Answer: B.", "The order:", "The matches:". */
  readonly answer: string;
  /** The key options, the steps in order, or each prompt with its response. */
  readonly answerItems: readonly string[];
  /** Why: the explanations of the key (every step or pair for ordering and matching). */
  readonly explanation: string;
  readonly href: string;
  readonly linkText: string;
}

const lettered = (options: readonly string[]) => options.map((text, index) => `${optionLetter(index)}. ${text}`);

export function questionCardFace(question: BankQuestion): CardFace {
  const { options, answer, explanations } = question;
  const link = { href: question.teaches, linkText: `Learn it: ${question.teachesTitle}` };
  const why = answer.map((option) => explanations[option] ?? '').join(' ');
  if (question.type === 'ordering')
    return {
      front: question.stem,
      frontItems: lettered(options),
      answer: `The order: ${answer.map(optionLetter).join(', ')}.`,
      answerItems: answer.map((option) => options[option] ?? ''),
      explanation: why,
      ...link,
    };
  if (question.type === 'matching') {
    const prompts = question.prompts ?? [];
    return {
      front: question.stem,
      frontItems: [...prompts, `Responses: ${lettered(options).join('; ')}`],
      answer: 'The matches:',
      answerItems: prompts.map((prompt, index) => `${prompt} → ${options[answer[index]!] ?? ''}`),
      explanation: why,
      ...link,
    };
  }
  return {
    front: question.stem,
    frontItems: lettered(options),
    answer: `Answer: ${listLetters(answer)}.`,
    answerItems: answer.map((option) => `${optionLetter(option)}. ${options[option] ?? ''}`),
    explanation: why,
    ...link,
  };
}
