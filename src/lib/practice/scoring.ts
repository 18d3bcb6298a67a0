// Scoring of every item type, all or nothing as on the exam, and the tallies of an attempt by domain,
// task statement and objective. Pure; ships to the browser.
//
// A response is a list of numbers whose meaning depends on the type (see bank.ts for `answer`):
// - single: [chosen option index], or [] before answering;
// - multiple: the chosen option indices;
// - ordering: for each option as shown, the position (0-based) the reader gave it, -1 when not yet given;
// - matching: for each prompt, the index of the chosen response, -1 when not yet chosen.
import { taskOf } from '../exam/objective-ids.ts';
import type { BankQuestion } from './bank.ts';

export type Response = readonly number[];
export type AnswerState = 'unanswered' | 'partial' | 'answered';

type Scored = Pick<BankQuestion, 'type' | 'options' | 'answer' | 'prompts'>;

/** Whether a stored number names one of `below` options or prompts (a saved response is only checked to be whole). */
export const inRange = (value: number, below: number) => Number.isInteger(value) && value >= 0 && value < below;

/** The empty response of a question: what a question nobody has touched holds. */
export function emptyResponse(question: Scored): number[] {
  if (question.type === 'ordering') return question.options.map(() => -1);
  if (question.type === 'matching') return (question.prompts ?? []).map(() => -1);
  return [];
}

/**
 * Whether a response is complete: one option (single), as many options as the stem asks (multiple),
 * every step given a different position (ordering), every prompt given a response (matching). A
 * response begun but not complete is "partial" (shown as not answered in the navigator).
 */
export function answerState(question: Scored, response: Response): AnswerState {
  const n = question.options.length;
  if (question.type === 'single') return response.length === 1 && inRange(response[0]!, n) ? 'answered' : 'unanswered';
  const given = response.filter((value) => inRange(value, n));
  if (given.length === 0) return 'unanswered';
  if (question.type === 'multiple') {
    const chosen = new Set(given).size;
    return chosen === question.answer.length && given.length === response.length ? 'answered' : 'partial';
  }
  const slots = question.type === 'ordering' ? n : (question.prompts?.length ?? 0);
  const complete =
    response.length === slots && given.length === slots && (question.type === 'matching' || new Set(given).size === n);
  return complete ? 'answered' : 'partial';
}

/** All or nothing: true only when the response is exactly the key. An incomplete response is wrong. */
export function isCorrect(question: Scored, response: Response): boolean {
  const { type, answer } = question;
  if (type === 'single') return response.length === 1 && response[0] === answer[0];
  if (type === 'multiple') {
    const chosen = [...new Set(response)].sort((a, b) => a - b);
    return (
      chosen.length === response.length && chosen.length === answer.length && chosen.every((v, i) => v === answer[i])
    );
  }
  if (type === 'ordering')
    return (
      response.length === question.options.length && answer.every((option, position) => response[option] === position)
    );
  return response.length === answer.length && answer.every((option, prompt) => response[prompt] === option);
}

export interface Tally {
  /** "3" for a domain, "3.1" for a task statement, "3.1.2" for an objective. */
  readonly key: string;
  readonly correct: number;
  readonly total: number;
}

export interface AttemptScore {
  readonly correct: number;
  readonly total: number;
  readonly answered: number;
  /** correct / total; 0 for an empty attempt. */
  readonly fraction: number;
  readonly byDomain: Tally[];
  readonly byTask: Tally[];
  readonly byObjective: Tally[];
}

function tally(keys: readonly string[], correct: readonly boolean[]): Tally[] {
  const map = new Map<string, { correct: number; total: number }>();
  keys.forEach((key, i) => {
    const entry = map.get(key) ?? { correct: 0, total: 0 };
    entry.total += 1;
    if (correct[i]) entry.correct += 1;
    map.set(key, entry);
  });
  return [...map]
    .map(([key, value]) => ({ key, ...value }))
    .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
}

/** Scores an attempt: `responses[i]` answers `questions[i]` (a missing response counts as unanswered). */
export function scoreAttempt(
  questions: readonly (Scored & Pick<BankQuestion, 'objective'>)[],
  responses: readonly (Response | undefined)[],
): AttemptScore {
  const results = questions.map((question, i) => isCorrect(question, responses[i] ?? []));
  const objectives = questions.map((question) => question.objective);
  const correct = results.filter(Boolean).length;
  return {
    correct,
    total: questions.length,
    answered: questions.filter((question, i) => answerState(question, responses[i] ?? []) === 'answered').length,
    fraction: questions.length > 0 ? correct / questions.length : 0,
    byDomain: tally(
      objectives.map((objective) => objective.split('.')[0]!),
      results,
    ),
    byTask: tally(objectives.map(taskOf), results),
    byObjective: tally(objectives, results),
  };
}
