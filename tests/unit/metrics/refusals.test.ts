// What each metric says when it refuses its input. The library's contract (errors.ts) is one MetricError
// whose message names the function and then the rule broken, with the offending entry and value, so a
// caller can show it as is. The vector suites only check that the function name comes first; these
// tests pin which message each bad input gets, and that the edge of each rule (−1 and 1 for a cosine, 0
// for a count) is still accepted.
import { describe, expect, test } from 'vitest';
import * as M from '../../../src/lib/metrics/index.ts';
import { refusal } from './refusal.ts';
import { topK, topP } from '../../../src/lib/metrics/sampling-filters.ts';
import { logitsFromProbs, sampleDistribution, softmax } from '../../../src/lib/metrics/sampling.ts';
import { dataSplit, splitShares, tokenCost } from '../../../src/lib/metrics/planning.ts';
import {
  crossEntropy,
  logProbProblem,
  perplexityFromLogProbs,
  probabilityProblem,
} from '../../../src/lib/metrics/perplexity.ts';
import { bertScoreFromSimilarity } from '../../../src/lib/metrics/bert-score.ts';

/** Lets a test pass what TypeScript callers cannot, as plain JavaScript (or a JSON value) can. */
const untyped = <T>(value: unknown): T => value as T;

describe('MetricError', () => {
  test('is an Error named MetricError that keeps the function name apart', () => {
    let caught: unknown;
    try {
      M.accuracy({ tp: -1, fp: 0, fn: 0, tn: 0 });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).name).toBe('MetricError');
    expect((caught as M.MetricError).functionName).toBe('accuracy');
  });
});

describe('top-k and top-p filters', () => {
  test('refuse an empty list or a probability outside [0, 1], naming the entry', () => {
    expect(refusal(() => topK([], 1))).toBe('topK: probs must not be empty');
    expect(refusal(() => topP([], 0.5))).toBe('topP: probs must not be empty');
    expect(refusal(() => topK([0.5, 1.5], 1))).toBe('topK: probs[1] must be in [0, 1] (got 1.5)');
    expect(refusal(() => topP([0.5, 0.6, -0.1], 0.5))).toBe('topP: probs[2] must be in [0, 1] (got -0.1)');
  });

  test('accept 0 and 1 as probabilities', () => {
    expect(topK([0, 1], 1).kept).toEqual([1]);
    expect(topP([1, 0], 0.5).kept).toEqual([0]);
  });

  test('refuse a k that is negative or not whole, and a p outside [0, 1]', () => {
    expect(refusal(() => topK([0.5, 0.5], -1))).toBe('topK: top_k must be an integer >= 0 (got -1)');
    expect(refusal(() => topK([0.5, 0.5], 1.5))).toBe('topK: top_k must be an integer >= 0 (got 1.5)');
    expect(refusal(() => topP([0.5, 0.5], -0.1))).toBe('topP: top_p must be in [0, 1] (got -0.1)');
    expect(refusal(() => topP([0.5, 0.5], 1.1))).toBe('topP: top_p must be in [0, 1] (got 1.1)');
  });

  test('list the kept tokens in ascending order whatever order the candidates come in', () => {
    expect(topK([0.2, 0.3, 0.5], 0, [2, 0, 1]).kept).toEqual([0, 1, 2]);
    expect(topK([0.2, 0.3, 0.5], 5, [2, 0]).kept).toEqual([0, 2]);
    expect(topK([0.2, 0.3, 0.5], 2, [2, 0, 1]).kept).toEqual([1, 2]);
  });

  test('break a tie at the boundary in favor of the lower index, whatever the candidates order', () => {
    expect(topK([0.25, 0.25, 0.25, 0.25], 2).kept).toEqual([0, 1]);
    expect(topK([0.1, 0.3, 0.3, 0.3], 1).kept).toEqual([1]);
    expect(topK([0.1, 0.3, 0.3, 0.3], 1, [3, 2, 1, 0]).kept).toEqual([1]);
    expect(topP([0.1, 0.3, 0.3, 0.3], 0.5).kept).toEqual([1, 2]);
  });
});

