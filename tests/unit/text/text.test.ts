// Tokenizer, stemmer, n-grams and LCS on textbook examples.
import { describe, expect, test } from 'vitest';
import { lcsLength, lcsLengthDP } from '../../../src/lib/text/lcs.ts';
import { lcsAlignment } from '../../../src/lib/text/hirschberg.ts';
import { lcsReferenceIndices } from '../../../src/lib/text/lcs-backtrack.ts';
import { ngramCounts, ngramKeys, ngrams } from '../../../src/lib/text/ngrams.ts';
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

  test('agrees with nltk at the edges of its rules', () => {
    // Expected stems from nltk's PorterStemmer().stem (3.10.3, which agrees with all 1,108 cases of the
    // 3.8 vector file); each word sits where one rule or condition decides.
    const nltk: Record<string, string> = {
      businesses: 'busi', // sses → ss before s → ''
      sses: 'ss', // ... even when the stem has no vowel
      tied: 'tie', // four-letter -ied → -ie
      lied: 'lie',
      guaranteed: 'guarante', // -eed with m > 0 on what precedes it
      sys: 'sy', // y → i needs a consonant before it and a stem longer than one letter
      additionally: 'addit', // alli → al, then step 2 again
      allied: 'alli', // ... not when the stem before alli has m = 0
      biology: 'biolog', // logi → log
      logies: 'logi', // ... not when the word before -ogi has m = 0
      eulogies: 'eulog',
      disenabled: 'disen', // bl → ble, then step 4 drops -able
      bowing: 'bow', // *o excludes a final w
      boxing: 'box', // ... a final x
      buying: 'buy', // ... and a final y
      drawing: 'draw',
      fixed: 'fix',
      agreeing: 'agre', // *o needs a final consonant
      considering: 'consid', // no e after a *o stem with m > 1, so step 4 drops -er
    };
    for (const [word, stem] of Object.entries(nltk)) expect(porterStem(word), word).toBe(stem);
  });

  test('gives each astral character a stand-in that cannot collide with the word', () => {
    // Without suffixes these words come back whole, as in nltk, whatever private-use or lone
    // surrogate units they already hold.
    expect(porterStem('\uE000\u{1F600}abc')).toBe('\uE000\u{1F600}abc');
    expect(porterStem('\u{1F600}\uDFFF\u{1F601}')).toBe('\u{1F600}\uDFFF\u{1F601}');
    expect(porterStem('\u{1F600}ies')).toBe('\u{1F600}ie');
  });
});

describe('n-grams', () => {
  test('lists contiguous n-grams and counts them without key collisions', () => {
    expect(ngrams(['a', 'b', 'c'], 2)).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(ngrams(['a'], 2)).toEqual([]);
    expect(ngrams(['a', 'b'], 1)).toEqual([['a'], ['b']]);
    expect(ngrams(['a', 'b'], 0)).toEqual([]);
    expect(ngrams(['a', 'b'], -1)).toEqual([]);
    expect(ngramKeys(['a', 'b'], 0, new Map())).toEqual([]);
    expect(ngramKeys(['a', 'b', 'a'], 1, new Map())).toEqual(['0', '1', '0']);
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

  describe('against the plain dynamic program on pseudo-random lists', () => {
    // Lengths straddle the 32- and 64-token word boundaries of the bit vectors; `undefined` is a
    // token like any other (compared with ===), and must never match a position outside a list.
    const alphabet = ['a', 'b', 'c', undefined];
    const lengths = [0, 1, 2, 5, 31, 32, 33, 64, 65, 70];
    /** A fixed linear congruential sequence, so a failure replays. */
    function listMaker(): (n: number) => Array<string | undefined> {
      let seed = 12345;
      const next = (): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return Math.floor((seed / 2147483648) * alphabet.length);
      };
      return (n) => Array.from({ length: n }, () => alphabet[next()]);
    }

    /** rouge-score's _lcs_table + _backtrack_norec, on the full table. */
    function rougeScoreBacktrack<T>(ref: readonly T[], can: readonly T[]): number[] {
      const t = Array.from({ length: ref.length + 1 }, () => new Array<number>(can.length + 1).fill(0));
      for (let i = 1; i <= ref.length; i++)
        for (let j = 1; j <= can.length; j++)
          t[i]![j] = ref[i - 1] === can[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
      const out: number[] = [];
      let i = ref.length;
      let j = can.length;
      while (i > 0 && j > 0) {
        if (ref[i - 1] === can[j - 1]) {
          out.unshift(i - 1);
          i--;
          j--;
        } else if (t[i]![j - 1]! > t[i - 1]![j]!) j--;
        else i--;
      }
      return out;
    }

    test('every method finds the same LCS length, and rouge-score picks the same indices', () => {
      const randomList = listMaker();
      for (const m of lengths) {
        for (const n of lengths) {
          const a = randomList(m);
          const b = randomList(n);
          const label = `${m}×${n}: ${JSON.stringify(a)} / ${JSON.stringify(b)}`;
          const length = rougeScoreBacktrack(a, b).length;
          expect(lcsLengthDP(a, b), label).toBe(length);
          expect(lcsLength(a, b), label).toBe(length);
          expect(lcsReferenceIndices(a, b), label).toEqual(rougeScoreBacktrack(a, b));
          const pairs = lcsAlignment(a, b);
          expect(pairs, label).toHaveLength(length);
          pairs.forEach(([i, j], k) => {
            expect(a[i], label).toBe(b[j]);
            expect(i >= 0 && i < m && j >= 0 && j < n, label).toBe(true);
            if (k > 0) expect(i > pairs[k - 1]![0] && j > pairs[k - 1]![1], label).toBe(true);
          });
        }
      }
    });

    test('an undefined token matches only an undefined token', () => {
      expect(lcsLengthDP(['a'], [undefined])).toBe(0);
      expect(lcsReferenceIndices(['a'], [undefined])).toEqual([]);
      expect(lcsReferenceIndices([undefined, 'a'], ['a', 'b'])).toEqual([1]);
    });
  });
});
