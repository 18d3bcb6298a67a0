import { describe, expect, test } from 'vitest';
import { americanSpelling } from '../../../src/lib/search/spelling.ts';

describe('americanSpelling', () => {
  test.each([
    ['labelled data', 'labeled data'],
    ['unlabelled', 'unlabeled'],
    ['summarisation', 'summarization'],
    ['Summarise a document', 'Summarize a document'],
    ['normalised scores', 'normalized scores'],
    ['tokeniser', 'tokenizer'],
    ['model behaviour', 'model behavior'],
    ['nearest neighbours', 'nearest neighbors'],
    ['data cataloguing', 'data cataloging'],
    ['anonymisation of PII', 'anonymization of PII'],
    ['defence in depth', 'defense in depth'],
  ])('%s -> %s', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
  });

  test.each([
    'rise',
    'wise',
    'exercise',
    'enterprise',
    'four',
    'hour',
    'your',
    'precise',
    'promise',
    'SageMaker',
    'RAG',
  ])('leaves "%s" alone', (word) => {
    expect(americanSpelling(word)).toBe(word);
  });

  test('keeps punctuation, spaces and other words as typed', () => {
    expect(americanSpelling('  "labelled"?  top-p ')).toBe('  "labeled"?  top-p ');
  });
});
