// Tokenizer, stemmer, n-grams and LCS on textbook examples.
import { describe, expect, test } from 'vitest';
import { lcsLength, lcsLengthDP } from '../../../src/lib/text/lcs.ts';
import { lcsAlignment } from '../../../src/lib/text/hirschberg.ts';
import { lcsReferenceIndices } from '../../../src/lib/text/lcs-backtrack.ts';
import { ngramCounts, ngrams } from '../../../src/lib/text/ngrams.ts';
import { porterStem } from '../../../src/lib/text/porter-stemmer.ts';
import { tokenize } from '../../../src/lib/text/tokenize.ts';

describe('tokenize', () => {
  test('splits on anything outside [a-z0-9] after lower-casing', () => {
    expect(tokenize("Don't stop-believing!")).toEqual(['don', 't', 'stop', 'believing']);
    expect(tokenize('π = 3.14, café')).toEqual(['3', '14', 'caf']);
    expect(tokenize('\u212A')).toEqual(['k']);
    expect(tokenize('日本語')).toEqual([]);
  });

  test('stems only tokens longer than three characters', () => {
    expect(tokenize('this does was buses', { useStemmer: true })).toEqual(['thi', 'doe', 'was', 'buse']);
  });
});

describe('porterStem', () => {
  test('follows the examples of Porter (1980)', () => {
    const paper: Record<string, string> = {
      caresses: 'caress',
      ponies: 'poni',
      cats: 'cat',
      feed: 'feed',
      agreed: 'agre',
      plastered: 'plaster',
      motoring: 'motor',
      sing: 'sing',
      hopping: 'hop',
      falling: 'fall',
      filing: 'file',
      relational: 'relat',
    };
    for (const [word, stem] of Object.entries(paper)) expect(porterStem(word), word).toBe(stem);
  });

  test('applies the NLTK extensions', () => {
    const nltk: Record<string, string> = {
      dying: 'die',
      lying: 'lie',
      skies: 'sky',
      news: 'news',
      innings: 'inning',
      exceed: 'exceed',
      array: 'array',
      deploy: 'deploy',
      happy: 'happi',
      dies: 'die',
      spied: 'spi',
    };
    for (const [word, stem] of Object.entries(nltk)) expect(porterStem(word), word).toBe(stem);
  });
});

describe('n-grams', () => {
  test('lists contiguous n-grams and counts them without key collisions', () => {
    expect(ngrams(['a', 'b', 'c'], 2)).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(ngrams(['a'], 2)).toEqual([]);
    const vocab = new Map<string, number>();
    // "a,b" + "c" and "a" + "b,c" would collide if tokens were joined with commas.
    const left = ngramCounts(['a,b', 'c'], 2, vocab);
    const right = ngramCounts(['a', 'b,c'], 2, vocab);
    expect([...left.keys()].some((k) => right.has(k))).toBe(false);
  });
});

describe('LCS', () => {
  const x = [...'ABCBDAB'];
  const y = [...'BDCABA'];
  test('finds length 4 on the CLRS example by every method', () => {
    expect(lcsLength(x, y)).toBe(4);
    expect(lcsLengthDP(x, y)).toBe(4);
    const pairs = lcsAlignment(x, y);
    expect(pairs).toHaveLength(4);
    for (const [i, j] of pairs) expect(x[i]).toBe(y[j]);
  });

  test('handles words crossing the 32-bit word boundary', () => {
    const a = Array.from({ length: 70 }, (_, i) => `t${i % 3}`);
    const b = Array.from({ length: 65 }, (_, i) => `t${(i * 2) % 3}`);
    expect(lcsLength(a, b)).toBe(lcsLengthDP(a, b));
  });

  test('backtracks in rouge-score order: up unless left is strictly larger', () => {
    expect(lcsReferenceIndices(['a', 'b'], ['b', 'a'])).toEqual([0]);
    expect(lcsReferenceIndices(['a', 'b', 'a'], ['a'])).toEqual([2]);
    expect(lcsReferenceIndices([], ['a'])).toEqual([]);
  });
});
