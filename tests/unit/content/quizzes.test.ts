// Every topic page has a self-check whose questions point at real sections of that page.
import { readFileSync, readdirSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { QuizSchema } from '../../../src/schemas/quiz.ts';
import { readTopics } from './content-files.ts';

const topics = readTopics();
const quizFiles = new Set(readdirSync('content/quizzes').map((name) => name.replace(/\.json$/, '')));

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

describe.each(topics)('content/$slug.mdx', ({ slug, body }) => {
  test('has a self-check of at least 6 valid questions that point at its own sections', () => {
    expect(quizFiles.has(slug), `content/quizzes/${slug}.json is missing`).toBe(true);
    const quiz = QuizSchema.parse(JSON.parse(readFileSync(`content/quizzes/${slug}.json`, 'utf8')));
    const ids = headingIds(body);
    expect(quiz.questions.filter((question) => !ids.has(question.section)).map((q) => `${q.id} -> ${q.section}`)).toEqual([]);
    expect(new Set(quiz.questions.map((question) => question.id)).size).toBe(quiz.questions.length);
  });
});

test('the corrections of the notes appear as traps', () => {
  const traps = [...quizFiles].flatMap(
    (slug) => QuizSchema.parse(JSON.parse(readFileSync(`content/quizzes/${slug}.json`, 'utf8'))).questions.filter((q) => q.trap),
  );
  expect(traps.length).toBeGreaterThanOrEqual(20);
});
