// Minimal cases on which the library (or the conformance test) disagreed with the Python
// references during differential testing against generated vectors. Expected values come from
// scikit-learn 1.9.1 / numpy 2.4.6 and nltk 3.10.3 (Python 3.11); each case notes why the same
// holds for the versions behind tests/vectors (scikit-learn 1.2.1, numpy 1.24, nltk 3.8).
import { describe, expect, test } from 'vitest';
import * as M from '../../../src/lib/metrics/index.ts';
import { porterStem } from '../../../src/lib/text/porter-stemmer.ts';
import { expectClose } from '../helpers/close.ts';
import { CHECKERS, expectMetricError, type VectorCase } from './vector-families.ts';
import { TEXT_CHECKERS } from './vector-families-text.ts';

const TOL = { rtol: 1e-9, atol: 1e-12 };

describe('corpus BLEU of an empty corpus', () => {
  test('is refused, as nltk raises ZeroDivisionError("Fraction(0, 0)")', () => {
    // nltk 3.10.3 corpus_bleu([], []) raises building p_n = Fraction(0, 0); 3.8 builds the same
    // Fraction (stdlib, _normalize=False) before its early return, so it raises too.
    expectMetricError(() => M.corpusBleu([]), 'corpusBleu', 'empty corpus');
    expectMetricError(() => M.corpusBleu([], { smoothing: 'method1' }), 'corpusBleu', 'empty corpus, method1');
  });
});

describe('regression warnings when float64 overflows', () => {
  // sklearn 1.9.1 with numpy 2.4.6; the arithmetic (subtract, square, sum, divide) is the
  // same in 1.2.1, and numpy reports every overflow as RuntimeWarning in both.
  const cases = [
    {
      yTrue: [1e200, -1e200, 0],
      yPred: [-1e200, 1e200, 1],
      mae: 1.3333333333333333e200,
      mape: 1501199875790166.8,
      r2: Number.NaN,
      r2Raw: Number.NaN,
      overflowing: ['mse', 'rmse'],
    },
    {
      yTrue: [1e300, 1e300, 1e300, 1e300, 1e300],
      yPred: [1e300, 1e300, 1e300, 1e300, 0],
      mae: 2e299,
      mape: 0.2,
      r2: 0,
      r2Raw: Number.NEGATIVE_INFINITY,
      overflowing: ['mse', 'rmse'],
    },
    // Perfect predictions, but SS_tot = Σ(y − ȳ)² overflows: R² = 1 with the warning.
    { yTrue: [1e200, -1e200], yPred: [1e200, -1e200], mae: 0, mape: 0, r2: 1, r2Raw: 1, overflowing: [] },
  ];
  test.each(cases)('$yTrue vs $yPred', (c) => {
    expectClose(M.meanAbsoluteError(c.yTrue, c.yPred), c.mae, 'mae', TOL);
    expect(M.meanSquaredError(c.yTrue, c.yPred)).toBe(c.overflowing.length > 0 ? Infinity : 0);
    expect(M.meanAbsolutePercentageError(c.yTrue, c.yPred)).toBe(c.mape);
    expect(M.overflowingMetrics(c.yTrue, c.yPred)).toEqual(c.overflowing);
    const r2 = M.r2ScoreReport(c.yTrue, c.yPred);
    const r2Raw = M.r2ScoreReport(c.yTrue, c.yPred, { forceFinite: false });
    expect(r2).toEqual({ score: c.r2, warning: 'RuntimeWarning' });
    expect(r2Raw).toEqual({ score: c.r2Raw, warning: 'RuntimeWarning' });
  });

  test('no warning without an overflow', () => {
    expect(M.overflowingMetrics([1e150, 0], [-1e150, 0])).toEqual([]);
    expect(M.r2ScoreReport([1e150, 0], [-1e150, 0]).warning).toBeNull();
  });
});

describe('porterStem on strings Python and JavaScript index differently', () => {
  // nltk 3.10.3 PorterStemmer().stem; 3.8 has the same rules and also counts code points.
  test.each([
    ['😀s', '😀s'], // two code points: returned unchanged
    ['a😀😀ed', 'a😀'], // *d: a doubled (astral) consonant loses one
    ['b😀😀y', 'b😀😀i'],
    ['ca😀😀ing', 'ca😀'],
    ['x😀ing', 'x😀ing'],
    ['\u{10400}ing', '\u{10428}ing'], // Deseret capital letter, lower-cased first
  ])('%s → %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  test('long runs of y neither overflow the stack nor change the stem', () => {
    // nltk 3.10.3 (iterative); 3.8's recursion gives the same stems where it does not exceed
    // Python's recursion limit (about 1000 letters).
    expect(porterStem(`${'y'.repeat(500)}ing`)).toBe(`${'y'.repeat(499)}i`);
    expect(porterStem(`${'y'.repeat(20000)}ness`)).toBe('y'.repeat(20000));
  });
});

describe('conformance checkers read every documented field', () => {
  const run = (family: string, c: VectorCase) => {
    const checker = { ...CHECKERS, ...TEXT_CHECKERS }[family]?.[c.kind];
    expect(checker).toBeDefined();
    checker!(c, TOL);
  };
  const nan = { error: { type: 'ValueError', message: 'Input contains NaN.' } };

  test('ROC inputs roc_curve itself rejects (expected curves are errors)', () => {
    // sklearn 1.9.1 and 1.2.1 both reject NaN scores in roc_curve and roc_auc_score.
    run('roc', {
      name: 'nan_score',
      kind: 'roc',
      input: { y_true: [0, 1, 0, 1], y_score: [0.1, 'NaN', 0.3, 0.4] },
      options: { pos_label: 1 },
      expected: {
        n_pos: 2,
        n_neg: 2,
        auc: nan,
        curve_all_thresholds: nan,
        curve_sklearn_default: nan,
        auc_exact_fraction: null,
      },
    });
  });

  test('non-finite sampling options are decoded like inputs', () => {
    run('sampling', {
      name: 'infinite_temperature',
      kind: 'sampling',
      input: { logits: [2, 1] },
      options: { temperature: 'Infinity', top_k: null, top_p: null },
      expected: { error: { type: 'ValueError', message: 'temperature must be a finite number >= 0' } },
    });
  });

  test('regression warnings are compared as a set of keys', () => {
    // sklearn 1.9.1: the RuntimeWarnings of the first overflow case above.
    run('regression', {
      name: 'overflow',
      kind: 'regression',
      input: { y_true: [1e200, -1e200, 0], y_pred: [-1e200, 1e200, 1] },
      options: {},
      expected: {
        mae: 1.3333333333333333e200,
        mse: 'Infinity',
        rmse: 'Infinity',
        mape: 1501199875790166.8,
        r2: 'NaN',
        r2_force_finite_false: 'NaN',
        warnings: {
          r2_force_finite_false: ['RuntimeWarning'],
          r2: ['RuntimeWarning'],
          mse: ['RuntimeWarning'],
          rmse: ['RuntimeWarning'],
        },
      },
    });
  });
});
