// Hand-checkable cases and invariants for the metric functions the calculators show besides the
// headline scores (the reference-vector checks are in calculator-metrics-vectors.test.ts).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as M from '../../../src/lib/metrics/index.ts';
import { expectClose } from '../helpers/close.ts';

const params = { seed: 20240611, numRuns: 200 };

describe('confusionAtThreshold', () => {
  const y = [0, 0, 1, 1, 1];
  const s = [0.1, 0.4, 0.35, 0.8, 0.4];
  test('predicts positive when score ≥ threshold, ties included', () => {
    // ≥ 0.4: 0.4 (negative), 0.8 and 0.4 (positives).
    expect(M.confusionAtThreshold(y, s, 0.4)).toEqual({ tp: 2, fp: 1, fn: 1, tn: 1 });
    expect(M.confusionAtThreshold(y, s, 0.35)).toEqual({ tp: 3, fp: 1, fn: 0, tn: 1 });
    expect(M.confusionAtThreshold(y, s, 0.81)).toEqual({ tp: 0, fp: 0, fn: 3, tn: 2 });
    expect(M.confusionAtThreshold(y, s, Number.NEGATIVE_INFINITY)).toEqual({ tp: 3, fp: 2, fn: 0, tn: 0 });
  });

  test('refuses what rocCurve refuses, and a NaN threshold', () => {
    expect(() => M.confusionAtThreshold([0, 1], [0.5], 0.5)).toThrow(
      'confusionAtThreshold: y_true and y_score have different lengths (2 and 1)',
    );
    expect(() => M.confusionAtThreshold([0, 2], [0.5, 0.6], 0.5)).toThrow(
      'confusionAtThreshold: y_true[1] must be 0 or 1',
    );
    expect(() => M.confusionAtThreshold(y, s, Number.NaN)).toThrow('confusionAtThreshold: threshold must be a number');
  });
});

describe('BLEU precision values', () => {
  const ref = [['the', 'cat', 'is', 'on', 'the', 'mat']];
  test('are count / denominator, and the smoothing stand-in where a count is 0', () => {
    // "the cat": p1 = 2/2, p2 = 1/1, p3 = 0/1, p4 = 0/1 (nltk divides by at least 1).
    const plain = M.sentenceBleu(ref, ['the', 'cat']);
    expect(plain.precisionValues).toEqual([1, 1, 0, 0]);
    expect(plain.smoothedPrecisionValues).toEqual([1, 1, M.DBL_MIN, M.DBL_MIN]);
    const smooth = M.sentenceBleu(ref, ['the', 'cat'], { smoothing: 'method1', epsilon: 0.2 });
    expect(smooth.smoothedPrecisionValues).toEqual([1, 1, 0.2, 0.2]);
    // "the the cat sat": p2 = 1/3 ("the cat"), p3 = 0/2 → ε / 2.
    const three = M.sentenceBleu(ref, ['the', 'the', 'cat', 'sat'], { smoothing: 'method1' });
    expect(three.precisionValues).toEqual([3 / 4, 1 / 3, 0, 0]);
    expect(three.smoothedPrecisionValues).toEqual([3 / 4, 1 / 3, 0.1 / 2, 0.1 / 1]);
  });

  test('are not smoothed when no unigram matches (BLEU is 0 at once)', () => {
    const r = M.sentenceBleu(ref, ['a', 'dog'], { smoothing: 'method1' });
    expect(r.precisionValues).toEqual([0, 0, 0, 0]);
    expect(r.smoothedPrecisionValues).toBeNull();
    expect(r.bleu).toBe(0);
  });

  test('are summed over items in corpus BLEU; an empty corpus is refused (nltk: 0 / 0)', () => {
    const items = [
      { references: ref, hypothesis: ['the', 'cat'] },
      { references: ref, hypothesis: ['on', 'the', 'mat'] },
    ];
    // Unigrams 5/5; bigrams "the cat", "on the", "the mat" 3/3; trigrams "on the mat" 1/(1 + 1).
    expect(M.corpusBleu(items).precisionValues).toEqual([1, 1, 1 / 2, 0]);
    expect(() => M.corpusBleu([])).toThrow('corpusBleu: the corpus is empty');
  });
});

