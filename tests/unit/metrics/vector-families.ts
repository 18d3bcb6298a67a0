// One checker per vector family: computes, with the public API only, every
// field that the case's `expected` block lists, then compares field by field.
// Nothing here looks at a case's name; unknown kinds and fields fail the test.
import { expect } from 'vitest';
import * as M from '../../../src/lib/metrics/index.ts';
import { decodeFloat, type Tolerance } from '../helpers/close.ts';
import { compareDeep } from '../helpers/deep-compare.ts';

export interface VectorCase {
  readonly name: string;
  readonly kind: string;
  readonly input: Record<string, unknown>;
  readonly options: Record<string, unknown>;
  readonly expected: Record<string, unknown>;
}

type Checker = (c: VectorCase, tol: Tolerance) => void;

const nums = (xs: unknown): number[] => (xs as unknown[]).map((x) => decodeFloat(x) as number);
const isError = (x: unknown): boolean => typeof x === 'object' && x !== null && 'error' in x;

/** Asserts that `run` throws the library's MetricError, with a message naming `functionName`. */
export function expectMetricError(run: () => unknown, functionName: string, what: string): void {
  let caught: unknown = null;
  try {
    run();
  } catch (e) {
    caught = e;
  }
  expect(caught, `${what}: expected ${functionName} to throw a MetricError`).toBeInstanceOf(M.MetricError);
  const err = caught as M.MetricError;
  expect(err.functionName, `${what}: functionName`).toBe(functionName);
  expect(err.message.startsWith(`${functionName}: `), `${what}: message "${err.message}" names the function`).toBe(
    true,
  );
}

function unknownField(family: string, key: string): never {
  throw new Error(`${family}: expected field "${key}" is not known to the conformance test`);
}

const ZERO_DIVISION: Record<string, M.ZeroDivision> = { warn: 'warn', '0': 0, '1': 1, nan: 'nan' };

const classification: Checker = (c, tol) => {
  const matrix = c.input['matrix'] as number[][];
  const byZd: Record<string, unknown> = {};
  let first: M.ClassificationReport | null = null;
  for (const key of Object.keys(c.expected['by_zero_division'] as object)) {
    const zd = ZERO_DIVISION[key];
    if (zd === undefined) unknownField('classification', `by_zero_division.${key}`);
    const r = M.classificationReport(matrix, { zeroDivision: zd });
    first ??= r;
    // The reference lists `binary` only for 2 × 2 matrices; compareDeep fails on a field it does not
    // list, so a binary view of any other matrix fails the case. The "nan" block was not run on
    // sklearn 1.2.1: it carries `emulated: true` (provenance) instead of a warning flag.
    byZd[key] = {
      per_class: r.perClass,
      macro: r.macro,
      micro: r.micro,
      weighted: r.weighted,
      ...(r.binary === null ? {} : { binary: r.binary }),
      ...(zd === 'nan' ? { emulated: true } : { warning_raised: r.warningRaised }),
    };
  }
  const got = { n_samples: first?.nSamples, accuracy: first?.accuracy, by_zero_division: byZd };
  compareDeep(got, c.expected, tol, 'expected');
  if (c.kind === 'binary_confusion_matrix') {
    // The count-based helpers return null exactly where the "nan" convention gives NaN.
    const counts = c.input as unknown as M.ConfusionCounts;
    const viaHelpers = {
      precision: M.precision(counts) ?? Number.NaN,
      recall: M.recall(counts) ?? Number.NaN,
      f1: M.f1Score(counts) ?? Number.NaN,
      specificity: M.specificity(counts) ?? Number.NaN,
    };
    const nanBlock = (c.expected['by_zero_division'] as Record<string, Record<string, unknown>>)['nan'];
    compareDeep(viaHelpers, nanBlock?.['binary'], tol, 'scalar helpers vs expected.by_zero_division.nan.binary');
    compareDeep(M.accuracy(counts) ?? Number.NaN, c.expected['accuracy'], tol, 'accuracy(counts) vs expected.accuracy');
  }
};

