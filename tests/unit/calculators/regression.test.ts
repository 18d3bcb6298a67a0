import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { formatNumber, formatPercent } from '../../../src/lib/calculators/format.ts';
import { REGRESSION_DEFAULTS, regressionModel, regressionView } from '../../../src/lib/calculators/regression.ts';
import { toHtml, type VNode } from '../../../src/lib/calculators/vnode.ts';
import { decodeFloat, expectClose, type Tolerance } from '../helpers/close.ts';

interface RegressionCase {
  name: string;
  input: { y_true: number[]; y_pred: number[] };
  expected: Record<string, unknown>;
}
const file = JSON.parse(readFileSync('tests/vectors/regression.json', 'utf8')) as {
  suggested_tolerance: Tolerance;
  cases: RegressionCase[];
};
const tol = file.suggested_tolerance;
const valid = file.cases.filter((c) => typeof c.expected['mae'] === 'number');
const refused = file.cases.filter((c) => typeof c.expected['mae'] !== 'number');

const fields = (c: RegressionCase) => ({
  actual: c.input.y_true.map(String).join(', '),
  predicted: c.input.y_pred.map(String).join(', '),
});
const html = (node: VNode | undefined) => (node === undefined ? '' : toHtml(node));
const value = (c: RegressionCase, key: string) => decodeFloat(c.expected[key]) as number;

describe('regressionView on the reference vectors (scikit-learn 1.2.1)', () => {
  test('covers valid and refused cases', () => {
    expect(valid.length).toBeGreaterThan(20);
    expect(refused.map((c) => c.name).sort()).toEqual(['edge_empty', 'edge_length_mismatch']);
  });

  test.each(valid.map((c) => [c.name, c] as const))('matches MAE, MSE, RMSE, MAPE and R² on %s', (_, c) => {
    const result = regressionModel(fields(c));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const m = result.model;
    for (const key of ['mae', 'mse', 'rmse', 'mape', 'r2'] as const) expectClose(m[key], value(c, key), key, tol);
    const view = regressionView(fields(c));
    const n = c.input.y_true.length;
    expect(view.outputs['mae']).toMatch(new RegExp(`\\) / ${n} = ${formatNumber(value(c, 'mae'))}$`));
    expect(view.outputs['mse']).toMatch(new RegExp(`\\) / ${n} = ${formatNumber(value(c, 'mse'))}$`));
    expect(view.outputs['rmse']).toMatch(new RegExp(` = ${formatNumber(value(c, 'rmse'))}$`));
    expect(view.outputs['mape']).toContain(` = ${formatNumber(value(c, 'mape'))} (${formatPercent(value(c, 'mape'))})`);
    const r2 = value(c, 'r2');
    if (Number.isNaN(r2)) expect(view.outputs['r2']).toMatch(/^undefined: R² needs at least 2 examples/);
    else expect(view.outputs['r2']).toMatch(new RegExp(`^${formatNumber(r2)}:|= ${formatNumber(r2)}$`));
    const text = [...Object.values(view.outputs), ...Object.values(view.regions).map(html), view.summary].join(' ');
    expect(text).not.toMatch(/NaN|Infinity|null/);
  });

  test('refuses an empty list and lists of different lengths, as scikit-learn does', () => {
    const empty = regressionView(fields(refused.find((c) => c.name === 'edge_empty')!));
    expect(empty.errors).toEqual({ actual: 'Enter at least one number.', predicted: 'Enter at least one number.' });
    const mismatch = regressionView(fields(refused.find((c) => c.name === 'edge_length_mismatch')!));
    expect(mismatch.errors['predicted']).toBe(
      'There are 3 actual values but 2 predictions: give one prediction per actual value, in the same order.',
    );
  });
});