describe('log-probabilities', () => {
  test('convert between bases, units and probabilities', () => {
    expect(M.crossEntropyFromLogProbs([-1, -2], '2', 'bits')).toBe(1.5);
    expect(M.crossEntropyFromLogProbs([-1, -2], '2', 'nats')).toBe(1.5 * Math.LN2);
    expect(M.crossEntropyFromLogProbs([-Math.LN2, -Math.LN2], 'e', 'bits')).toBe(1);
    expect(M.crossEntropyFromLogProbs([-3])).toBe(3);
    expect(M.crossEntropyFromLogProbs([-1, Number.NEGATIVE_INFINITY])).toBe(Number.POSITIVE_INFINITY);
    expect(M.crossEntropyFromLogProbs([])).toBeNaN();
    expect(M.probsFromLogProbs([-1, -2, Number.NEGATIVE_INFINITY], '2')).toEqual([0.5, 0.25, 0]);
    expect(M.probsFromLogProbs([0, -Math.LN2])).toEqual([1, 0.5]);
    expect(M.surprisalsFromLogProbs([-1, -2], '2')).toEqual([Math.LN2, 2 * Math.LN2]);
    expect(M.surprisalsFromLogProbs([-1.5])).toEqual([1.5]);
    expect(M.surprisals([0.5, 0.25, 0])).toEqual([Math.LN2, 2 * Math.LN2, Number.POSITIVE_INFINITY]);
  });

  test('logProbReport mirrors perplexityReport', () => {
    const r = M.logProbReport([-1, -1, -1], '2');
    expect(r).toEqual({
      perplexity: 2,
      geometricMeanProbability: 0.5,
      meanNllNats: Math.LN2,
      meanNllBits: 1,
      validInput: true,
      problem: null,
    });
    expect(M.logProbReport([0.5]).problem).toBe('logprobs[0] = 0.5 is not a log-probability (must be <= 0)');
    expect(M.perplexityReport([0.25, 0.25]).geometricMeanProbability).toBe(0.25);
    expect(M.perplexityReport([0.5, 0]).geometricMeanProbability).toBe(0);
  });

  test('refuse an unknown base or unit', () => {
    const bad = '10' as unknown as 'e';
    expect(() => M.crossEntropyFromLogProbs([-1], bad)).toThrow('crossEntropyFromLogProbs: base must be "e" or "2"');
    expect(() => M.crossEntropyFromLogProbs([-1], 'e', 'hartleys' as unknown as 'bits')).toThrow(
      'crossEntropyFromLogProbs: unit must be "nats" or "bits"',
    );
    expect(() => M.probsFromLogProbs([-1], bad)).toThrow('probsFromLogProbs: base must be "e" or "2"');
    expect(() => M.surprisalsFromLogProbs([-1], bad)).toThrow('surprisalsFromLogProbs: base must be "e" or "2"');
  });
});

describe('logitsFromProbs', () => {
  test('takes the natural log, with −∞ for 0, and softmax brings back p / Σp', () => {
    expect(M.logitsFromProbs([1, 0.5, 0])).toEqual([0, Math.log(0.5), Number.NEGATIVE_INFINITY]);
    const back = M.softmax(M.logitsFromProbs([2, 1, 1, 0]));
    [0.5, 0.25, 0.25, 0].forEach((p, i) => expectClose(back[i]!, p, `softmax[${i}]`));
  });

  test('refuses negative or non-finite values', () => {
    expect(() => M.logitsFromProbs([0.5, -0.1])).toThrow('logitsFromProbs: probs[1] must be a finite number >= 0');
    expect(() => M.logitsFromProbs([Number.NaN])).toThrow('logitsFromProbs: probs[0] must be a finite number >= 0');
  });
});