const roc: Checker = (c, tol) => {
  const yTrue = nums(c.input['y_true']);
  const yScore = nums(c.input['y_score']);
  if (isError(c.expected['curve_all_thresholds']) || isError(c.expected['curve_sklearn_default'])) {
    rocRefused(c, yTrue, yScore, tol);
    return;
  }
  const curve = (dropIntermediate: boolean) => {
    const r = M.rocCurve(yTrue, yScore, { dropIntermediate });
    return { fpr: r.fpr, tpr: r.tpr, thresholds: r.thresholds, warning_raised: r.warning !== null };
  };
  const all = M.rocCurve(yTrue, yScore, { dropIntermediate: false });
  const got: Record<string, unknown> = {
    n_pos: all.positives,
    n_neg: all.negatives,
    curve_all_thresholds: curve(false),
    curve_sklearn_default: curve(true),
  };
  const { auc, auc_exact_fraction: fraction, ...rest } = c.expected;
  if (isError(auc)) expectMetricError(() => M.rocAucScore(yTrue, yScore), 'rocAucScore', 'expected.auc');
  else got['auc'] = M.rocAucScore(yTrue, yScore);
  if (fraction === null)
    expectMetricError(() => M.rocAucFraction(yTrue, yScore), 'rocAucFraction', 'expected.auc_exact_fraction');
  else {
    const f = M.rocAucFraction(yTrue, yScore);
    got['auc_exact_fraction'] = `${f.numerator}/${f.denominator}`;
  }
  const maxScore = yScore.reduce((max, s) => (s > max ? s : max), -Infinity); // no spread: cases may hold 100,000+ scores
  // thresholds[0] only has to lie above every score (sklearn 1.2.1 writes max + 1, ≥ 1.3 writes +inf).
  const special = (path: string, g: unknown): boolean => {
    if (!path.endsWith('.thresholds[0]')) return false;
    expect((g as number) > maxScore, `${path}: ${String(g)} is not above the maximum score ${maxScore}`).toBe(true);
    return true;
  };
  const expectedFields = {
    ...rest,
    ...(isError(auc) ? {} : { auc }),
    ...(fraction === null ? {} : { auc_exact_fraction: fraction }),
  };
  compareDeep(got, expectedFields, tol, 'expected', special);
};

/** Inputs roc_curve rejects (NaN or infinite scores, empty or unequal lengths): every function must refuse them. */
function rocRefused(c: VectorCase, yTrue: number[], yScore: number[], tol: Tolerance): void {
  const { n_pos: nPos, n_neg: nNeg, auc, auc_exact_fraction: fraction, ...curves } = c.expected;
  for (const [key, value] of Object.entries(curves)) {
    const drop = key === 'curve_sklearn_default' ? true : key === 'curve_all_thresholds' ? false : null;
    if (drop === null) unknownField('roc', key);
    expect(isError(value), `expected.${key}: both curves are refused or neither`).toBe(true);
    expectMetricError(() => M.rocCurve(yTrue, yScore, { dropIntermediate: drop }), 'rocCurve', `expected.${key}`);
  }
  expect(isError(auc) && fraction === null, 'expected.auc and auc_exact_fraction are refused too').toBe(true);
  expectMetricError(() => M.rocAucScore(yTrue, yScore), 'rocAucScore', 'expected.auc');
  expectMetricError(() => M.rocAucFraction(yTrue, yScore), 'rocAucFraction', 'expected.auc_exact_fraction');
  // The class counts describe y_true itself, whatever the reference refused.
  const counts = { n_pos: yTrue.filter((y) => y === 1).length, n_neg: yTrue.filter((y) => y === 0).length };
  compareDeep(counts, { n_pos: nPos, n_neg: nNeg }, tol, 'expected');
}

const REGRESSION: Record<string, [string, (t: number[], p: number[]) => number]> = {
  mae: ['meanAbsoluteError', M.meanAbsoluteError],
  mse: ['meanSquaredError', M.meanSquaredError],
  rmse: ['rootMeanSquaredError', M.rootMeanSquaredError],
  mape: ['meanAbsolutePercentageError', M.meanAbsolutePercentageError],
  r2: ['r2Score', (t, p) => M.r2Score(t, p)],
  r2_force_finite_false: ['r2Score', (t, p) => M.r2Score(t, p, { forceFinite: false })],
};

const regression: Checker = (c, tol) => {
  const yTrue = nums(c.input['y_true']);
  const yPred = nums(c.input['y_pred']);
  for (const [key, value] of Object.entries(c.expected)) {
    if (key === 'warnings') continue;
    const entry = REGRESSION[key] ?? unknownField('regression', key);
    if (isError(value)) expectMetricError(() => entry[1](yTrue, yPred), entry[0], `expected.${key}`);
    else compareDeep(entry[1](yTrue, yPred), value, tol, `expected.${key}`);
  }
  if (isError(c.expected['r2'])) return;
  const warnings: Record<string, string[]> = {};
  for (const key of M.overflowingMetrics(yTrue, yPred)) warnings[key] = ['RuntimeWarning'];
  const r2 = M.r2ScoreReport(yTrue, yPred);
  const r2Raw = M.r2ScoreReport(yTrue, yPred, { forceFinite: false });
  if (r2.warning !== null) warnings['r2'] = [r2.warning];
  if (r2Raw.warning !== null) warnings['r2_force_finite_false'] = [r2Raw.warning];
  // Compared as sets: which warning categories each metric raised. JSON keys carry no order, and how
  // often numpy repeats one RuntimeWarning within a call (subtract, square, reduce) is not a metric's value.
  const categories = (byMetric: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(byMetric).map(([key, list]) => [key, [...new Set(list as string[])].sort()] as const),
    );
  expect(categories(warnings), 'expected.warnings').toEqual(
    categories((c.expected['warnings'] ?? {}) as Record<string, unknown>),
  );
};

export const CHECKERS: Record<string, Record<string, Checker>> = {
  classification: { binary_confusion_matrix: classification, multiclass_confusion_matrix: classification },
  roc: { roc },
  regression: { regression },
};
