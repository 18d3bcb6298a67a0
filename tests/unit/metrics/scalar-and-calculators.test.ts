// Hand-derived textbook values for the functions that have no reference vectors.
import { describe, expect, test } from 'vitest';
import * as M from '../../../src/lib/metrics/index.ts';
import { expectClose } from '../helpers/close.ts';

const counts = { tp: 40, fp: 10, fn: 5, tn: 45 };

describe('count-based ratios', () => {
  test('compute the textbook ratios of a 2 × 2 matrix', () => {
    expect(M.accuracy(counts)).toBe(85 / 100);
    expect(M.precision(counts)).toBe(40 / 50);
    expect(M.recall(counts)).toBe(40 / 45);
    expect(M.specificity(counts)).toBe(45 / 55);
    expect(M.f1Score(counts)).toBe(80 / 95);
    // β = 2: 5·40 / (5·40 + 4·5 + 10) = 200 / 230.
    expect(M.fBetaScore(counts, 2)).toBe(200 / 230);
    expect(M.fBetaScore(counts, 1)).toBe(M.f1Score(counts));
  });

  test('return null where a denominator is 0', () => {
    const none = { tp: 0, fp: 0, fn: 0, tn: 7 };
    expect(M.precision(none)).toBeNull();
    expect(M.recall(none)).toBeNull();
    expect(M.f1Score(none)).toBeNull();
    expect(M.specificity(none)).toBe(1);
    expect(M.accuracy({ tp: 0, fp: 0, fn: 0, tn: 0 })).toBeNull();
  });

  test('reject negative or fractional counts and a non-positive beta', () => {
    expect(() => M.precision({ ...counts, fp: -1 })).toThrow('precision: fp must be a non-negative integer (got -1)');
    expect(() => M.recall({ ...counts, tp: 1.5 })).toThrow('recall: tp must be a non-negative integer (got 1.5)');
    expect(() => M.fBetaScore(counts, 0)).toThrow('fBetaScore: beta must be a finite number > 0 (got 0)');
  });

  test('f1FromPrecisionRecall is the harmonic mean and 0 when both are 0', () => {
    expect(M.f1FromPrecisionRecall(0.8, 0.5)).toBe(0.8 / 1.3);
    expect(M.f1FromPrecisionRecall(0, 0)).toBe(0);
    expect(() => M.f1FromPrecisionRecall(1.2, 0.5)).toThrow(
      'f1FromPrecisionRecall: precision must be in [0, 1] (got 1.2)',
    );
  });
});

describe('classificationReport', () => {
  test('computes the binary view of a textbook matrix', () => {
    // rows = truth: 50 TN, 10 FP, 5 FN, 35 TP.
    const r = M.classificationReport([
      [50, 10],
      [5, 35],
    ]);
    expect(r.accuracy).toBe(0.85);
    expect(r.binary).toEqual({
      precision: 35 / 45,
      recall: 35 / 40,
      f1: (2 * (35 / 45) * (35 / 40)) / (35 / 45 + 35 / 40),
      specificity: 50 / 60,
    });
    expect(r.perClass.support).toEqual([60, 40]);
    expect(r.warningRaised).toBe(false);
  });

  test('has no binary view unless the matrix is 2 × 2', () => {
    expect(M.classificationReport([[5]]).binary).toBeNull();
    const threeClasses = [
      [5, 1, 0],
      [1, 5, 1],
      [0, 1, 5],
    ];
    expect(M.classificationReport(threeClasses).binary).toBeNull();
    expect(M.classificationReport(threeClasses, { zeroDivision: 'nan' }).binary).toBeNull();
  });

  test('rejects a non-square matrix and an unknown zero_division', () => {
    expect(() => M.classificationReport([[1, 2], [3]])).toThrow(
      'classificationReport: the confusion matrix must be square (row 1 has 1 entries, expected 2)',
    );
    expect(() => M.classificationReport([[1]], { zeroDivision: 2 as unknown as 0 })).toThrow(
      'classificationReport: zeroDivision must be "warn", 0, 1 or "nan" (got 2)',
    );
    expect(() => M.classificationReport([])).toThrow(
      'classificationReport: the confusion matrix must have at least one row',
    );
  });
});