describe('softmax, logitsFromProbs and sampleDistribution', () => {
  test('refuse empty, NaN and +Infinity logits, naming the entry', () => {
    expect(refusal(() => softmax([]))).toBe('softmax: logits must not be empty');
    expect(refusal(() => softmax([1, Number.NaN]))).toBe('softmax: logits[1] must be a number or -Infinity (got NaN)');
    expect(refusal(() => softmax([1, 2, Number.POSITIVE_INFINITY]))).toBe(
      'softmax: logits[2] must be a number or -Infinity (got Infinity)',
    );
    expect(refusal(() => sampleDistribution([]))).toBe('sampleDistribution: logits must not be empty');
  });

  test('check the logits on the greedy path too (T = 0 never reaches softmax)', () => {
    expect(refusal(() => sampleDistribution([Number.NaN, 1], { temperature: 0 }))).toBe(
      'sampleDistribution: logits[0] must be a number or -Infinity (got NaN)',
    );
  });

  test('say when logits / temperature overflows, under the name of the function called', () => {
    expect(refusal(() => softmax([1e308, 0], 1e-10))).toBe(
      'softmax: logits / temperature overflows; use a larger temperature',
    );
    expect(refusal(() => sampleDistribution([1e308, 0], { temperature: 1e-10 }))).toBe(
      'sampleDistribution: logits / temperature overflows; use a larger temperature',
    );
  });

  test('refuse a top_p below 0', () => {
    expect(refusal(() => sampleDistribution([1, 2], { topP: -0.1 }))).toBe(
      'sampleDistribution: top_p must be in [0, 1] (got -0.1)',
    );
  });

  test('logitsFromProbs refuses a negative or non-finite weight, naming it', () => {
    expect(refusal(() => logitsFromProbs([0.5, -0.5]))).toBe(
      'logitsFromProbs: probs[1] must be a finite number >= 0 (got -0.5)',
    );
    expect(refusal(() => logitsFromProbs([Number.POSITIVE_INFINITY]))).toBe(
      'logitsFromProbs: probs[0] must be a finite number >= 0 (got Infinity)',
    );
  });
});

