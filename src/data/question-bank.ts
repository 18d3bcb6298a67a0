// The question bank at build time: every question of content/questions/*.json whose page is published,
// in the bank's one shape (src/lib/practice/bank.ts), with the URL and title of the section that teaches
// it, and the fixed mock-exam forms drawn from it. Build-time only (astro:content). Read once per build.
import { getCollection, render } from 'astro:content';
import type { BankQuestion, IndexEntry } from '../lib/practice/bank.ts';
import { toBankQuestion, toIndexEntry } from '../lib/practice/export.ts';
import { fixedForms } from '../lib/practice/forms.ts';
import { withBase } from '../lib/site/paths.ts';
import { taskOf } from '../lib/exam/objectives.ts';
import { getTopicLinks, getTopics } from './topics.ts';

export interface Bank {
  /** In study order of their pages, then in file order. */
  readonly questions: readonly BankQuestion[];
  readonly index: readonly IndexEntry[];
  /** The fixed forms (at most 8), as lists of question ids. */
  readonly forms: readonly (readonly string[])[];
  /** The page each question belongs to (its file in content/questions/). */
  readonly pageOf: ReadonlyMap<string, string>;
}

async function loadBank(): Promise<Bank> {
  const base = import.meta.env.BASE_URL;
  const topics = await getTopicLinks();
  const headings = new Map(
    await Promise.all((await getTopics()).map(async (topic) => [topic.id, (await render(topic)).headings] as const)),
  );
  const files = new Map((await getCollection('questions')).map((file) => [file.id, file.data.questions]));
  const questions: BankQuestion[] = [];
  const pageOf = new Map<string, string>();
  // Only published pages: a question must link to a section the reader can open.
  for (const topic of topics) {
    for (const question of files.get(topic.slug) ?? []) {
      const earlier = pageOf.get(question.id);
      if (earlier !== undefined)
        throw new Error(
          `content/questions/${earlier}.json and content/questions/${topic.slug}.json both have the question id "${question.id}": ids are unique across the bank`,
        );
      pageOf.set(question.id, topic.slug);
      const section = headings
        .get(topic.slug)
        ?.find((heading) => heading.slug === question.section)
        ?.text.replace(/\s*#$/, '');
      questions.push(
        toBankQuestion(question, {
          teaches: withBase(base, `${topic.slug}/#${question.section}`),
          teachesTitle: section ? `${topic.title} › ${section}` : topic.title,
        }),
      );
    }
  }
  const index = questions.map(toIndexEntry);
  return { questions, index, forms: fixedForms(index), pageOf };
}

let bank: Promise<Bank> | undefined;

/** The bank, read once per build. */
export function getBank(): Promise<Bank> {
  bank ??= loadBank();
  return bank;
}

/** Questions per page of the readable lists: keeps each page well within the 30 KB HTML budget. */
export const QUESTIONS_PER_READING_PAGE = 30;

export interface ReadingPage {
  /** "1-1" for the first part of task statement 1.1, "1-1/2" for its second part. */
  readonly slug: string;
  /** The task statement, "1.1". */
  readonly task: string;
  readonly part: number;
  readonly parts: number;
  readonly questions: readonly BankQuestion[];
}

/** The readable question lists: one page per task statement, split into parts of at most 30 questions. */
export async function getReadingPages(): Promise<ReadingPage[]> {
  const { questions } = await getBank();
  const tasks = [...new Set(questions.map((question) => taskOf(question.objective)))].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  return tasks.flatMap((task) => {
    const inTask = sortByObjective(questions.filter((question) => taskOf(question.objective) === task));
    const parts = Math.ceil(inTask.length / QUESTIONS_PER_READING_PAGE);
    return Array.from({ length: parts }, (_, i) => ({
      slug: `${task.replace('.', '-')}${i === 0 ? '' : `/${i + 1}`}`,
      task,
      part: i + 1,
      parts,
      questions: inTask.slice(i * QUESTIONS_PER_READING_PAGE, (i + 1) * QUESTIONS_PER_READING_PAGE),
    }));
  });
}

const sortByObjective = (questions: readonly BankQuestion[]) =>
  [...questions].sort((a, b) => a.objective.localeCompare(b.objective, 'en', { numeric: true }));
