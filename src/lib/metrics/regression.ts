// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// scikit-learn 1.2.1 regression metrics; sums follow numpy's pairwise order so
// that degenerate cases (a constant target whose mean is inexact) agree too.
import { check, checkFinite } from './errors.ts';
import { numpyMean, pairwiseSum } from './fsum.ts';

/** Machine epsilon of float64, sklearn's floor for |y| in MAPE. */
export const MAPE_EPSILON = 2.220446049250313e-16;

function validate(fnName: string, yTrue: readonly number[], yPred: readonly number[]): void {
  check(
    yTrue.length === yPred.length,
    fnName,
    `y_true and y_pred have different lengths (${yTrue.length} and ${yPred.length})`,
  );
  check(yTrue.length > 0, fnName, 'y_true and y_pred are empty (at least 1 sample is required)');
  checkFinite(yTrue, fnName, 'y_true');
  checkFinite(yPred, fnName, 'y_pred');
}

/**
 * Mean absolute error, mean |y − ŷ|.
 * Throws MetricError on empty inputs, different lengths or non-finite values.
 * @example meanAbsoluteError([3, -0.5, 2, 7], [2.5, 0, 2, 8]) // 0.5
 */
export function meanAbsoluteError(yTrue: readonly number[], yPred: readonly number[]): number {
  validate('meanAbsoluteError', yTrue, yPred);
  return numpyMean(yPred.map((p, i) => Math.abs(p - yTrue[i]!)));
}

/**
 * Mean squared error, mean (y − ŷ)².
 * Throws MetricError on empty inputs, different lengths or non-finite values.
 * @example meanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 8]) // 0.375
 */
export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  validate('meanSquaredError', yTrue, yPred);
  return numpyMean(yTrue.map((t, i) => (t - yPred[i]!) ** 2));
}

/**
 * Root mean squared error, √MSE (same unit as y).
 * Throws MetricError on empty inputs, different lengths or non-finite values.
 * @example rootMeanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 8]) // 0.6123724356957945
 */
export function rootMeanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  validate('rootMeanSquaredError', yTrue, yPred);
  return Math.sqrt(numpyMean(yTrue.map((t, i) => (t - yPred[i]!) ** 2)));
}

/**
 * Mean absolute percentage error as scikit-learn defines it:
 * mean(|ŷ − y| / max(|y|, ε)) with ε = 2.220446049250313e-16. A fraction, not
 * a percentage (× 100 for %); an actual of 0 with a wrong prediction gives a
 * huge finite value. Throws MetricError like {@link meanAbsoluteError}.
 * @example meanAbsolutePercentageError([100, 200], [110, 180]) // 0.1
 */
export function meanAbsolutePercentageError(yTrue: readonly number[], yPred: readonly number[]): number {
  validate('meanAbsolutePercentageError', yTrue, yPred);
  return numpyMean(yPred.map((p, i) => Math.abs(p - yTrue[i]!) / mapeDenominator(yTrue[i]!)));
}

const mapeDenominator = (y: number): number => Math.max(Math.abs(y), MAPE_EPSILON);

/**
 * MAPE's denominator per example, max(|y|, ε), and the indices where the ε floor
 * applies (|y| < ε, in practice an actual value of 0).
 * Throws MetricError on an empty list or non-finite values.
 * @example mapeDenominators([-4, 0]) // { denominators: [4, 2.220446049250313e-16], floored: [1] }
 */
export function mapeDenominators(yTrue: readonly number[]): { denominators: number[]; floored: number[] } {
  check(yTrue.length > 0, 'mapeDenominators', 'y_true is empty (at least 1 sample is required)');
  checkFinite(yTrue, 'mapeDenominators', 'y_true');
  return {
    denominators: yTrue.map(mapeDenominator),
    floored: yTrue.flatMap((y, i) => (Math.abs(y) < MAPE_EPSILON ? [i] : [])),
  };
}

function sums(yTrue: readonly number[], yPred: readonly number[]): { residual: number; total: number } {
  const mean = numpyMean(yTrue);
  return {
    residual: pairwiseSum(yTrue.map((t, i) => (t - yPred[i]!) ** 2)),
    total: pairwiseSum(yTrue.map((t) => (t - mean) ** 2)),
  };
}

/**
 * The two sums of R²: SS_res = Σ (y − ŷ)² and SS_tot = Σ (y − ȳ)², in numpy's
 * pairwise order (the values {@link r2ScoreReport} divides). Defined for 1 sample too.
 * Throws MetricError like {@link meanAbsoluteError}.
 * @example sumsOfSquares([1, 2, 3], [1, 2, 4]) // { residual: 1, total: 2 }
 */
export function sumsOfSquares(yTrue: readonly number[], yPred: readonly number[]): { residual: number; total: number } {
  validate('sumsOfSquares', yTrue, yPred);
  return sums(yTrue, yPred);
}

/** R² together with the warning scikit-learn would emit. */
export interface R2Result {
  readonly score: number;
  /**
   * "UndefinedMetricWarning" (< 2 samples); "RuntimeWarning" (numpy's, when a square or sum
   * overflows float64, or 0/0 or x/0 with forceFinite false); or null.
   */
  readonly warning: 'UndefinedMetricWarning' | 'RuntimeWarning' | null;
}