describe('sacreBLEU', () => {
  test('sacreComputeBleu refuses negative or non-numeric statistics, naming them', () => {
    const ok = [1, 1, 1, 1];
    expect(refusal(() => M.sacreComputeBleu([1, 2, 3, -1], [4, 4, 4, 4], 4, 4))).toBe(
      'sacreComputeBleu: counts[3] must be a finite number ≥ 0',
    );
    expect(refusal(() => M.sacreComputeBleu(ok, [4, Number.NaN, 4, 4], 4, 4))).toBe(
      'sacreComputeBleu: totals[1] must be a finite number ≥ 0',
    );
    expect(refusal(() => M.sacreComputeBleu(untyped(['1', 1, 1, 1]), [4, 4, 4, 4], 4, 4))).toBe(
      'sacreComputeBleu: counts[0] must be a finite number ≥ 0',
    );
    expect(refusal(() => M.sacreComputeBleu(ok, [4, 4, Number.POSITIVE_INFINITY, 4], 4, 4))).toBe(
      'sacreComputeBleu: totals[2] must be a finite number ≥ 0',
    );
    expect(refusal(() => M.sacreComputeBleu(ok, untyped('4444'), 4, 4))).toBe(
      'sacreComputeBleu: totals must be an array',
    );
    expect(refusal(() => M.sacreComputeBleu(ok, ok, -1, 4))).toBe(
      'sacreComputeBleu: sysLen must be a finite number ≥ 0',
    );
    expect(refusal(() => M.sacreComputeBleu(ok, ok, 4, Number.POSITIVE_INFINITY))).toBe(
      'sacreComputeBleu: refLen must be a finite number ≥ 0',
    );
    expect(refusal(() => M.sacreComputeBleu(ok, ok, untyped('4'), 4))).toBe(
      'sacreComputeBleu: sysLen must be a finite number ≥ 0',
    );
    expect(M.sacreComputeBleu([0, 0, 0, 0], [0, 0, 0, 0], 0, 0).score).toBe(0);
    // Brevity penalty 1 when nothing is short (sysLen = refLen = 0), as sacreBLEU's `sys_len < ref_len` test.
    expect(M.sacreComputeBleu([0, 0, 0, 0], [0, 0, 0, 0], 0, 0).bp).toBe(1);
    expect(M.sacreComputeBleu([1, 1, 1, 1], [1, 1, 1, 1], 0, 0).score).toBeCloseTo(100, 12);
  });

  test('refuse options that are not an object, and a smoothValue that is not a finite number', () => {
    expect(refusal(() => M.sacreSentenceBleu('a', ['a'], untyped(null)))).toBe(
      'sacreSentenceBleu: options must be an object',
    );
    expect(refusal(() => M.sacreCorpusBleu(['a'], [['a']], untyped('13a')))).toBe(
      'sacreCorpusBleu: options must be an object',
    );
    expect(refusal(() => M.sacreSentenceBleu('a', ['a'], { smoothMethod: 'floor', smoothValue: Infinity }))).toBe(
      'sacreSentenceBleu: smoothValue must be a finite number ≥ 0 (got Infinity)',
    );
  });

  test('sacreComputeBleu defaults to compute_bleu’s own: no effective order, so an order with no n-grams gives 0', () => {
    // Two tokens, both matched: p1 = p2 = 100 %, no 3-grams; over four orders ln 0 makes the score 0.
    expect(M.sacreComputeBleu([2, 1, 0, 0], [2, 1, 0, 0], 2, 2).score).toBe(0);
    expect(M.sacreComputeBleu([2, 1, 0, 0], [2, 1, 0, 0], 2, 2, { useEffectiveOrder: true }).score).toBeCloseTo(
      100,
      12,
    );
  });

  test('add-k smooths orders 2 and up only: a zero unigram count still gives 0', () => {
    const r = M.sacreComputeBleu([0, 1, 1, 1], [2, 2, 2, 2], 2, 2, { smoothMethod: 'add-k' });
    expect(r.precisions[0]).toBe(0);
    expect(r.score).toBe(0);
  });

  test('refuse inputs that are not strings or arrays of strings, naming the entry', () => {
    expect(refusal(() => M.sacreSentenceBleu('a', untyped('a')))).toBe(
      'sacreSentenceBleu: references must be an array of strings',
    );
    expect(refusal(() => M.sacreCorpusBleu(untyped('a'), [['a']]))).toBe(
      'sacreCorpusBleu: hypotheses must be an array of strings',
    );
    expect(refusal(() => M.sacreCorpusBleu(['a', untyped(7)], [['a', 'b']]))).toBe(
      'sacreCorpusBleu: hypotheses[1] is not a string',
    );
    expect(refusal(() => M.sacreCorpusBleu(['a'], untyped('a')))).toBe(
      'sacreCorpusBleu: referenceStreams must be an array of string arrays',
    );
    expect(refusal(() => M.sacreCorpusBleu(['a'], [['a'], untyped('a')]))).toBe(
      'sacreCorpusBleu: referenceStreams[1] is not an array',
    );
    expect(
      refusal(() =>
        M.sacreCorpusBleu(
          ['a', 'b'],
          [
            ['a', 'b'],
            ['a', untyped(null)],
          ],
        ),
      ),
    ).toBe('sacreCorpusBleu: referenceStreams[1][1] is not a string');
    expect(refusal(() => M.sacreSentenceBleu('a', ['a'], { lowercase: untyped('yes') }))).toBe(
      'sacreSentenceBleu: lowercase must be a boolean',
    );
  });

  test('lowercase folds case as Python str.lower does: ß stays ß, so "straße" does not match "STRASSE"', () => {
    expect(M.sacreSentenceBleu('straße', ['STRASSE'], { lowercase: true }).score).toBe(0);
    expect(M.sacreSentenceBleu('Straße', ['STRAßE'], { lowercase: true }).score).toBeCloseTo(100, 12);
  });

  test('clips each n-gram to its largest count in any one reference, not in the last one', () => {
    // "a a" against "a a" and "a": both unigrams match (the first reference has two), so p1 = 100 %.
    const r = M.sacreSentenceBleu('a a', ['a a', 'a']);
    expect(r.counts.slice(0, 1)).toEqual([2]);
    expect(M.sacreSentenceBleu('a a', ['a', 'a a']).counts.slice(0, 1)).toEqual([2]);
  });

  test('corpus BLEU does not use effective order by default: a 2-token corpus has no 3-grams and scores 0', () => {
    expect(M.sacreCorpusBleu(['a b'], [['a b']]).score).toBe(0);
    expect(M.sacreCorpusBleu(['a b'], [['a b']], { useEffectiveOrder: true }).score).toBeCloseTo(100, 12);
  });
});

