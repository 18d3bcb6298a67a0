// The glossary's pages: which page each term is on decides every link to it, so the rules are pinned
// here, and the real glossary is checked to fit the pages (each term on exactly one, none too full).
import { describe, expect, test } from 'vitest';
import {
  GLOSSARY_GROUPS,
  compareTerms,
  filingLetter,
  filingName,
  glossaryGroupOf,
  glossaryTermPath,
} from '../../../src/lib/glossary/groups.ts';
import { readGlossary } from '../content/content-files.ts';

describe('glossaryGroupOf', () => {
  test.each([
    ['Accuracy', 'a-c'],
    ['chunking', 'a-c'],
    ['Cutoff date', 'a-c'],
    ['Data drift', 'd-h'],
    ['Hallucination', 'd-h'],
    ['Inference', 'i-m'],
    ['Model card', 'i-m'],
    ['Neural network', 'n-r'],
    ['RAG', 'n-r'],
    ['SageMaker AI', 's-z'],
    ['Zero-shot prompting', 's-z'],
    ['Amazon Bedrock', 'amazon'],
    ['Amazon Q Business', 'amazon'],
    ['AWS Glue', 'aws'],
    ['AWS', 'a-c'],
    ['Amazonian', 'a-c'],
    ['AWSome', 'a-c'],
    ['95th percentile latency', 'a-c'],
    ['(R)AG', 'a-c'],
  ])('%j is on the %s page', (term, slug) => {
    expect(glossaryGroupOf(term).slug).toBe(slug);
  });

  test('names every page once, in navigation order, with a label and a title', () => {
    expect(GLOSSARY_GROUPS.map((group) => group.slug)).toEqual(['a-c', 'amazon', 'aws', 'd-h', 'i-m', 'n-r', 's-z']);
    expect(GLOSSARY_GROUPS.map((group) => group.title)).toContain('Glossary: Amazon services');
    expect(GLOSSARY_GROUPS.map((group) => group.title)).toContain('Glossary: D–H');
    expect(GLOSSARY_GROUPS.map((group) => group.name)).toEqual([
      'A–C',
      'Amazon services',
      'AWS services',
      'D–H',
      'I–M',
      'N–R',
      'S–Z',
    ]);
  });
});

describe('filing', () => {
  test('files a service under the name after its prefix, other terms under their own name', () => {
    expect(filingName('Amazon Bedrock')).toBe('Bedrock');
    expect(filingName('AWS Glue')).toBe('Glue');
    expect(filingName('Bedrock')).toBe('Bedrock');
    expect(filingLetter('Amazon Bedrock')).toBe('B');
    expect(filingLetter('zero-shot')).toBe('Z');
    expect(filingLetter('3D model')).toBe('#');
  });

  test('sorts by the filing name, then the full name, ignoring case', () => {
    const terms = ['Amazon Polly', 'AWS Glue', 'Amazon Bedrock Agents', 'bedrock', 'Amazon Bedrock'];
    expect([...terms].sort(compareTerms)).toEqual([
      'Amazon Bedrock',
      'bedrock',
      'Amazon Bedrock Agents',
      'AWS Glue',
      'Amazon Polly',
    ]);
  });

  test("a term's path is its page and its id", () => {
    expect(glossaryTermPath({ id: 'f1-score', term: 'F1 score' })).toBe('glossary/d-h/#f1-score');
    expect(glossaryTermPath({ id: 'glue', term: 'AWS Glue' })).toBe('glossary/aws/#glue');
  });
});

describe('the real glossary', () => {
  const glossary = readGlossary();
  const perGroup = GLOSSARY_GROUPS.map(
    (group) => glossary.filter((entry) => glossaryGroupOf(entry.term).slug === group.slug).length,
  );

  test('puts every term on exactly one page and leaves no page empty', () => {
    expect(perGroup.reduce((sum, count) => sum + count, 0)).toBe(glossary.length);
    expect(perGroup.filter((count) => count === 0)).toEqual([]);
  });

  test('keeps each page to at most 180 terms (about 25 KB of HTML gzipped: split a range before that)', () => {
    expect(Math.max(...perGroup)).toBeLessThanOrEqual(180);
  });
});
