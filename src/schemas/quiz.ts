import { z } from 'astro/zod';
import { EXAM_TASK_IDS } from '../lib/exam/blueprint.ts';

/** One answer option of a self-check question. */
export const QuizOptionSchema = z.object({
  /** The option as the reader sees it. */
  text: z.string().min(1),
  /** Whether choosing it is right. */
  correct: z.boolean(),
  /** Why it is right or wrong; shown after answering. */
  explanation: z.string().min(10),
});

/** One exam-style question. */
export const QuizQuestionSchema = z
  .object({
    /** Stable id, unique within the page (progress is stored under it). */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by "-"'),
    /** "single": multiple choice, one answer. "multiple": multiple response, two or more answers. */
    type: z.enum(['single', 'multiple']),
    /** The question; a multiple-response prompt says how many to choose, e.g. "(Choose two.)". */
    prompt: z.string().min(10),
    options: z.array(QuizOptionSchema).min(3).max(6),
    /** Id of the section on the page that teaches the answer. */
    section: z.string().min(1),
    /** The AIF-C01 task statement the question practises. */
    examTask: z.enum(EXAM_TASK_IDS as [string, ...string[]]),
    /** True when the question tests a statement the source notes got wrong (an exam trap). Default false. */
    trap: z.boolean().default(false),
  })
  .superRefine((question, context) => {
    const correct = question.options.filter((option) => option.correct).length;
    if (question.type === 'single' && correct !== 1) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a single-answer question needs exactly 1 correct option, has ${correct}`,
      });
    }
    if (question.type === 'multiple' && (correct < 2 || correct === question.options.length)) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a multiple-response question needs 2 or more correct options and at least one wrong one, has ${correct}`,
      });
    }
  });

/** A page's self-check: `content/quizzes/<page slug>.json`. */
export const QuizSchema = z.object({
  questions: z.array(QuizQuestionSchema).min(6),
});

export type QuizQuestion = z.infer<typeof QuizQuestionSchema>;