describe('regressionView with the example', () => {
  // Built before each test, not when the file loads: Stryker counts only the code a test runs as covered
  // by it (docs/mutation.md).
  let view: ReturnType<typeof regressionView>;
  beforeEach(() => {
    view = regressionView(REGRESSION_DEFAULTS);
  });

  test('shows the worked example with the formulas filled in', () => {
    expect(view.errors).toEqual({});
    expect(view.outputs).toEqual({
      mae: '(2 + 2 + 1 + 2 + 10) / 5 = 3.4',
      mape: '(2/70 + 2/80 + 1/90 + 2/60 + 10/85) / 5 = 0.0431 (4.31 %)',
      mse: '(4 + 4 + 1 + 4 + 100) / 5 = 22.6',
      rmse: '√22.6 = 4.7539',
      r2: '1 − 113 / 580 = 0.8052',
      compare:
        'RMSE (4.7539) is 1.4 × MAE (3.4), 39.8 % larger: squaring gives the big misses extra weight; the largest, 10 at example 5, contributes 100 of the total squared error of 113.',
    });
    expect(view.summary).toBe('MAE 3.4, RMSE 4.7539, MSE 22.6, MAPE 4.31 %, R² 0.8052.');
  });

  test('draws an accessible scatter plot with the y = x line, the residuals and a data table', () => {
    const chart = html(view.regions['chart']);
    expect(chart).toMatch(
      /^<svg [^>]*role="img"[^>]*aria-labelledby="reg-chart-title" aria-describedby="reg-chart-desc"/,
    );
    expect(chart).toContain('<title id="reg-chart-title">Predicted against actual values, 5 examples</title>');
    expect(chart).toContain('The largest error is 10 at example 5 (actual 85, predicted 75).</desc>');
    expect(chart.match(/class="reg-residual/g)).toHaveLength(5);
    expect(chart.match(/<circle class="reg-point/g)).toHaveLength(5);
    expect(chart).toContain('class="reg-diagonal"');
    const table = html(view.regions['points']);
    expect(table).toContain(
      '<th scope="row">5 (largest error)</th><td>85</td><td>75</td><td>10</td><td>100</td><td>0.1176</td>',
    );
  });

  test('states that RMSE equals MAE when every error has the same size', () => {
    expect(regressionView({ actual: '1 2 3', predicted: '2 3 4' }).outputs['compare']).toBe(
      'RMSE equals MAE (1): every error has the same size, so squaring adds no extra weight.',
    );
    expect(regressionView({ actual: '1 2 3', predicted: '1 2 3' }).outputs['compare']).toBe(
      'RMSE and MAE are both 0: every prediction is exact.',
    );
  });
});

describe('regressionView edge cases and bad input', () => {
  test('notes that an actual value of 0 makes MAPE divide by ε', () => {
    const view = regressionView({ actual: '0, 1, 2', predicted: '1, 1, 2' });
    expect(view.outputs['mape']).toBe(
      '(1/ε + 0/1 + 0/2) / 3 = 1.5 × 10¹⁵ (1.5 × 10¹⁷ %) — an actual value is 0: see the note',
    );
    expect(html(view.regions['notes'])).toContain(
      'MAPE: the actual value of example 1 is 0. Dividing by 0 is impossible, so scikit-learn divides by ε = 2.220446049250313e-16 instead',
    );
    expect(html(regressionView(REGRESSION_DEFAULTS).regions['notes'])).toBe('<div></div>');
  });

  test('explains R² for one example and for constant actual values', () => {
    const one = regressionView({ actual: '3', predicted: '2.5' });
    expect(one.outputs['r2']).toBe(
      'undefined: R² needs at least 2 examples (scikit-learn returns no number, with an UndefinedMetricWarning)',
    );
    expect(html(one.regions['notes'])).toContain('R²: with a single example there is no variation to explain');
    expect(regressionView({ actual: '4 4 4', predicted: '4 5 3' }).outputs['r2']).toBe(
      '0: every actual value is the same, so SS_tot = 0 and 1 − 2 / 0 would be −∞; scikit-learn returns 0 (force_finite)',
    );
    expect(regressionView({ actual: '4 4 4', predicted: '4 4 4' }).outputs['r2']).toBe(
      '1: every prediction is exact (SS_res = 0, even with SS_tot = 0)',
    );
  });

  test('shortens long sums in the formulas', () => {
    const view = regressionView({ actual: '1 2 3 4 5 6 7 8 9 10', predicted: '2 2 3 4 5 6 7 8 9 12' });
    expect(view.outputs['mae']).toBe('(1 + 0 + 0 + … + 0 + 2) / 10 = 0.3');
  });

  test.each([
    ['actual', '', 'Enter at least one number.'],
    ['actual', '70, eighty, 90', 'Number 2 (“eighty”): “eighty” is not a number.'],
    ['predicted', '1e16', 'Number 1 (“1e16”): Enter a number of at most 1,000,000,000,000,000.'],
    [
      'predicted',
      '72, 78',
      'There are 5 actual values but 2 predictions: give one prediction per actual value, in the same order.',
    ],
  ])('answers %s = %j with a message at the field', (field, text, message) => {
    const view = regressionView({ ...REGRESSION_DEFAULTS, [field]: text });
    expect(view.errors[field]).toBe(message);
    expect(Object.values(view.outputs).every((o) => o === '—')).toBe(true);
    expect(view.summary).toBe('One field needs a correction.');
  });

  test('refuses a 1 MB paste and more than 2,000 values', () => {
    expect(regressionView({ ...REGRESSION_DEFAULTS, actual: '9'.repeat(1_000_000) }).errors['actual']).toMatch(
      /too long/,
    );
    expect(regressionView({ ...REGRESSION_DEFAULTS, predicted: '1 '.repeat(2_001) }).errors['predicted']).toBe(
      'That is 2,001 numbers; the limit is 2,000.',
    );
  });

  test('never shows NaN, Infinity or null at extreme values', () => {
    for (const values of [
      { actual: '1e15 -1e15', predicted: '-1e15 1e15' },
      { actual: '0 0', predicted: '1e15 -1e15' },
      { actual: '5', predicted: '5' },
      { actual: '1e-300 2e-300', predicted: '0 0' },
    ]) {
      const view = regressionView(values);
      const text = [...Object.values(view.outputs), ...Object.values(view.regions).map(html), view.summary].join(' ');
      expect(text).not.toMatch(/NaN|Infinity|null/);
    }
  });
});
