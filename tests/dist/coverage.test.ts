// Coverage of the current exam guide, read from the built /coverage.json (computed from the pages'
// <Objectives> tags and the glossary): every objective is taught by at least one tagged section, the
// sections exist on their pages, every page's frontmatter lists exactly the objectives its sections
// carry, and every AWS service the guide names has a glossary entry.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EXAM_OBJECTIVES } from '../../src/lib/exam/objectives.ts';
import { readTopics } from '../unit/content/content-files.ts';
import { elementIds, readPage, SITES } from './built-site.ts';

interface Coverage {
  guide: { revision: string };
  objectives: { id: string; sections: { page: string; anchor: string; heading: string }[]; pages: string[] }[];
  services: { name: string; glossary: { id: string } | null }[];
}

const site = SITES[0]!;
const coverage = JSON.parse(readFileSync(`${site.dir}/coverage.json`, 'utf8')) as Coverage;

test('the report covers all 69 objectives of guide revision 1.1', () => {
  expect(coverage.guide.revision).toBe('1.1');
  expect(coverage.objectives.map((objective) => objective.id)).toEqual(EXAM_OBJECTIVES.map((objective) => objective.id));
});

describe.each([1, 2, 3, 4, 5])('domain %i', (domain) => {
  test('every objective has at least one section tagged with it', () => {
    const untaught = coverage.objectives
      .filter((objective) => objective.id.startsWith(`${domain}.`) && objective.sections.length === 0)
      .map((objective) => objective.id);
    expect(untaught).toEqual([]);
  });
});

test('every tagged section exists on its built page', () => {
  const missing = coverage.objectives.flatMap((objective) =>
    objective.sections
      .filter((section) => !elementIds(readPage(site, `${section.page}/index.html`)).has(section.anchor))
      .map((section) => `${objective.id} -> ${section.page}#${section.anchor}`),
  );
  expect(coverage.objectives.some((objective) => objective.sections.length > 0)).toBe(true);
  expect(missing).toEqual([]);
});

describe.each(readTopics().map((topic) => [topic.slug, topic.frontmatter['objectives'] as string[]] as const))(
  'content/%s.mdx',
  (slug, listed) => {
    test('lists in its frontmatter exactly the objectives its sections are tagged with', () => {
      const tagged = coverage.objectives
        .filter((objective) => objective.sections.some((section) => section.page === slug))
        .map((objective) => objective.id);
      expect([...listed].sort()).toEqual([...tagged].sort());
    });
  },
);

test('every AWS service and feature the guide names has a glossary entry', () => {
  expect(coverage.services.length).toBeGreaterThanOrEqual(60);
  expect(coverage.services.filter((service) => !service.glossary).map((service) => service.name)).toEqual([]);
});
