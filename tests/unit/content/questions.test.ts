// The question bank's files: valid, on real sections of their own page, ids unique across the bank,
// and a self-check of at least 6 questions on every topic page.
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { QuestionFileSchema, type Question } from '../../../src/schemas/question.ts';
import { MIN_TOPICS, readQuestionFiles, readTopics } from './content-files.ts';

const topics = readTopics();
const files = readQuestionFiles();
const parsed = files.map((file) => ({ ...file, questions: QuestionFileSchema.parse(file.data).questions as Question[] }));

/** Heading ids as Astro makes them (github-slugger over the heading text, markup stripped). */
function headingIds(body: string): Set<string> {
  const slugger = new GithubSlugger();
  const withoutCode = body.replace(/```[\s\S]*?```/g, '');
  return new Set(
    [...withoutCode.matchAll(/^#{2,6}\s+(.+)$/gm)].map((match) =>
      slugger.slug((match[1] ?? '').replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')),
    ),
  );
}

test('the bank has question files, one per topic page at most', () => {
  expect(topics.length).toBeGreaterThanOrEqual(MIN_TOPICS);
  expect(files.length).toBeGreaterThanOrEqual(MIN_TOPICS);
  const slugs = new Set(topics.map((topic) => topic.slug));
  expect(files.map((file) => file.page).filter((page) => !slugs.has(page))).toEqual([]);
});

describe.each(topics)('content/$slug.mdx', ({ slug, body }) => {
  test('has a self-check of at least 6 questions whose sections are on the page', () => {
    const file = parsed.find((candidate) => candidate.page === slug);
    expect(file, `content/questions/${slug}.json is missing`).toBeDefined();
    const ids = headingIds(body);
    expect(file?.questions.filter((question) => !ids.has(question.section)).map((q) => `${q.id} -> ${q.section}`)).toEqual([]);
    expect(file?.questions.filter((question) => question.selfCheck).length).toBeGreaterThanOrEqual(6);
  });
});

test('question ids are unique across the whole bank', () => {
  const ids = parsed.flatMap((file) => file.questions.map((question) => question.id));
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
});

test('the corrections of common misconceptions appear as traps', () => {
  const traps = parsed.flatMap((file) => file.questions.filter((question) => question.trap));
  expect(traps.length).toBeGreaterThanOrEqual(20);
});

test('no self-check is longer than 12 questions (the rest of the bank is for practice sets and mock exams)', () => {
  const long = parsed
    .map((file) => [file.page, file.questions.filter((question) => question.selfCheck).length] as const)
    .filter(([, count]) => count > 12);
  expect(long).toEqual([]);
});
