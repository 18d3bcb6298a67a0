// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// scikit-learn 1.2.1's precision_recall_fscore_support, read off an N × N
// confusion matrix (rows = truth, columns = prediction) instead of label arrays.
import { check } from './errors.ts';
import { averageClassMetrics, type Averaged } from './class-averages.ts';
import { classF1, zeroDivisionValue, type ZeroDivision } from './zero-division.ts';

export type { ZeroDivision } from './zero-division.ts';

/** Per-class values, index = class label. */
export interface PerClassMetrics {
  readonly precision: number[];
  readonly recall: number[];
  readonly f1: number[];
  readonly support: number[];
  readonly specificity: number[];
}

/** Everything sklearn reports for one confusion matrix and one zero_division choice. */
export interface ClassificationReport {
  readonly nSamples: number;
  /** trace / n; NaN when n = 0 (sklearn divides 0 by 0). */
  readonly accuracy: number;
  readonly perClass: PerClassMetrics;
  readonly macro: Averaged;
  readonly micro: Averaged;
  readonly weighted: Averaged;
  /** Class 1 as the positive class; only for 2 × 2 matrices, otherwise null. */
  readonly binary: (Averaged & { readonly specificity: number }) | null;
  /** True when sklearn would emit UndefinedMetricWarning (only with zero_division "warn"). */
  readonly warningRaised: boolean;
}

function validateMatrix(matrix: readonly (readonly number[])[]): void {
  const n = matrix.length;
  check(n >= 1, 'classificationReport', 'the confusion matrix must have at least one row');
  matrix.forEach((row, i) => {
    check(
      row.length === n,
      'classificationReport',
      `the confusion matrix must be square (row ${i} has ${row.length} entries, expected ${n})`,
    );
    row.forEach((v, j) => {
      check(
        Number.isInteger(v) && v >= 0,
        'classificationReport',
        `matrix[${i}][${j}] must be a non-negative integer count (got ${String(v)})`,
      );
    });
  });
}

/**
 * Accuracy, per-class precision / recall / F1 / support / specificity (one
 * vs rest), macro / micro / weighted averages and the binary view of a
 * confusion matrix, as scikit-learn 1.2.1 computes them.
 *
 * `matrix[i][j]` = samples of true class i predicted as j. Ill-defined ratios
 * (precision with no predictions, recall with no support, specificity with no
 * negatives) become 0 (`"warn"`, `0`), 1 (`1`) or NaN (`"nan"`, sklearn ≥ 1.3
 * semantics: NaN entries are left out of macro and weighted averages).
 * An all-zero matrix gives accuracy NaN. Throws MetricError when the matrix
 * is empty, not square, or holds anything but non-negative integers.
 *
 * @example classificationReport([[50, 10], [5, 35]]).binary?.f1 // 0.823529411764706
 */
export function classificationReport(
  matrix: readonly (readonly number[])[],
  options: { readonly zeroDivision?: ZeroDivision } = {},
): ClassificationReport {
  validateMatrix(matrix);
  const zd = options.zeroDivision ?? 'warn';
  check(
    zd === 'warn' || zd === 0 || zd === 1 || zd === 'nan',
    'classificationReport',
    `zeroDivision must be "warn", 0, 1 or "nan" (got ${String(zd)})`,
  );
  const size = matrix.length;
  const cell = (i: number, j: number): number => matrix[i]![j]!;
  let total = 0;
  let trace = 0;
  const pred = new Array<number>(size).fill(0);
  const support = new Array<number>(size).fill(0);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      total += cell(i, j);
      support[i] = support[i]! + cell(i, j);
      pred[j] = pred[j]! + cell(i, j);
    }
    trace += cell(i, i);
  }
  const fill = zeroDivisionValue(zd);
  const div = (num: number, den: number): number => (den === 0 ? fill : num / den);
  const tp = matrix.map((_, c) => cell(c, c));
  const precision = tp.map((t, c) => div(t, pred[c]!));
  const recall = tp.map((t, c) => div(t, support[c]!));
  const f1 = tp.map((t, c) => classF1(precision[c]!, recall[c]!, t, support[c]!, pred[c]!, zd));
  // tn + fp of class c = every sample whose true class is not c.
  const negatives = support.map((s) => total - s);
  const specificity = tp.map((t, c) => div(total - support[c]! - pred[c]! + t, negatives[c]!));
  const illDefined = pred.some((p) => p === 0) || support.some((s) => s === 0) || negatives.some((x) => x === 0);
  const perClass: PerClassMetrics = { precision, recall, f1, support, specificity };
  const averages = averageClassMetrics(perClass, { trace, total }, zd);
  return {
    nSamples: total,
    accuracy: trace / total,
    perClass,
    ...averages,
    binary:
      size === 2 ? { precision: precision[1]!, recall: recall[1]!, f1: f1[1]!, specificity: specificity[1]! } : null,
    warningRaised: zd === 'warn' && illDefined,
  };
}
