import { describe, expect, test } from 'vitest';
import { glossaryRecord } from '../../../src/lib/search/glossary-records.ts';

const entry = {
  id: 'f1-score',
  term: 'F1 score',
  aliases: ['F1', 'F-score'],
  definition: 'The harmonic mean of precision & recall, 2PR / (P + R) <in words>.',
  page: 'classification-metrics',
  anchor: 'the-formulas',
};
const topic = { title: 'Classification metrics', examTasks: ['1.3', '3.4', '3.1'] };

describe('glossaryRecord', () => {
  test('links to the term on its glossary page, without the base path (Pagefind adds it)', () => {
    expect(glossaryRecord(entry, topic, '/aws-ai-practitioner/').url).toBe('/glossary/d-h/#f1-score');
    expect(glossaryRecord({ ...entry, id: 'amazon-polly', term: 'Amazon Polly' }, topic, '/').url).toBe(
      '/glossary/amazon/#amazon-polly',
    );
  });

  test('indexes the term, its escaped definition and its other names, with a lower weight', () => {
    const { content } = glossaryRecord(entry, topic, '/');
    expect(content).toMatch(
      /<main data-pagefind-body data-pagefind-weight="0\.\d+"><p>F1 score\.<\/p><p>The harmonic mean of precision &amp; recall, 2PR \/ \(P \+ R\) &lt;in words&gt;\.<\/p><p>Also: F1, F-score\.<\/p><\/main>/,
    );
  });

  test("carries the term as title, the glossary as page, and the explaining section's URL with the base", () => {
    const { content } = glossaryRecord(entry, topic, '/aws-ai-practitioner/');
    expect(content).toContain('<h1 data-pagefind-ignore data-pagefind-meta="title">F1 score</h1>');
    expect(content).toContain('<span hidden data-pagefind-meta="page">Glossary</span>');
    expect(content).toContain(
      '<span hidden data-pagefind-meta="explained">/aws-ai-practitioner/classification-metrics/#the-formulas</span>',
    );
  });

  test("has the explaining topic's filters: its title and each exam domain once", () => {
    const { content } = glossaryRecord(entry, topic, '/');
    const filters = [...content.matchAll(/data-pagefind-filter="(\w+)">([^<]*)</g)].map(([, name, value]) => [
      name,
      value,
    ]);
    expect(filters).toEqual([
      ['topic', 'Classification metrics'],
      ['domain', 'Domain 1'],
      ['domain', 'Domain 3'],
    ]);
  });

  test('has no filters when the topic is unknown, and no "Also" line without aliases', () => {
    const { content } = glossaryRecord({ ...entry, aliases: [], anchor: undefined }, undefined, '/');
    expect(content).not.toContain('data-pagefind-filter');
    expect(content).not.toContain('Also:');
    expect(content).toContain('>/classification-metrics/</span>');
  });
});
