// ROUGE, BLEU and exact summation on hand-checked or published values.
import { describe, expect, test } from 'vitest';
import * as M from '../../../src/lib/metrics/index.ts';

describe('ROUGE', () => {
  test('reproduces the rouge-score README example', () => {
    const ref = 'The quick brown fox jumps over the lazy dog';
    const cand = 'The quick brown dog jumps on the log.';
    // Unigram overlap: the ×2, quick, brown, dog, jumps = 6 of 8 candidate / 9 reference tokens.
    expect(M.rougeN(ref, cand, 1)).toEqual({
      precision: 0.75,
      recall: 6 / 9,
      fmeasure: (2 * 0.75 * (6 / 9)) / (0.75 + 6 / 9),
    });
    // LCS "the quick brown jumps the" = 5.
    expect(M.rougeL(ref, cand)).toEqual({
      precision: 5 / 8,
      recall: 5 / 9,
      fmeasure: (2 * (5 / 8) * (5 / 9)) / (5 / 8 + 5 / 9),
    });
  });

  test('computes the union LCS example of the ROUGE paper for ROUGE-Lsum', () => {
    // r = w1..w5; LCS with c1 = w1 w2, with c2 = w1 w3 w5; union = 4 hits of 5 reference / 10 candidate tokens.
    const r = M.rougeLsum('w1 w2 w3 w4 w5', 'w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5');
    expect(r.recall).toBe(0.8);
    expect(r.precision).toBe(0.4);
  });

  test('scores empty text zero and rejects n < 1', () => {
    expect(M.rougeL('', 'anything')).toEqual({ precision: 0, recall: 0, fmeasure: 0 });
    expect(M.rougeN('a', 'a', 2)).toEqual({ precision: 0, recall: 0, fmeasure: 0 });
    expect(() => M.rougeN('a b', 'a b', 0)).toThrow('rougeN: n must be an integer >= 1 (got 0)');
  });
});

describe('BLEU', () => {
  const ref = [['the', 'cat', 'is', 'on', 'the', 'mat']];
  test('gives 1 for a hypothesis equal to its reference', () => {
    expect(M.sentenceBleu(ref, ref[0]!).bleu).toBe(1);
  });

  test('clips repeated words as in Papineni et al.', () => {
    const p = M.modifiedPrecision(ref, ['the', 'the', 'the', 'the', 'the', 'the', 'the'], 1);
    expect(p).toEqual({ n: 1, numerator: 2, denominator: 7 });
  });

  test('reproduces the short-candidate table of CONVENTIONS.md', () => {
    const cat = M.sentenceBleu(ref, ['cat']);
    expect(cat.brevityPenalty).toBe(Math.exp(-5));
    expect(cat.bleu).toBe(1.2275407386121148e-233);
    expect(M.sentenceBleu(ref, ['cat'], { smoothing: 'method1' }).bleu).toBe(0.0011981952414407235);
    expect(M.sentenceBleu(ref, ['the', 'cat', 'is'], { autoReweigh: true }).bleu).toBe(Math.exp(-1));
    expect(M.sentenceBleu([['the', 'cat', 'sat']], ['the', 'cat', 'sat'], { smoothing: 'method1' }).bleu).toBe(
      0.1 ** 0.25,
    );
  });

  test('breaks closest-length ties towards the shorter reference', () => {
    expect(
      M.closestRefLength(
        [
          ['a', 'b', 'c', 'd'],
          ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
        ],
        6,
      ),
    ).toBe(4);
    expect(M.brevityPenalty(6, 3)).toBe(Math.exp(-1));
    expect(M.brevityPenalty(6, 0)).toBe(0);
  });

  test('refuses a hypothesis without references', () => {
    expect(() => M.sentenceBleu([], ['a'])).toThrow('sentenceBleu: references must contain at least one token list');
    expect(() => M.corpusBleu([{ references: [], hypothesis: ['a'] }])).toThrow('corpusBleu: item 0 has no reference');
    expect(() => M.sentenceBleu(ref, ['a'], { weights: [] })).toThrow('sentenceBleu: weights must not be empty');
  });
});

describe('exact summation', () => {
  test('fsum rounds the exact sum correctly where a running sum drifts', () => {
    expect(M.fsum(new Array<number>(10).fill(0.1))).toBe(1);
    expect(M.fsum([1e100, 1, -1e100])).toBe(1);
    expect(M.fsum([1, 1e100, 1, -1e100])).toBe(2);
    // Exact value of the doubles 0.1 + 0.2 + 0.3 − 0.6 is 2^-55.
    expect(M.fsum([0.1, 0.2, 0.3, -0.6])).toBe(2 ** -55);
    expect(M.fsum([])).toBe(0);
  });

  test('pairwiseSum is a plain sum below eight elements', () => {
    expect(M.pairwiseSum([0.1, 0.2, 0.3])).toBe(0.1 + 0.2 + 0.3);
    expect(M.numpyMean([])).toBeNaN();
  });
});

describe('perplexity', () => {
  test('is 1/p for one token and 2^H for entropy H in bits', () => {
    expect(M.perplexity([0.25])).toBe(4);
    expect(M.crossEntropy([0.5, 0.25], 'bits')).toBe(1.5);
    expect(M.perplexityFromLogProbs([-1, -2, -3], '2')).toBe(4);
    expect(M.perplexityReport([]).validInput).toBe(false);
    expect(M.perplexityReport([1.5]).problem).toBe('probs[0] = 1.5 is not a probability in [0, 1]');
  });
});
