import { z } from 'astro/zod';
import { OBJECTIVE_IDS } from '../lib/exam/objectives.ts';

// The question bank: `content/questions/<page slug>.json`, one file per topic page, holding the questions
// whose answers that page teaches. Every practice view (a page's self-check, practice sets, mock exams,
// dist/practice/bank.json) is drawn from it. Item types follow the current exam guide: multiple choice,
// multiple response, ordering and matching. See docs/QUESTIONS.md for how to write them.

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Why an option, step or pair is right or wrong; shown after answering. */
const Explanation = z.string().min(15).max(800);

/** One answer option of a multiple-choice or multiple-response question. */
export const OptionSchema = z.object({
  /** The option as the reader sees it. */
  text: z.string().min(1).max(400),
  /** Whether choosing it is right. */
  correct: z.boolean(),
  explanation: Explanation,
});

/** One step of an ordering question, listed in the correct order. */
export const StepSchema = z.object({
  text: z.string().min(1).max(300),
  /** Why the step sits where it does. */
  explanation: Explanation,
});

/** One prompt of a matching question with the response that belongs to it. */
export const PairSchema = z.object({
  prompt: z.string().min(1).max(300),
  response: z.string().min(1).max(200),
  /** Why this response fits this prompt (and not the others). */
  explanation: Explanation,
});

/** A response of a matching question that fits no prompt. */
export const DistractorSchema = z.object({
  text: z.string().min(1).max(200),
  /** Why it fits none of the prompts. */
  explanation: Explanation,
});

const common = {
  /** Stable id, unique across the whole bank; progress and attempts are stored under it. */
  id: z.string().regex(KEBAB, 'lower-case words joined by "-"').max(60),
  /** The objective of the current exam guide ("1.2.5") the question practices. */
  objective: z.enum(OBJECTIVE_IDS as [string, ...string[]]),
  /** The question. A scenario ("A company wants to ... Which solution ...?") wherever the topic allows. */
  stem: z.string().min(20).max(1200),
  /** Heading id of the section of this file's page that teaches the answer. */
  section: z.string().regex(KEBAB, 'a heading id such as "what-rag-is"'),
  /** Shown on the page's self-check (multiple choice and multiple response only). Default false. */
  selfCheck: z.boolean().default(false),
  /** The question tests a common misconception; said after answering, never before. Default false. */
  trap: z.boolean().default(false),
};

const CHOOSE = /\(Choose (two|three|four)\.\)/;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4 };

export const SingleQuestionSchema = z.object({
  ...common,
  /** Multiple choice: one key and three distractors. */
  type: z.literal('single'),
  options: z.array(OptionSchema).length(4),
});

export const MultipleQuestionSchema = z.object({
  ...common,
  /** Multiple response: two or more keys among five or more options, all needed. */
  type: z.literal('multiple'),
  options: z.array(OptionSchema).min(5).max(7),
});

export const OrderingQuestionSchema = z.object({
  ...common,
  /** Ordering: 3 to 5 steps, listed here in the correct order (they are shown shuffled). */
  type: z.literal('ordering'),
  steps: z.array(StepSchema).min(3).max(5),
});

export const MatchingQuestionSchema = z.object({
  ...common,
  /** Matching: 3 to 7 prompts, each with its one response; responses are shown shuffled. */
  type: z.literal('matching'),
  pairs: z.array(PairSchema).min(3).max(7),
  /** Extra responses that fit no prompt. Default: none. */
  distractors: z.array(DistractorSchema).max(3).default([]),
});

const issue = (context: z.RefinementCtx, path: (string | number)[], message: string) =>
  context.addIssue({ code: 'custom', path, message });

export const QuestionSchema = z
  .discriminatedUnion('type', [
    SingleQuestionSchema,
    MultipleQuestionSchema,
    OrderingQuestionSchema,
    MatchingQuestionSchema,
  ])
  .superRefine((question, context) => {
    if (question.type === 'single' || question.type === 'multiple') {
      const keys = question.options.filter((option) => option.correct).length;
      if (question.type === 'single' && keys !== 1)
        issue(context, ['options'], `a multiple-choice question needs exactly 1 correct option, has ${keys}`);
      if (question.type === 'multiple') {
        const wrong = question.options.length - keys;
        if (keys < 2 || wrong < 2)
          issue(
            context,
            ['options'],
            `a multiple-response question needs 2 or more correct and 2 or more wrong options, has ${keys} and ${wrong}`,
          );
        const said = CHOOSE.exec(question.stem)?.[1];
        if (!said || COUNT_WORDS[said] !== keys)
          issue(
            context,
            ['stem'],
            `a multiple-response stem ends with "(Choose ${['two', 'three', 'four'][keys - 2] ?? keys}.)" for its ${keys} keys`,
          );
      }
      const texts = question.options.map((option) => option.text.trim().toLowerCase());
      if (new Set(texts).size !== texts.length) issue(context, ['options'], 'two options have the same text');
      texts.forEach((text, index) => {
        if (/\b(all|none) of the above\b|\bboth [a-d] and [a-d]\b/.test(text))
          issue(
            context,
            ['options', index, 'text'],
            'no "all/none of the above" or options that point at other options',
          );
      });
    } else {
      if (question.selfCheck)
        issue(context, ['selfCheck'], 'self-checks hold multiple-choice and multiple-response questions only');
      const texts =
        question.type === 'ordering'
          ? question.steps.map((step) => step.text)
          : [
              ...question.pairs.map((pair) => pair.prompt),
              ...question.pairs.map((pair) => pair.response),
              ...question.distractors.map((d) => d.text),
            ];
      if (question.type === 'matching') {
        const responses = [...question.pairs.map((pair) => pair.response), ...question.distractors.map((d) => d.text)];
        if (new Set(responses.map((r) => r.toLowerCase())).size !== responses.length)
          issue(context, ['pairs'], 'every response is different (one response per prompt, distractors apart)');
        const prompts = question.pairs.map((pair) => pair.prompt.toLowerCase());
        if (new Set(prompts).size !== prompts.length) issue(context, ['pairs'], 'two prompts have the same text');
      } else if (new Set(texts.map((t) => t.toLowerCase())).size !== texts.length) {
        issue(context, ['steps'], 'two steps have the same text');
      }
    }
  });

/** A topic page's questions: `content/questions/<page slug>.json`. */
export const QuestionFileSchema = z.object({
  questions: z.array(QuestionSchema).min(1),
});

export type Question = z.infer<typeof QuestionSchema>;
export type QuestionFile = z.infer<typeof QuestionFileSchema>;
