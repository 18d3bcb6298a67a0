// The glossary as one list over content/glossary/*.json: valid entries, unique ids, every name a learner
// may search for owned by one entry only, and every entry pointing at a real section.
import GithubSlugger from 'github-slugger';
import { expect, test } from 'vitest';
import { GlossaryEntrySchema } from '../../../src/schemas/glossary.ts';
import { readGlossary, readTopics } from './content-files.ts';

const glossary = readGlossary();
const topics = new Map(readTopics().map((topic) => [topic.slug, topic.body]));

/** Heading ids as Astro makes them (github-slugger over the heading text, markup stripped). */
function headingIds(body: string): Set<string> {
  const slugger = new GithubSlugger();
  return new Set(
    [...body.replace(/```[\s\S]*?```/g, '').matchAll(/^#{2,6}\s+(.+)$/gm)].map((match) =>
      slugger.slug((match[1] ?? '').replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')),
    ),
  );
}

const repeated = (values: string[]) => [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];

test('the glossary has entries and every one is valid', () => {
  expect(glossary.length).toBeGreaterThan(100);
  const invalid = glossary.flatMap((entry) => {
    const result = GlossaryEntrySchema.safeParse(entry);
    return result.success ? [] : [`${entry.id}: ${result.error.issues.map((issue) => issue.path.join('.')).join(', ')}`];
  });
  expect(invalid).toEqual([]);
});

test('ids are unique across all glossary files', () => {
  expect(repeated(glossary.map((entry) => entry.id))).toEqual([]);
});

test('no term or alias names two entries (search shows one best bet per name)', () => {
  const names = glossary.flatMap((entry) =>
    [...new Set([entry.term, ...(entry.aliases ?? [])].map((name) => name.toLowerCase()))],
  );
  expect(repeated(names)).toEqual([]);
});

test('every entry points at an existing page and section', () => {
  const broken = glossary.filter((entry) => {
    const body = topics.get(entry.page);
    return body === undefined || (entry.anchor !== undefined && !headingIds(body).has(entry.anchor));
  });
  expect(broken.map((entry) => `${entry.id} -> ${entry.page}#${entry.anchor ?? ''}`)).toEqual([]);
});
