// Every rule of a glossary entry (src/schemas/glossary.ts): the value at each limit passes, one step
// beyond it is refused and the issue names the field.
import { describe, expect, test } from 'vitest';
import { GlossaryEntrySchema } from '../../../src/schemas/glossary.ts';

const valid = {
  id: 'foundation-model',
  term: 'Foundation model (FM)',
  aliases: ['FM', 'base model'],
  definition: 'A large model pre-trained on broad data that can be adapted to many tasks.',
  page: 'generative-ai',
  anchor: 'foundation-models',
};

/** The issues of a failed parse as "path: message". */
const issues = (value: unknown) => {
  const result = GlossaryEntrySchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('GlossaryEntrySchema accepts', () => {
  test.each([
    ['a complete entry', valid],
    ['an id of one word with digits', { ...valid, id: 'f1' }],
    ['a term of 1 character', { ...valid, term: 'X' }],
    ['a definition of 20 characters', { ...valid, definition: 'd'.repeat(20) }],
    ['a definition of 400 characters', { ...valid, definition: 'd'.repeat(400) }],
    ['no anchor (a link to the top of the page)', { ...valid, anchor: undefined }],
  ])('%s', (_name, entry) => {
    expect(issues(entry)).toEqual([]);
  });

  test('defaults aliases to none', () => {
    expect(GlossaryEntrySchema.parse({ ...valid, aliases: undefined }).aliases).toEqual([]);
  });
});

describe('GlossaryEntrySchema refuses', () => {
  test.each([
    ['an id with capitals', { ...valid, id: 'Foundation-model' }, 'id'],
    ['an id with spaces', { ...valid, id: 'foundation model' }, 'id'],
    ['an id with a doubled hyphen', { ...valid, id: 'foundation--model' }, 'id'],
    ['an id that ends with a hyphen', { ...valid, id: 'foundation-' }, 'id'],
    ['an empty term', { ...valid, term: '' }, 'term'],
    ['an empty alias', { ...valid, aliases: ['FM', ''] }, 'aliases.1'],
    ['a definition of 19 characters', { ...valid, definition: 'd'.repeat(19) }, 'definition'],
    ['a definition of 401 characters', { ...valid, definition: 'd'.repeat(401) }, 'definition'],
    ['an empty page', { ...valid, page: '' }, 'page'],
    ['no page', { ...valid, page: undefined }, 'page'],
    ['an anchor that is not text', { ...valid, anchor: 3 }, 'anchor'],
  ])('%s', (_name, entry, field) => {
    const found = issues(entry);
    expect(found.map((issue) => issue.split(': ')[0]), JSON.stringify(found)).toEqual([field]);
  });

  test('names the rule an id breaks', () => {
    expect(issues({ ...valid, id: 'Bad_Id' })).toEqual(['id: lower-case words joined by "-"']);
  });
});