describe('regression', () => {
  // scikit-learn documentation example.
  const yTrue = [3, -0.5, 2, 7];
  const yPred = [2.5, 0, 2, 8];
  test('matches the scikit-learn documentation example', () => {
    expect(M.meanAbsoluteError(yTrue, yPred)).toBe(0.5);
    expect(M.meanSquaredError(yTrue, yPred)).toBe(0.375);
    expect(M.rootMeanSquaredError(yTrue, yPred)).toBe(Math.sqrt(0.375));
    // SS_res = 1.5, mean = 2.875, SS_tot = 29.1875.
    expectClose(M.r2Score(yTrue, yPred), 1 - 1.5 / 29.1875, 'r2');
    // (1/6 + 1 + 0 + 1/7) / 4
    expectClose(M.meanAbsolutePercentageError(yTrue, yPred), (1 / 6 + 1 + 1 / 7) / 4, 'mape');
  });

  test('name the function and the lengths when inputs differ', () => {
    expect(() => M.meanAbsoluteError([1, 2, 3], [1, 2, 3, 4])).toThrow(
      'meanAbsoluteError: y_true and y_pred have different lengths (3 and 4)',
    );
    expect(() => M.r2Score([], [])).toThrow('r2Score: y_true and y_pred are empty (at least 1 sample is required)');
    expect(() => M.meanSquaredError([1, Number.NaN], [1, 2])).toThrow(
      'meanSquaredError: y_true[1] is not a finite number (NaN)',
    );
  });
});

describe('bertScoreFromSimilarity', () => {
  test('takes row maxima for recall and column maxima for precision', () => {
    // 2 reference tokens × 3 candidate tokens: R = (0.9 + 0.8) / 2, P = (0.9 + 0.8 + 0.4) / 3.
    const r = M.bertScoreFromSimilarity([
      [0.9, 0.2, 0.1],
      [0.3, 0.8, 0.4],
    ]);
    expectClose(r.recall, 0.85, 'recall');
    expectClose(r.precision, 0.7, 'precision');
    expectClose(r.f1, (2 * 0.85 * 0.7) / 1.55, 'f1');
  });

  test('gives 1 for a perfect one-to-one match and rejects ragged input', () => {
    expect(
      M.bertScoreFromSimilarity([
        [1, 0],
        [0, 1],
      ]),
    ).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(() => M.bertScoreFromSimilarity([[1, 0], [0]])).toThrow(
      'bertScoreFromSimilarity: row 1 has 1 entries, expected 2',
    );
    expect(() => M.bertScoreFromSimilarity([])).toThrow(
      'bertScoreFromSimilarity: the similarity matrix has no rows (no reference tokens)',
    );
  });
});

describe('dataSplit', () => {
  test('hands leftover samples to the largest remainders', () => {
    // Quotas 700.7 / 150.15 / 150.15 → floors 700 / 150 / 150, one left → train.
    expect(M.dataSplit(1001, { trainPct: 70, validationPct: 15, testPct: 15 })).toEqual({
      train: 701,
      validation: 150,
      test: 150,
    });
    // Quotas 3.33 / 3.33 / 3.34 → the remaining sample goes to test.
    expect(M.dataSplit(10, { trainPct: 33.3, validationPct: 33.3, testPct: 33.4 })).toEqual({
      train: 3,
      validation: 3,
      test: 4,
    });
    // Equal remainders: train first, then validation.
    expect(M.dataSplit(2, { trainPct: 100 / 3, validationPct: 100 / 3, testPct: 100 / 3 })).toEqual({
      train: 1,
      validation: 1,
      test: 0,
    });
  });

  test('rejects percentages that do not add up to 100 or are negative', () => {
    expect(() => M.dataSplit(100, { trainPct: 70, validationPct: 10, testPct: 10 })).toThrow(
      'dataSplit: percentages must add up to 100 (got 90)',
    );
    expect(() => M.dataSplit(100, { trainPct: 110, validationPct: -10, testPct: 0 })).toThrow(
      'dataSplit: validationPct must be a finite number >= 0 (got -10)',
    );
    expect(() => M.dataSplit(2.5, { trainPct: 80, validationPct: 10, testPct: 10 })).toThrow(
      'dataSplit: total must be a non-negative integer (got 2.5)',
    );
  });
});

