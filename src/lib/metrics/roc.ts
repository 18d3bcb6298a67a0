// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// scikit-learn 1.2.1's roc_curve / roc_auc_score for a binary problem (positive label 1).
import { check, checkFinite, MetricError } from './errors.ts';
import { pairwiseSum } from './fsum.ts';
import type { ConfusionCounts } from './ratios.ts';

/** Points of a ROC curve; index 0 is the artificial (0, 0) point. */
export interface RocCurve {
  readonly fpr: number[];
  readonly tpr: number[];
  /** Decreasing; thresholds[0] lies above every score (sklearn 1.2.1 writes max + 1). */
  readonly thresholds: number[];
  /** Number of positive (label 1) and negative (label 0) samples. */
  readonly positives: number;
  readonly negatives: number;
  /** UndefinedMetricWarning text when one class is absent (its rate is then all NaN), else null. */
  readonly warning: string | null;
}

function validate(fnName: string, yTrue: readonly number[], yScore: readonly number[]): void {
  check(
    yTrue.length === yScore.length,
    fnName,
    `y_true and y_score have different lengths (${yTrue.length} and ${yScore.length})`,
  );
  check(yTrue.length > 0, fnName, 'y_true is empty');
  yTrue.forEach((y, i) => check(y === 0 || y === 1, fnName, `y_true[${i}] must be 0 or 1 (got ${String(y)})`));
  checkFinite(yScore, fnName, 'y_score');
}

/** Cumulative (fps, tps) at the last sample of every run of equal scores, scores descending. */
function binaryCurve(yTrue: readonly number[], yScore: readonly number[]) {
  // numpy sorts ascending (stable) and reverses, so ties end up in decreasing index order.
  const order = yScore.map((_, i) => i).sort((i, j) => yScore[j]! - yScore[i]! || j - i);
  const fps: number[] = [];
  const tps: number[] = [];
  const thresholds: number[] = [];
  let tp = 0;
  order.forEach((idx, k) => {
    tp += yTrue[idx]!;
    const next = order[k + 1];
    if (next === undefined || yScore[next] !== yScore[idx]) {
      tps.push(tp);
      fps.push(k + 1 - tp);
      thresholds.push(yScore[idx]!);
    }
  });
  return { fps, tps, thresholds };
}

/**
 * ROC curve: false-positive rate and true-positive rate at every distinct score
 * used as threshold (predict positive when score ≥ threshold), starting at (0, 0).
 *
 * `dropIntermediate` (default true, sklearn's default) removes points collinear
 * with their neighbors; it never changes the AUC. With only one class present
 * the missing rate is all NaN and `warning` says so (no exception, as sklearn).
 * Throws MetricError on empty or unequal-length inputs, labels other than 0/1,
 * or non-finite scores.
 *
 * @example rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]).tpr // [0, 0.5, 0.5, 1, 1]
 */
export function rocCurve(
  yTrue: readonly number[],
  yScore: readonly number[],
  options: { readonly dropIntermediate?: boolean } = {},
): RocCurve {
  validate('rocCurve', yTrue, yScore);
  let { fps, tps, thresholds } = binaryCurve(yTrue, yScore);
  if ((options.dropIntermediate ?? true) && fps.length > 2) {
    // Keep the ends and every corner: a non-zero second difference in fps or tps.
    const keep = fps.map(
      (_, k) =>
        k === 0 ||
        k === fps.length - 1 ||
        fps[k + 1]! - 2 * fps[k]! + fps[k - 1]! !== 0 ||
        tps[k + 1]! - 2 * tps[k]! + tps[k - 1]! !== 0,
    );
    fps = fps.filter((_, k) => keep[k]);
    tps = tps.filter((_, k) => keep[k]);
    thresholds = thresholds.filter((_, k) => keep[k]);
  }
  const top = thresholds[0]!;
  // max + 1 can round back to max for huge scores; +Infinity keeps it "above every score".
  const first = top + 1 > top ? top + 1 : Number.POSITIVE_INFINITY;
  const nNeg = fps[fps.length - 1]!;
  const nPos = tps[tps.length - 1]!;
  const rate = (counts: number[], n: number): number[] => [0, ...counts].map((c) => (n > 0 ? c / n : Number.NaN));
  let warning: string | null = null;
  if (nNeg === 0) warning = 'No negative samples in y_true, false positive value should be meaningless';
  if (nPos === 0) warning = 'No positive samples in y_true, true positive value should be meaningless';
  return {
    fpr: rate(fps, nNeg),
    tpr: rate(tps, nPos),
    thresholds: [first, ...thresholds],
    positives: nPos,
    negatives: nNeg,
    warning,
  };
}