/**
 * Coefficient of determination R² = 1 − SS_res / SS_tot with scikit-learn's
 * rules, and the warning it raises.
 *
 * Fewer than 2 samples → NaN (UndefinedMetricWarning). With `forceFinite`
 * (default true): SS_res = 0 → 1 (even if SS_tot = 0); SS_tot = 0 < SS_res → 0.
 * With `forceFinite: false` those become NaN (0/0) and −Infinity. Values so large
 * that SS_res or SS_tot overflows to Infinity give numpy's RuntimeWarning in both modes.
 * Throws MetricError like {@link meanAbsoluteError}.
 * @example r2ScoreReport([1, 2, 3], [1, 2, 4]).score // 0.5
 */
export function r2ScoreReport(
  yTrue: readonly number[],
  yPred: readonly number[],
  options: { readonly forceFinite?: boolean } = {},
): R2Result {
  validate('r2Score', yTrue, yPred);
  if (yTrue.length < 2) return { score: Number.NaN, warning: 'UndefinedMetricWarning' };
  const { residual, total } = sums(yTrue, yPred);
  // From finite inputs a sum of squares is only non-finite after an overflow, which numpy reports.
  const overflow = !Number.isFinite(residual) || !Number.isFinite(total);
  if (options.forceFinite === false) {
    return { score: 1 - residual / total, warning: total === 0 || overflow ? 'RuntimeWarning' : null };
  }
  const warning = overflow ? 'RuntimeWarning' : null;
  if (residual === 0) return { score: 1, warning };
  return { score: total === 0 ? 0 : 1 - residual / total, warning };
}

/** The error metrics by the short names the reference vectors use. */
export type ErrorMetricName = 'mae' | 'mse' | 'rmse' | 'mape';

/**
 * The error metrics for which scikit-learn, through numpy, emits a RuntimeWarning
 * ("overflow encountered in subtract / square / divide / reduce") on these inputs:
 * exactly those where an intermediate value overflows float64. MAE, MSE, RMSE and MAPE
 * add non-negative terms, so from finite inputs that happens exactly when the metric is
 * +Infinity (for MSE, errors beyond about 1.34e154). Throws MetricError like
 * {@link meanAbsoluteError}.
 * @example overflowingMetrics([1e200, 0], [-1e200, 0]) // ['mse', 'rmse']
 */
export function overflowingMetrics(yTrue: readonly number[], yPred: readonly number[]): ErrorMetricName[] {
  validate('overflowingMetrics', yTrue, yPred);
  const values: Record<ErrorMetricName, number> = {
    mae: meanAbsoluteError(yTrue, yPred),
    mse: meanSquaredError(yTrue, yPred),
    rmse: rootMeanSquaredError(yTrue, yPred),
    mape: meanAbsolutePercentageError(yTrue, yPred),
  };
  return (Object.keys(values) as ErrorMetricName[]).filter((name) => !Number.isFinite(values[name]));
}

/**
 * R² as a number; see {@link r2ScoreReport} for the conventions (NaN for < 2
 * samples, forceFinite rules) and errors.
 * @example r2Score([1, 2, 3], [1, 2, 4]) // 0.5
 */
export function r2Score(
  yTrue: readonly number[],
  yPred: readonly number[],
  options: { readonly forceFinite?: boolean } = {},
): number {
  return r2ScoreReport(yTrue, yPred, options).score;
}

/**
 * How much larger RMSE is than MAE: `ratio` = RMSE / MAE (≥ 1 up to rounding; 1 when
 * every error has the same size) and `excess` = ratio − 1. Null when MAE = 0 (every
 * prediction exact, so RMSE = 0 too). Throws MetricError like {@link meanAbsoluteError}.
 * @example rmseMaeRatio([0, 0], [0, 2]) // { ratio: 1.4142135623730951, excess: 0.41421356237309515 }
 */
export function rmseMaeRatio(
  yTrue: readonly number[],
  yPred: readonly number[],
): { ratio: number; excess: number } | null {
  validate('rmseMaeRatio', yTrue, yPred);
  const mae = meanAbsoluteError(yTrue, yPred);
  if (mae === 0) return null;
  const ratio = rootMeanSquaredError(yTrue, yPred) / mae;
  return { ratio, excess: ratio - 1 };
}

/**
 * Index of the example with the largest absolute error |y − ŷ| (the first, on a tie).
 * Throws MetricError like {@link meanAbsoluteError}.
 * @example largestAbsoluteError([1, 2, 3], [1, 5, 0]) // 1
 */
export function largestAbsoluteError(yTrue: readonly number[], yPred: readonly number[]): number {
  validate('largestAbsoluteError', yTrue, yPred);
  let best = 0;
  let bestError = Math.abs(yPred[0]! - yTrue[0]!);
  for (let i = 1; i < yTrue.length; i++) {
    const error = Math.abs(yPred[i]! - yTrue[i]!);
    if (error > bestError) [best, bestError] = [i, error];
  }
  return best;
}