describe('tokenCost', () => {
  test('prices input and output tokens per thousand and applies the batch discount', () => {
    const c = M.tokenCost({
      inputTokens: 2000,
      outputTokens: 500,
      requests: 10,
      inputPricePer1k: 0.003,
      outputPricePer1k: 0.015,
    });
    expectClose(c.perRequest, 0.0135, 'perRequest');
    expectClose(c.onDemand, 0.135, 'onDemand');
    expectClose(c.batch, 0.0675, 'batch');
    expectClose(c.savings, 0.0675, 'savings');
  });

  test('rejects a discount outside [0, 1] and negative amounts', () => {
    const base = { inputTokens: 1, outputTokens: 1, inputPricePer1k: 1, outputPricePer1k: 1 };
    expect(() => M.tokenCost({ ...base, batchDiscount: 50 })).toThrow(
      'tokenCost: batchDiscount must be a fraction in [0, 1] (got 50)',
    );
    expect(() => M.tokenCost({ ...base, inputTokens: -5 })).toThrow(
      'tokenCost: inputTokens must be a finite number >= 0 (got -5)',
    );
  });
});

describe('seeded sampling', () => {
  test('mulberry32 repeats for a seed and stays in [0, 1)', () => {
    const a = M.mulberry32(42);
    const b = M.mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(M.mulberry32(43)()).not.toBe(xs[0]);
  });

  test('sampleToken follows the distribution over many seeds and never draws a zero', () => {
    const probs = [0.5, 0, 0.3, 0.2];
    const hits = [0, 0, 0, 0];
    for (let seed = 0; seed < 20000; seed++) hits[M.sampleToken(probs, seed)]! += 1;
    expect(hits[1]).toBe(0);
    // Fixed seeds make this deterministic; 0.02 is about 4.5 standard errors at n = 20,000.
    probs.forEach((p, i) => expect(Math.abs(hits[i]! / 20000 - p), `token ${i}`).toBeLessThan(0.02));
    expect(M.sampleToken([0, 1, 0], 7)).toBe(1);
    expect(() => M.sampleToken([0, 0], 1)).toThrow('sampleToken: probs must not all be 0');
  });
});

describe('top-k and top-p at their boundaries (CONVENTIONS.md §8)', () => {
  // Dyadic probabilities add up exactly in floating point, so these sums hit p exactly.
  const probs = [0.5, 0.25, 0.25];

  test('top-p stops at the first token whose cumulative sum is >= p, equality included', () => {
    expect(M.topP(probs, 0.75).kept).toEqual([0, 1]);
    expect(M.topP(probs, 0.75).probs).toEqual([2 / 3, 1 / 3, 0]);
    expect(M.topP(probs, 0.5).kept).toEqual([0]);
    expect(M.topP([0.25, 0.5, 0.25], 0.75).kept).toEqual([0, 1]);
  });

  test('top-p keeps one more token just above the boundary, and flags the tie it cuts', () => {
    expect(M.topP(probs, 0.75 + 2 ** -20).kept).toEqual([0, 1, 2]);
    expect(M.topP(probs, 0.75).boundaryTie).toBe(true);
    expect(M.topP(probs, 0.5).boundaryTie).toBe(false);
  });

  test('top-p keeps the top token at p = 0 and everything at p = 1', () => {
    expect(M.topP(probs, 0).kept).toEqual([0]);
    expect(M.topP(probs, 1).kept).toEqual([0, 1, 2]);
    expect(M.topP(probs, 1).boundaryTie).toBe(false);
  });

  test('top-k breaks a tie by the lower index and says so', () => {
    expect(M.topK([0.1, 0.2, 0.5, 0.2], 2)).toEqual({
      kept: [1, 2],
      probs: [0, 0.2 / 0.7, 0.5 / 0.7, 0],
      boundaryTie: true,
    });
    expect(M.topK([0.1, 0.2, 0.5, 0.2], 3).boundaryTie).toBe(false);
    expect(M.topK([0.1, 0.2, 0.5, 0.2], 0).kept).toEqual([0, 1, 2, 3]);
  });
});

describe('sampling errors', () => {
  test('name the offending option', () => {
    expect(() => M.sampleDistribution([1, 2], { temperature: -1 })).toThrow(
      'sampleDistribution: temperature must be a finite number >= 0 (got -1)',
    );
    expect(() => M.sampleDistribution([1, 2], { topK: -2 })).toThrow(
      'sampleDistribution: top_k must be an integer >= 0 (got -2)',
    );
    expect(() => M.sampleDistribution([1, 2], { topP: 1.5 })).toThrow(
      'sampleDistribution: top_p must be in [0, 1] (got 1.5)',
    );
    expect(() => M.softmax([1, 2], 0)).toThrow('softmax: temperature must be a finite number > 0 (got 0)');
    expect(() => M.sampleDistribution([Number.NEGATIVE_INFINITY])).toThrow(
      'sampleDistribution: at least one logit must be finite',
    );
  });
});
