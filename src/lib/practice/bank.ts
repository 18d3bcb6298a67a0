// The question bank as the practice page and dist/practice/bank.json see it: every item type reduced to
// one shape (options and the answer as option indices), plus readers that check fetched JSON field by
// field, so a damaged or foreign file is refused instead of trusted. Pure; ships to the browser.
//
// How `options` and `answer` encode each type (docs/QUESTIONS.md says the same for readers of bank.json):
// - single, multiple: `options` are the options in the authored order (A, B, C ...); `answer` lists the
//   indices of the correct options in ascending order.
// - ordering: `options` are the steps as shown (shuffled, never in the correct order); `answer[k]` is the
//   index of the option that comes k-th.
// - matching: `prompts` are the prompts in the authored order; `options` are the responses as shown
//   (shuffled, distractors included); `answer[p]` is the index of the response that belongs to prompt p.
// `explanations[i]` always explains `options[i]`.
import { domainOf } from '../exam/objective-ids.ts';

export const ITEM_TYPES = ['single', 'multiple', 'ordering', 'matching'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export interface BankQuestion {
  readonly id: string;
  /** Objective of the exam guide, "1.2.5". */
  readonly objective: string;
  /** Exam domain (1-5), the first number of the objective. */
  readonly domain: number;
  readonly type: ItemType;
  readonly stem: string;
  /** Matching only: the prompts, each to be given one response. Absent for the other types. */
  readonly prompts?: readonly string[];
  readonly options: readonly string[];
  readonly answer: readonly number[];
  readonly explanations: readonly string[];
  /** Site URL of the section that teaches the answer (base path included). */
  readonly teaches: string;
  /** "Page › Section", the link text for `teaches`. */
  readonly teachesTitle: string;
  /** The question tests a common misconception (said only after answering). */
  readonly trap: boolean;
}

/** What the practice page needs to draw forms and sets: no stems, no answers. */
export interface IndexEntry {
  readonly id: string;
  readonly objective: string;
  readonly type: ItemType;
}

export interface PracticeIndex {
  readonly questions: readonly IndexEntry[];
  /** The fixed forms (1-8), each a list of question ids in exam order. */
  readonly forms: readonly (readonly string[])[];
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const OBJECTIVE = /^[1-5]\.\d{1,2}\.\d{1,2}$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);
const isIndexList = (value: unknown, below: number): value is number[] =>
  Array.isArray(value) && value.every((n) => Number.isInteger(n) && n >= 0 && n < below);
const isType = (value: unknown): value is ItemType => ITEM_TYPES.includes(value as ItemType);

export const isQuestionId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 60 && ID.test(value);
export const isObjectiveId = (value: unknown): value is string => typeof value === 'string' && OBJECTIVE.test(value);

/** Whether `answer` is a valid key for a question of this type with these options and prompts. */
function isValidAnswer(type: ItemType, answer: number[], options: number, prompts: number): boolean {
  const distinct = new Set(answer).size === answer.length;
  if (type === 'single') return answer.length === 1;
  if (type === 'multiple')
    return answer.length >= 2 && distinct && answer.every((n, i) => i === 0 || n > answer[i - 1]!);
  if (type === 'ordering') return answer.length === options && distinct;
  return answer.length === prompts && distinct;
}

/** A fetched question, checked field by field; undefined when anything is missing or inconsistent. */
export function parseBankQuestion(value: unknown): BankQuestion | undefined {
  if (!isRecord(value)) return undefined;
  const { id, objective, type, stem, options, answer, explanations, teaches, teachesTitle, trap } = value;
  if (!isQuestionId(id) || !isObjectiveId(objective) || !isType(type) || !isText(stem)) return undefined;
  if (!isTextList(options) || options.length < 2 || !isTextList(explanations)) return undefined;
  if (explanations.length !== options.length || !isText(teaches) || typeof teachesTitle !== 'string') return undefined;
  const prompts = value['prompts'];
  if (type === 'matching' ? !isTextList(prompts) || prompts.length < 2 : prompts !== undefined) return undefined;
  if (!isIndexList(answer, options.length)) return undefined;
  if (!isValidAnswer(type, answer, options.length, Array.isArray(prompts) ? prompts.length : 0)) return undefined;
  const question: BankQuestion = {
    id,
    objective,
    domain: domainOf(objective),
    type,
    stem,
    options,
    answer,
    explanations,
    teaches,
    teachesTitle,
    trap: trap === true,
  };
  return type === 'matching' ? { ...question, prompts: prompts as string[] } : question;
}

/**
 * The fetched index (practice/index.json); undefined when it is not one. Bad entries, a question listed
 * twice or a form holding one twice make it invalid.
 */
export function parsePracticeIndex(value: unknown): PracticeIndex | undefined {
  if (!isRecord(value) || !Array.isArray(value['questions']) || !Array.isArray(value['forms'])) return undefined;
  const questions: IndexEntry[] = [];
  for (const entry of value['questions']) {
    if (!isRecord(entry) || !isQuestionId(entry['id']) || !isObjectiveId(entry['objective']) || !isType(entry['type']))
      return undefined;
    questions.push({ id: entry['id'], objective: entry['objective'], type: entry['type'] });
  }
  const known = new Set(questions.map((entry) => entry.id));
  // A question twice would deal it twice into an attempt, which is then set aside when read back.
  if (known.size !== questions.length) return undefined;
  const forms = value['forms'];
  const isForm = (form: unknown) =>
    Array.isArray(form) &&
    new Set(form).size === form.length &&
    form.every((id) => typeof id === 'string' && known.has(id));
  if (!forms.every(isForm)) return undefined;
  return { questions, forms: forms as string[][] };
}