describe('BERTScore from a similarity matrix', () => {
  test('refuses a matrix without columns and a cosine outside [-1, 1], naming the entry', () => {
    expect(refusal(() => bertScoreFromSimilarity([[]]))).toBe(
      'bertScoreFromSimilarity: the similarity matrix has no columns (no candidate tokens)',
    );
    expect(refusal(() => bertScoreFromSimilarity([[0.5, 1.5]]))).toBe(
      'bertScoreFromSimilarity: similarity[0][1] must be a cosine similarity in [-1, 1] (got 1.5)',
    );
    expect(refusal(() => bertScoreFromSimilarity([[0.5], [-1.01]]))).toBe(
      'bertScoreFromSimilarity: similarity[1][0] must be a cosine similarity in [-1, 1] (got -1.01)',
    );
    expect(refusal(() => bertScoreFromSimilarity([[Number.NaN]]))).toBe(
      'bertScoreFromSimilarity: similarity[0][0] must be a cosine similarity in [-1, 1] (got NaN)',
    );
  });

  test('accepts the ends -1 and 1', () => {
    expect(bertScoreFromSimilarity([[-1]])).toEqual({ precision: -1, recall: -1, f1: -1 });
    expect(bertScoreFromSimilarity([[1]])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  test('gives F1 = 0, not NaN, when precision and recall are both 0', () => {
    expect(bertScoreFromSimilarity([[0]]).f1).toBe(0);
  });
});

describe('nltk BLEU counts', () => {
  test('refuse an empty reference list', () => {
    expect(refusal(() => M.modifiedPrecision([], ['a'], 1))).toBe(
      'modifiedPrecision: references must contain at least one token list',
    );
    expect(refusal(() => M.closestRefLength([], 3))).toBe(
      'closestRefLength: references must contain at least one token list',
    );
  });

  test('closestRefLength gives a tie to the shorter reference, whichever comes first', () => {
    const five = ['a', 'b', 'c', 'd', 'e'];
    const three = ['a', 'b', 'c'];
    expect(M.closestRefLength([five, three], 4)).toBe(3);
    expect(M.closestRefLength([three, five], 4)).toBe(3);
  });

  test('brevityPenalty refuses negative or fractional lengths and is 0 for an empty hypothesis', () => {
    expect(refusal(() => M.brevityPenalty(-1, 3))).toBe(
      'brevityPenalty: lengths must be non-negative integers (got -1)',
    );
    expect(refusal(() => M.brevityPenalty(3, 2.5))).toBe(
      'brevityPenalty: lengths must be non-negative integers (got 2.5)',
    );
    expect(M.brevityPenalty(0, 0)).toBe(0);
    expect(M.brevityPenalty(4, 0)).toBe(0);
  });
});

describe('planning calculators', () => {
  const even = { trainPct: 50, validationPct: 25, testPct: 25 };

  test('a split refuses a negative total and names the percentage that is wrong', () => {
    expect(refusal(() => dataSplit(-1, even))).toBe('dataSplit: total must be a non-negative integer (got -1)');
    expect(refusal(() => splitShares(-1, even))).toBe('splitShares: total must be a non-negative integer (got -1)');
    expect(refusal(() => dataSplit(10, { trainPct: -1, validationPct: 1, testPct: 100 }))).toBe(
      'dataSplit: trainPct must be a finite number >= 0 (got -1)',
    );
    expect(refusal(() => dataSplit(10, { trainPct: 50, validationPct: 50, testPct: Number.NaN }))).toBe(
      'dataSplit: testPct must be a finite number >= 0 (got NaN)',
    );
  });

  test('a sample left over after equal remainders goes to train, then validation', () => {
    expect(dataSplit(1, { trainPct: 50, validationPct: 50, testPct: 0 })).toEqual({ train: 1, validation: 0, test: 0 });
    expect(dataSplit(1, { trainPct: 0, validationPct: 50, testPct: 50 })).toEqual({ train: 0, validation: 1, test: 0 });
    expect(dataSplit(2, { trainPct: 100 / 3, validationPct: 100 / 3, testPct: 100 / 3 })).toEqual({
      train: 1,
      validation: 1,
      test: 0,
    });
  });

  const workload = { inputTokens: 1000, outputTokens: 1000, inputPricePer1k: 1, outputPricePer1k: 1 };

  test('token cost refuses a negative discount or a request count that is negative or not whole', () => {
    expect(refusal(() => tokenCost({ ...workload, batchDiscountPercent: -5 }))).toBe(
      'tokenCost: batchDiscountPercent must be in [0, 100] (got -5)',
    );
    expect(refusal(() => tokenCost({ ...workload, batchDiscount: -0.1 }))).toBe(
      'tokenCost: batchDiscount must be a fraction in [0, 1] (got -0.1)',
    );
    expect(refusal(() => tokenCost({ ...workload, requests: 1.5 }))).toBe(
      'tokenCost: requests must be a non-negative integer (got 1.5)',
    );
    expect(refusal(() => tokenCost({ ...workload, requests: -1 }))).toBe(
      'tokenCost: requests must be a non-negative integer (got -1)',
    );
    expect(tokenCost({ ...workload, requests: 0, batchDiscountPercent: 0 }).onDemand).toBe(0);
  });
});

describe('perplexity', () => {
  test('says why an empty list has no perplexity', () => {
    expect(probabilityProblem([])).toBe('the list is empty (the mean of nothing is undefined)');
    expect(logProbProblem([])).toBe('the list is empty (the mean of nothing is undefined)');
  });

  test('uses nats and base e unless told otherwise, and refuses other units and bases', () => {
    expect(crossEntropy([0.5, 0.25])).toBeCloseTo(1.5 * Math.LN2, 15);
    expect(perplexityFromLogProbs([-1, -1])).toBeCloseTo(Math.E, 15);
    expect(refusal(() => crossEntropy([0.5], untyped('dits')))).toBe(
      'crossEntropy: unit must be "nats" or "bits" (got dits)',
    );
    expect(refusal(() => perplexityFromLogProbs([-1], untyped('10')))).toBe(
      'perplexityFromLogProbs: base must be "e" or "2" (got 10)',
    );
  });
});

describe('confusion-count ratios', () => {
  test('each function names itself and the count that is wrong', () => {
    const bad = { tp: 1, fp: 1, fn: 1, tn: -2 };
    expect(refusal(() => M.accuracy(bad))).toBe('accuracy: tn must be a non-negative integer (got -2)');
    expect(refusal(() => M.specificity(bad))).toBe('specificity: tn must be a non-negative integer (got -2)');
    expect(refusal(() => M.fBetaScore(bad, 2))).toBe('fBetaScore: tn must be a non-negative integer (got -2)');
    expect(refusal(() => M.f1Score(bad))).toBe('f1Score: tn must be a non-negative integer (got -2)');
  });

  test('f1FromPrecisionRecall takes values in [0, 1], both ends included', () => {
    expect(refusal(() => M.f1FromPrecisionRecall(-0.1, 0.5))).toBe(
      'f1FromPrecisionRecall: precision must be in [0, 1] (got -0.1)',
    );
    expect(refusal(() => M.f1FromPrecisionRecall(0.5, Number.NaN))).toBe(
      'f1FromPrecisionRecall: recall must be in [0, 1] (got NaN)',
    );
    expect(M.f1FromPrecisionRecall(1, 1)).toBe(1);
    expect(M.f1FromPrecisionRecall(0, 0)).toBe(0);
    expect(M.f1FromPrecisionRecall(0.5, 0.5)).toBe(0.5);
    expect(M.f1FromPrecisionRecall(0.8, 0.5)).toBeCloseTo(0.8 / 1.3, 15);
  });
});

describe('classificationReport', () => {
  test('names the cell that is not a count', () => {
    expect(
      refusal(() =>
        M.classificationReport([
          [1, -1],
          [0, 1],
        ]),
      ),
    ).toBe('classificationReport: matrix[0][1] must be a non-negative integer count (got -1)');
    expect(
      refusal(() =>
        M.classificationReport([
          [1, 0],
          [0.5, 1],
        ]),
      ),
    ).toBe('classificationReport: matrix[1][0] must be a non-negative integer count (got 0.5)');
  });

  test('warns (zero_division "warn") when any one ratio is ill-defined, and only then', () => {
    const warns = (matrix: number[][]) => M.classificationReport(matrix).warningRaised;
    // A class never predicted (precision 0 / 0).
    expect(
      warns([
        [5, 0],
        [3, 0],
      ]),
    ).toBe(true);
    // A class predicted but never true (recall 0 / 0); every class has negatives.
    expect(
      warns([
        [5, 0, 1],
        [0, 5, 1],
        [0, 0, 0],
      ]),
    ).toBe(true);
    // One class only: no negatives (specificity 0 / 0).
    expect(warns([[5]])).toBe(true);
    expect(
      warns([
        [5, 1],
        [2, 4],
      ]),
    ).toBe(false);
  });
});

describe('ROC', () => {
  test('refuses empty lists and non-finite scores, and says why AUC needs both classes', () => {
    expect(refusal(() => M.rocCurve([], []))).toBe('rocCurve: y_true is empty');
    expect(refusal(() => M.rocCurve([0, 1], [0.1, Number.NaN]))).toBe(
      'rocCurve: y_score[1] is not a finite number (NaN)',
    );
    expect(refusal(() => M.rocAucScore([1, 1], [0.1, 0.2]))).toBe(
      'rocAucScore: only one class present in y_true; ROC AUC is not defined in that case',
    );
    expect(refusal(() => M.rocAucFraction([0, 0], [0.1, 0.2]))).toBe(
      'rocAucFraction: only one class present in y_true; ROC AUC is not defined in that case',
    );
  });

  test('warns, as scikit-learn does, which rate is meaningless when a class is missing', () => {
    expect(M.rocCurve([0, 0], [0.1, 0.2]).warning).toBe(
      'No positive samples in y_true, true positive value should be meaningless',
    );
    expect(M.rocCurve([1, 1], [0.1, 0.2]).warning).toBe(
      'No negative samples in y_true, false positive value should be meaningless',
    );
    expect(M.rocCurve([0, 1], [0.1, 0.2]).warning).toBeNull();
  });

  test('drops collinear points by default, and keeps them when asked', () => {
    // Four negatives below four positives: the curve is (0,0) → (0,1) → (1,1) with the points between
    // collinear; every distinct score is a threshold when nothing is dropped.
    const yTrue = [0, 0, 0, 0, 1, 1, 1, 1];
    const yScore = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
    expect(M.rocCurve(yTrue, yScore).tpr).toEqual([0, 0.25, 1, 1]);
    expect(M.rocCurve(yTrue, yScore, { dropIntermediate: true }).tpr).toEqual([0, 0.25, 1, 1]);
    expect(M.rocCurve(yTrue, yScore, { dropIntermediate: false }).tpr).toHaveLength(9);
  });

  test('the first threshold lies above every score: max + 1, or +Infinity where max + 1 rounds back to max', () => {
    expect(M.rocCurve([0, 1], [0.2, 0.8]).thresholds[0]).toBe(1.8);
    expect(M.rocCurve([0, 1], [0.2, 1e17]).thresholds[0]).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('regression helpers', () => {
  test('overflowingMetrics names itself when it refuses', () => {
    expect(refusal(() => M.overflowingMetrics([1], [1, 2]))).toBe(
      'overflowingMetrics: y_true and y_pred have different lengths (1 and 2)',
    );
  });

  test('MAPE marks an actual value as floored only below ε, where the floor changes the denominator', () => {
    expect(M.mapeDenominators([M.MAPE_EPSILON, -M.MAPE_EPSILON, 0]).floored).toEqual([2]);
    expect(M.mapeDenominators([M.MAPE_EPSILON / 2]).floored).toEqual([0]);
  });
});