/**
 * Area under the ROC curve by the trapezoidal rule (sklearn `auc` on the
 * default curve). Ties between a positive and a negative count one half, so it
 * equals the Mann–Whitney probability P(s+ > s−) + ½·P(s+ = s−).
 *
 * Throws MetricError when only one class is present (AUC undefined), and on
 * the inputs {@link rocCurve} rejects.
 *
 * @example rocAucScore([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) // 0.75
 */
export function rocAucScore(yTrue: readonly number[], yScore: readonly number[]): number {
  validate('rocAucScore', yTrue, yScore);
  checkOneClass('rocAucScore', yTrue);
  const { fpr, tpr } = rocCurve(yTrue, yScore);
  const terms = fpr.slice(1).map((x, k) => ((x - fpr[k]!) * (tpr[k + 1]! + tpr[k]!)) / 2);
  return pairwiseSum(terms);
}

function checkOneClass(fnName: string, yTrue: readonly number[]): void {
  const pos = yTrue.filter((y) => y === 1).length;
  if (pos === 0 || pos === yTrue.length) {
    throw new MetricError(fnName, 'only one class present in y_true; ROC AUC is not defined in that case');
  }
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * ROC AUC as an exact reduced fraction: (2·#(s+ > s−) + #(s+ = s−)) / (2·P·N),
 * counted over all positive–negative pairs in exact integer arithmetic.
 *
 * Exact while 2·P·N < 2^53 (about 47 million samples per class squared).
 * Throws MetricError when only one class is present and on the inputs
 * {@link rocCurve} rejects.
 *
 * @example rocAucFraction([0, 1, 0, 1], [0.4, 0.4, 0.1, 0.9]) // { numerator: 7, denominator: 8 }
 */
export function rocAucFraction(
  yTrue: readonly number[],
  yScore: readonly number[],
): { numerator: number; denominator: number } {
  validate('rocAucFraction', yTrue, yScore);
  checkOneClass('rocAucFraction', yTrue);
  const order = yScore.map((_, i) => i).sort((i, j) => yScore[i]! - yScore[j]!);
  let negBelow = 0;
  let doubled = 0;
  let nPos = 0;
  for (let k = 0; k < order.length;) {
    let pos = 0;
    let neg = 0;
    const score = yScore[order[k]!]!;
    for (; k < order.length && yScore[order[k]!] === score; k++) {
      if (yTrue[order[k]!] === 1) pos++;
      else neg++;
    }
    doubled += 2 * pos * negBelow + pos * neg;
    negBelow += neg;
    nPos += pos;
  }
  const denominator = 2 * nPos * negBelow;
  const g = gcd(doubled, denominator);
  return { numerator: doubled / g, denominator: denominator / g };
}

/**
 * The confusion counts at one threshold, with sklearn's rule: a sample is
 * predicted positive when score ≥ threshold (label 1 = positive). A threshold
 * above every score (such as `rocCurve(...).thresholds[0]`) predicts nothing
 * positive; −Infinity predicts everything positive. TP / P and FP / N at
 * `thresholds[k]` are the curve's `tpr[k]` and `fpr[k]`.
 * Throws MetricError on NaN thresholds and on the inputs {@link rocCurve} rejects.
 *
 * @example confusionAtThreshold([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], 0.35) // { tp: 2, fp: 1, fn: 0, tn: 1 }
 */
export function confusionAtThreshold(
  yTrue: readonly number[],
  yScore: readonly number[],
  threshold: number,
): ConfusionCounts {
  validate('confusionAtThreshold', yTrue, yScore);
  check(!Number.isNaN(threshold), 'confusionAtThreshold', 'threshold must be a number (got NaN)');
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  yScore.forEach((score, i) => {
    const positive = yTrue[i] === 1;
    if (score >= threshold) counts[positive ? 'tp' : 'fp'] += 1;
    else counts[positive ? 'fn' : 'tn'] += 1;
  });
  return counts;
}