describe('regression parts', () => {
  test('sums of squares, RMSE / MAE and the largest error of a small example', () => {
    // Errors 0, 0, 1; mean of y = 2, so SS_tot = 1 + 0 + 1.
    expect(M.sumsOfSquares([1, 2, 3], [1, 2, 4])).toEqual({ residual: 1, total: 2 });
    expect(M.sumsOfSquares([5], [7])).toEqual({ residual: 4, total: 0 });
    // Errors 0 and 2: MAE 1, RMSE √2.
    expect(M.rmseMaeRatio([0, 0], [0, 2])).toEqual({ ratio: Math.SQRT2, excess: Math.SQRT2 - 1 });
    // Errors of equal size: RMSE = MAE.
    expect(M.rmseMaeRatio([0, 0], [3, -3])).toEqual({ ratio: 1, excess: 0 });
    expect(M.rmseMaeRatio([1, 2], [1, 2])).toBeNull();
    expect(M.largestAbsoluteError([1, 2, 3, 4], [1, 5, 0, 4])).toBe(1);
    expect(M.largestAbsoluteError([1, 2, 3], [0, 3, 2])).toBe(0);
  });

  test('MAPE denominators floor |y| at ε and say where', () => {
    expect(M.mapeDenominators([-4, 0, 1e-20, 0.5])).toEqual({
      denominators: [4, M.MAPE_EPSILON, M.MAPE_EPSILON, 0.5],
      floored: [1, 2],
    });
    expect(() => M.mapeDenominators([])).toThrow('mapeDenominators: y_true is empty');
    expect(() => M.mapeDenominators([1, Number.NaN])).toThrow('mapeDenominators: y_true[1] is not a finite number');
  });

  test('refuse what the regression metrics refuse, naming themselves', () => {
    expect(() => M.sumsOfSquares([1], [1, 2])).toThrow('sumsOfSquares: y_true and y_pred have different lengths');
    expect(() => M.rmseMaeRatio([], [])).toThrow('rmseMaeRatio: y_true and y_pred are empty');
    expect(() => M.largestAbsoluteError([1], [Number.POSITIVE_INFINITY])).toThrow(
      'largestAbsoluteError: y_pred[0] is not a finite number',
    );
  });

  test('the largest error is the first maximal |y − ŷ| and RMSE / MAE is at least 1', () => {
    const value = fc.integer({ min: -1000, max: 1000 }).map((x) => x / 8);
    const pairs = fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(pairs, (xs) => {
        const y = xs.map(([a]) => a);
        const p = xs.map(([, b]) => b);
        const errors = xs.map(([a, b]) => Math.abs(a - b));
        expect(M.largestAbsoluteError(y, p)).toBe(errors.indexOf(Math.max(...errors)));
        const cmp = M.rmseMaeRatio(y, p);
        if (errors.every((e) => e === 0)) expect(cmp).toBeNull();
        else expect(cmp!.ratio).toBeGreaterThan(1 - 1e-12);
      }),
      params,
    );
  });
});

describe('rougeNMatches', () => {
  const tokens = (text: string) => text.split(' ');
  test('marks each matched occurrence once, left to right, on both sides', () => {
    const m = M.rougeNMatches(tokens('the the the'), tokens('the the the the the'), 1);
    expect(m.overlap).toBe(3);
    expect(m.candidateMarked).toEqual([true, true, true, false, false]);
    expect(m.referenceMarked).toEqual([true, true, true]);
    expect([...m.grams]).toEqual([['the', 3]]);
  });

  test('lists matched bigrams in candidate order', () => {
    const m = M.rougeNMatches(tokens('the apple fell from the tree'), tokens('an apple fell from the old tree'), 2);
    expect(m).toMatchObject({ n: 2, overlap: 3, candidateGrams: 6, referenceGrams: 5 });
    expect([...m.grams.keys()]).toEqual(['apple fell', 'fell from', 'from the']);
    expect(m.candidateMarked).toEqual([false, true, true, true, true, false, false]);
    expect(m.referenceMarked).toEqual([false, true, true, true, true, false]);
  });

  test('has no n-grams in a list shorter than n, and refuses n < 1', () => {
    const m = M.rougeNMatches(['a'], ['a', 'b'], 3);
    expect(m).toMatchObject({ overlap: 0, candidateGrams: 0, referenceGrams: 0 });
    expect(m.candidateMarked).toEqual([false, false]);
    expect(() => M.rougeNMatches(['a'], ['a'], 0)).toThrow('rougeNMatches: n must be an integer >= 1 (got 0)');
  });

  test('overlap is Σ min(count_ref, count_cand), and every marked token lies in a matched n-gram', () => {
    const words = (max: number) => fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: max });
    fc.assert(
      fc.property(words(20), words(20), fc.integer({ min: 1, max: 4 }), (ref, cand, n) => {
        const grams = (xs: string[]) =>
          xs.slice(0, Math.max(xs.length - n + 1, 0)).map((_, i) => xs.slice(i, i + n).join(' '));
        const count = (xs: string[], g: string) => xs.filter((x) => x === g).length;
        const r = grams(ref);
        const c = grams(cand);
        const overlap = [...new Set(r)].reduce((sum, g) => sum + Math.min(count(r, g), count(c, g)), 0);
        const m = M.rougeNMatches(ref, cand, n);
        expect(m.overlap).toBe(overlap);
        expect([...m.grams.values()].reduce((a, b) => a + b, 0)).toBe(overlap);
        const covered = cand.map((_, k) => c.some((g, i) => i <= k && k < i + n && r.includes(g)));
        m.candidateMarked.forEach((on, k) => expect(!on || covered[k]).toBe(true));
      }),
      params,
    );
  });

  test('keeps n-grams apart whose tokens contain separators', () => {
    const vocabulary = new Map<string, number>();
    expect(M.ngramKeys(['a b', 'c'], 2, vocabulary)).toEqual(['0,1']);
    expect(M.ngramKeys(['a', 'b c', 'a b'], 2, vocabulary)).toEqual(['2,3', '3,0']);
    // Both read "a b c" when joined with spaces, yet they are different bigrams.
    expect(M.rougeNMatches(['a b', 'c'], ['a', 'b c'], 2).overlap).toBe(0);
  });
});

