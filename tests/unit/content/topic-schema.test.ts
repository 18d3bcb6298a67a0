// Every limit of a topic page's frontmatter (src/schemas/topic.ts): the value at the limit passes, one
// step beyond it is refused and the issue names the field.
import { describe, expect, test } from 'vitest';
import { TopicSchema } from '../../../src/schemas/topic.ts';

const source = { title: 'Amazon Bedrock User Guide', url: 'https://docs.aws.amazon.com/bedrock/' };
const valid = {
  title: 'Prompt engineering',
  description: 'How to write prompts that get useful answers from a foundation model.',
  order: 3,
  objectives: ['1.1.1'],
  lastChecked: '2026-12-03',
  sources: [source],
};

/** The issues of a failed parse as "path: message". */
const issues = (value: unknown) => {
  const result = TopicSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('TopicSchema accepts', () => {
  test.each([
    ['a complete page', valid],
    ['a title of 3 characters', { ...valid, title: 'RAG' }],
    ['a title of 80 characters', { ...valid, title: 't'.repeat(80) }],
    ['a description of 50 characters', { ...valid, description: 'd'.repeat(50) }],
    ['a description of 160 characters', { ...valid, description: 'd'.repeat(160) }],
    ['order 1', { ...valid, order: 1 }],
    ['a source title of 5 characters', { ...valid, sources: [{ ...source, title: 'AWS 1' }] }],
    ['a source title of 160 characters', { ...valid, sources: [{ ...source, title: 's'.repeat(160) }] }],
  ])('%s', (_name, page) => {
    expect(issues(page)).toEqual([]);
  });

  test('defaults draft to false and reads the date as a date', () => {
    const parsed = TopicSchema.parse(valid);
    expect(parsed.draft).toBe(false);
    expect(parsed.lastChecked).toEqual(new Date('2026-12-03'));
  });
});

describe('TopicSchema refuses', () => {
  test.each([
    ['a title of 2 characters', { ...valid, title: 'AI' }, 'title'],
    ['a title of 81 characters', { ...valid, title: 't'.repeat(81) }, 'title'],
    ['a description of 49 characters', { ...valid, description: 'd'.repeat(49) }, 'description'],
    ['a description of 161 characters', { ...valid, description: 'd'.repeat(161) }, 'description'],
    ['no description', { ...valid, description: undefined }, 'description'],
    ['order 0', { ...valid, order: 0 }, 'order'],
    ['a fractional order', { ...valid, order: 1.5 }, 'order'],
    ['no objectives', { ...valid, objectives: [] }, 'objectives'],
    ['an objective not in the exam guide', { ...valid, objectives: ['6.1.1'] }, 'objectives.0'],
    ['a date that is not a date', { ...valid, lastChecked: 'last week' }, 'lastChecked'],
    ['no date', { ...valid, lastChecked: undefined }, 'lastChecked'],
    ['no sources', { ...valid, sources: undefined }, 'sources'],
    ['an empty list of sources', { ...valid, sources: [] }, 'sources'],
    ['a source title of 4 characters', { ...valid, sources: [{ ...source, title: 'AWS!' }] }, 'sources.0.title'],
    ['a source title of 161 characters', { ...valid, sources: [{ ...source, title: 's'.repeat(161) }] }, 'sources.0.title'],
    ['a source over plain http', { ...valid, sources: [{ ...source, url: 'http://docs.aws.amazon.com/' }] }, 'sources.0.url'],
    ['a source that is not an address', { ...valid, sources: [{ ...source, url: 'docs.aws.amazon.com' }] }, 'sources.0.url'],
    ['a draft flag that is not a boolean', { ...valid, draft: 'yes' }, 'draft'],
  ])('%s', (_name, page, field) => {
    const found = issues(page);
    expect(found.map((issue) => issue.split(': ')[0]), JSON.stringify(found)).toEqual([field]);
  });
});
