// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// Scalar helpers for calculators that start from four counts. They return
// `null` rather than NaN when a denominator is 0, so the UI must decide what to
// show ("undefined") instead of silently printing NaN; the matrix-level report
// (classification.ts) applies scikit-learn's zero_division conventions instead.
import { check } from './errors.ts';

/** The four cells of a binary confusion matrix (positive class = the class of interest). */
export interface ConfusionCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
}

function validCounts(fnName: string, c: ConfusionCounts): void {
  for (const key of ['tp', 'fp', 'fn', 'tn'] as const) {
    const v = c[key];
    check(Number.isInteger(v) && v >= 0, fnName, `${key} must be a non-negative integer (got ${String(v)})`);
  }
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/**
 * Accuracy = (TP + TN) / (TP + FP + FN + TN).
 * Returns null when all counts are 0. Throws MetricError on negative or non-integer counts.
 * @example accuracy({ tp: 40, fp: 10, fn: 5, tn: 45 }) // 0.85
 */
export function accuracy(c: ConfusionCounts): number | null {
  validCounts('accuracy', c);
  return ratio(c.tp + c.tn, c.tp + c.fp + c.fn + c.tn);
}

/**
 * Precision (positive predictive value) = TP / (TP + FP).
 * Returns null when nothing was predicted positive. Throws MetricError on invalid counts.
 * @example precision({ tp: 40, fp: 10, fn: 5, tn: 45 }) // 0.8
 */
export function precision(c: ConfusionCounts): number | null {
  validCounts('precision', c);
  return ratio(c.tp, c.tp + c.fp);
}

/**
 * Recall (sensitivity, true-positive rate) = TP / (TP + FN).
 * Returns null when there are no actual positives. Throws MetricError on invalid counts.
 * @example recall({ tp: 40, fp: 10, fn: 5, tn: 45 }) // 0.8888888888888888
 */
export function recall(c: ConfusionCounts): number | null {
  validCounts('recall', c);
  return ratio(c.tp, c.tp + c.fn);
}

/**
 * Specificity (true-negative rate) = TN / (TN + FP).
 * Returns null when there are no actual negatives. Throws MetricError on invalid counts.
 * @example specificity({ tp: 40, fp: 10, fn: 5, tn: 45 }) // 0.8181818181818182
 */
export function specificity(c: ConfusionCounts): number | null {
  validCounts('specificity', c);
  return ratio(c.tn, c.tn + c.fp);
}

/**
 * F-beta from counts = (1 + β²)·TP / ((1 + β²)·TP + β²·FN + FP), the weighted
 * harmonic mean of precision and recall (β > 1 favors recall).
 * Returns null when TP = FP = FN = 0 (precision and recall both undefined).
 * Throws MetricError on invalid counts or when β is not a finite number > 0.
 * @example fBetaScore({ tp: 40, fp: 10, fn: 5, tn: 45 }, 2) // 0.8695652173913043
 */
export function fBetaScore(c: ConfusionCounts, beta: number): number | null {
  validCounts('fBetaScore', c);
  check(Number.isFinite(beta) && beta > 0, 'fBetaScore', `beta must be a finite number > 0 (got ${beta})`);
  const b2 = beta * beta;
  return ratio((1 + b2) * c.tp, (1 + b2) * c.tp + b2 * c.fn + c.fp);
}

/**
 * F1 = 2·TP / (2·TP + FP + FN), the harmonic mean of precision and recall.
 * Returns null when TP = FP = FN = 0. Throws MetricError on invalid counts.
 * @example f1Score({ tp: 40, fp: 10, fn: 5, tn: 45 }) // 0.8421052631578947
 */
export function f1Score(c: ConfusionCounts): number | null {
  validCounts('f1Score', c);
  return ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);
}

/**
 * Harmonic mean of a precision and a recall already computed, `2PR / (P + R)`,
 * with 0 when P + R = 0 (the scikit-learn 1.2.1 and rouge-score convention).
 * Throws MetricError unless both are finite numbers in [0, 1].
 * @example f1FromPrecisionRecall(0.8, 0.5) // 0.6153846153846154
 */
export function f1FromPrecisionRecall(p: number, r: number): number {
  for (const [name, v] of [
    ['precision', p],
    ['recall', r],
  ] as const) {
    check(Number.isFinite(v) && v >= 0 && v <= 1, 'f1FromPrecisionRecall', `${name} must be in [0, 1] (got ${v})`);
  }
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