describe('planning', () => {
  test('splitShares gives total × pct / 100 before rounding', () => {
    expect(M.splitShares(1001, { trainPct: 70, validationPct: 15, testPct: 15 })).toEqual({
      train: 700.7,
      validation: 150.15,
      test: 150.15,
    });
    expect(M.splitShares(0, { trainPct: 80, validationPct: 10, testPct: 10 })).toEqual({
      train: 0,
      validation: 0,
      test: 0,
    });
    expect(() => M.splitShares(10, { trainPct: 50, validationPct: 20, testPct: 20 })).toThrow(
      'splitShares: percentages must add up to 100 (got 90)',
    );
  });

  test('dataSplit rounds each share to one of its two neighboring integers', () => {
    const pct = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).map(([a, b]) => {
      const validationPct = Math.min(b, 100 - a);
      return { trainPct: a, validationPct, testPct: 100 - a - validationPct };
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), pct, (total, p) => {
        const shares = M.splitShares(total, p);
        const counts = M.dataSplit(total, p);
        for (const key of ['train', 'validation', 'test'] as const) {
          expect(counts[key]).toBeGreaterThanOrEqual(Math.floor(shares[key]));
          expect(counts[key]).toBeLessThanOrEqual(Math.ceil(shares[key]));
        }
      }),
      params,
    );
  });

  test('tokenCost splits the per-request cost into its input and output parts', () => {
    const base = {
      inputTokens: 2000,
      outputTokens: 500,
      requests: 10,
      inputPricePer1k: 0.003,
      outputPricePer1k: 0.015,
    };
    const c = M.tokenCost(base);
    expectClose(c.inputPerRequest, 0.006, 'input part');
    expectClose(c.outputPerRequest, 0.0075, 'output part');
    expect(c.perRequest).toBe(c.inputPerRequest + c.outputPerRequest);
  });

  test('tokenCost takes the batch discount as a percentage too', () => {
    const base = { inputTokens: 1000, outputTokens: 0, requests: 4, inputPricePer1k: 2, outputPricePer1k: 1 };
    expect(M.tokenCost({ ...base, batchDiscountPercent: 25 })).toMatchObject({ onDemand: 8, batch: 6, savings: 2 });
    expect(M.tokenCost({ ...base, batchDiscountPercent: 0 }).batch).toBe(8);
    expect(() => M.tokenCost({ ...base, batchDiscountPercent: 150 })).toThrow(
      'tokenCost: batchDiscountPercent must be in [0, 100] (got 150)',
    );
    expect(() => M.tokenCost({ ...base, batchDiscount: 0.5, batchDiscountPercent: 50 })).toThrow(
      'tokenCost: give batchDiscount or batchDiscountPercent, not both',
    );
  });
});
