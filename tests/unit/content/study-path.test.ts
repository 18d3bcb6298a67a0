import { expect, test } from 'vitest';
import { STUDY_PATH } from '../../../src/data/study-path.ts';
import { readTopics } from './content-files.ts';

const topics = readTopics();
const placed = STUDY_PATH.flatMap((part) => part.slugs);

test('every topic page is in exactly one part of the study path', () => {
  expect(topics.length).toBeGreaterThan(0);
  expect(topics.map((topic) => topic.slug).filter((slug) => placed.filter((s) => s === slug).length !== 1)).toEqual([]);
});

test('the study path names only pages that exist', () => {
  const slugs = new Set(topics.map((topic) => topic.slug));
  expect(placed.filter((slug) => !slugs.has(slug))).toEqual([]);
});

test('page orders follow the study path', () => {
  const order = new Map(topics.map((topic) => [topic.slug, topic.frontmatter['order'] as number]));
  const orders = placed.filter((slug) => order.has(slug)).map((slug) => order.get(slug));
  expect(orders).toEqual([...orders].sort((a, b) => (a ?? 0) - (b ?? 0)));
});
