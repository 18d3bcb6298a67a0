import { describe, expect, test } from 'vitest';
import { TopicSchema } from '../../../src/schemas/topic.ts';
import { MIN_TOPICS, readTopics } from './content-files.ts';

const topics = readTopics();

test('finds the topic pages that the per-page tests below run over', () => {
  expect(topics.length).toBeGreaterThanOrEqual(MIN_TOPICS);
});

describe.each(topics)('content/$slug.mdx', ({ frontmatter }) => {
  test('has valid frontmatter with a description and exam objective tags', () => {
    const result = TopicSchema.safeParse(frontmatter);
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
  });
});

test('study orders are unique', () => {
  const orders = topics.map((topic) => topic.frontmatter['order']);
  expect(new Set(orders).size).toBe(orders.length);
});

test('the schema rejects a page without a description and names the field', () => {
  const result = TopicSchema.safeParse({ title: 'A title', order: 1, objectives: ['1.1.1'] });
  expect(result.success).toBe(false);
  expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('description');
});

test('the schema rejects an unknown exam objective', () => {
  const result = TopicSchema.safeParse({ title: 'A title', description: 'x'.repeat(60), order: 1, objectives: ['6.1.1'] });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.path).toEqual(['objectives', 0]);
});

test('the schema refuses a page without the date its facts were checked, or without sources', () => {
  const page = { title: 'A title', description: 'x'.repeat(60), order: 1, objectives: ['1.1.1'] };
  const source = { title: 'AWS documentation page', url: 'https://docs.aws.amazon.com/x.html' };
  const paths = (value: unknown) =>
    TopicSchema.safeParse(value).error?.issues.map((issue) => issue.path.join('.')) ?? [];
  expect(paths({ ...page, sources: [source] })).toContain('lastChecked');
  expect(paths({ ...page, lastChecked: '2026-12-03' })).toContain('sources');
  expect(paths({ ...page, lastChecked: '2026-12-03', sources: [] })).toContain('sources');
  expect(paths({ ...page, lastChecked: '2026-12-03', sources: [{ ...source, url: 'http://example.org/' }] })).toContain(
    'sources.0.url',
  );
  expect(paths({ ...page, lastChecked: '2026-12-03', sources: [source] })).toEqual([]);
});
