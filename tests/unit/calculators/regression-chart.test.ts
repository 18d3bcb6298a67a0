// The regression calculator's chart, tables and sentences for the page's example, worked by hand:
// actual 70, 80, 90, 60, 85; predicted 72, 78, 91, 62, 75. Errors 2, 2, 1, 2, 10 (the largest: example 5);
// squared 4, 4, 1, 4, 100; SS_res 113; mean 77, SS_tot 580; MAE 3.4, MSE 22.6, RMSE √22.6.
import { beforeEach, describe, expect, test } from 'vitest';
import { formatNumber, formatPercent } from '../../../src/lib/calculators/format.ts';
import { REGRESSION_DEFAULTS, regressionView } from '../../../src/lib/calculators/regression.ts';
import type { VElement, VNode } from '../../../src/lib/calculators/vnode.ts';
import { at, byClass, elements, expectAllClose, expectInsideViewBox, steps, textOf } from './svg.ts';

const ACTUAL = [70, 80, 90, 60, 85];
const PREDICTED = [72, 78, 91, 62, 75];
// Every test builds its own view (in the test or a beforeEach), never once when the file loads: Stryker counts
// only the code a test runs as covered by it, so a view built at load time would leave the chart's mutants to
// no test (docs/mutation.md).
let view: ReturnType<typeof regressionView>;
beforeEach(() => {
  view = regressionView(REGRESSION_DEFAULTS);
});
const rows = (node: VNode | undefined) =>
  elements(node)
    .filter((element) => element.tag === 'tr')
    .map((row) => row.children.map((cell) => textOf(cell)));

describe('the regression chart', () => {
  let chart: VNode | undefined;
  let vertical: VElement[];
  let horizontal: VElement[];
  let perUnit: number;
  beforeEach(() => {
    chart = view.regions['chart'];
    const grid = byClass(chart, 'reg-grid');
    vertical = grid.filter((line) => at(line, 'x1') === at(line, 'x2'));
    horizontal = grid.filter((line) => at(line, 'y1') === at(line, 'y2'));
    // The value scale, read off the grid lines at 60 and 90.
    perUnit = (at(vertical.at(-1)!, 'x1') - at(vertical[0]!, 'x1')) / 30;
  });
  const x = (value: number) => at(vertical[0]!, 'x1') + (value - 60) * perUnit;
  const y = (value: number) => at(horizontal[0]!, 'y1') - (value - 60) * perUnit;

  test('has grid lines and labels at 60, 70, 80 and 90 on both axes, to one scale, inside the drawing', () => {
    const ticks = byClass(chart, 'reg-tick');
    expect(ticks.filter((t) => t.attrs['text-anchor'] === 'middle').map(textOf)).toEqual(['60', '70', '80', '90']);
    expect(ticks.filter((t) => t.attrs['text-anchor'] === 'end').map(textOf)).toEqual(['60', '70', '80', '90']);
    expectAllClose(steps(vertical.map((line) => at(line, 'x1'))), 0.02, 'vertical grid spacing');
    expectAllClose(steps(horizontal.map((line) => -at(line, 'y1'))), 0.02, 'horizontal grid spacing');
    expect(
      Math.abs(steps(vertical.map((line) => at(line, 'x1')))[0]! + steps(horizontal.map((line) => at(line, 'y1')))[0]!),
    ).toBeLessThanOrEqual(0.02);
    expect(perUnit).toBeGreaterThan(5);
    expectInsideViewBox(chart);
  });

  test('keeps the grid, diagonal and dots within the square frame', () => {
    const frame = byClass(chart, 'reg-frame')[0]!;
    expect(at(frame, 'width')).toBe(at(frame, 'height'));
    const [left, top, right, bottom] = [
      at(frame, 'x'),
      at(frame, 'y'),
      at(frame, 'x') + at(frame, 'width'),
      at(frame, 'y') + at(frame, 'height'),
    ];
    vertical.forEach((line) => expect([at(line, 'y1'), at(line, 'y2')]).toEqual([top, bottom]));
    horizontal.forEach((line) => expect([at(line, 'x1'), at(line, 'x2')]).toEqual([left, right]));
    const diagonal = byClass(chart, 'reg-diagonal')[0]!;
    expect([at(diagonal, 'x1'), at(diagonal, 'y1'), at(diagonal, 'x2'), at(diagonal, 'y2')]).toEqual([
      left,
      bottom,
      right,
      top,
    ]);
    // The diagonal is y = x: it passes through (60, 60) and (90, 90).
    expect(Math.abs(x(60) - left - (bottom - y(60)))).toBeLessThanOrEqual(0.05);
    const note = byClass(chart, 'reg-note-text')[0]!;
    expect(textOf(note)).toBe('dashed line: y = x (exact)');
    expect(at(note, 'x')).toBeLessThan(right);
    expect(at(note, 'y')).toBeLessThan(bottom);
    const axes = byClass(chart, 'reg-axis');
    expect(axes.map(textOf)).toEqual(['Actual value', 'Predicted value']);
    expect(at(axes[0]!, 'x')).toBe((left + right) / 2);
    expect(at(axes[0]!, 'y')).toBeGreaterThan(bottom + 16);
    // The predicted-value title runs up the left edge, a quarter turn, centred on the frame's height.
    const [, x0, middle] = /^translate\((\S+) (\S+)\) rotate\(-90\)$/.exec(String(axes[1]!.attrs['transform']))!;
    expect(Number(middle)).toBe((top + bottom) / 2);
    expect(Number(x0)).toBeLessThan(left - 30);
    expect([axes[0]!.attrs['text-anchor'], axes[1]!.attrs['text-anchor']]).toEqual(['middle', 'middle']);
  });

  test('puts each example at (actual, predicted) with its error drawn from the diagonal', () => {
    const dots = byClass(chart, 'reg-point');
    const residuals = byClass(chart, 'reg-residual');
    ACTUAL.forEach((a, i) => {
      expect(Math.abs(at(dots[i]!, 'cx') - x(a))).toBeLessThanOrEqual(0.02);
      expect(Math.abs(at(dots[i]!, 'cy') - y(PREDICTED[i]!))).toBeLessThanOrEqual(0.02);
      const line = residuals[i]!;
      expect(at(line, 'x1')).toBe(at(dots[i]!, 'cx'));
      expect(at(line, 'x2')).toBe(at(dots[i]!, 'cx'));
      expect(Math.abs(at(line, 'y1') - y(a))).toBeLessThanOrEqual(0.02);
      expect(at(line, 'y2')).toBe(at(dots[i]!, 'cy'));
    });
  });

  test('marks the largest error, example 5, with a bigger dot', () => {
    const dots = byClass(chart, 'reg-point');
    expect(dots.map((dot) => dot.attrs['class'])).toEqual([
      'reg-point',
      'reg-point',
      'reg-point',
      'reg-point',
      'reg-point reg-point--max',
    ]);
    expect(at(dots[4]!, 'r')).toBeGreaterThan(at(dots[0]!, 'r'));
    expect(byClass(chart, 'reg-residual--max')).toEqual([byClass(chart, 'reg-residual')[4]]);
  });

  test('names and describes itself for screen readers', () => {
    expect(textOf(elements(chart).find((e) => e.tag === 'title')!)).toBe('Predicted against actual values, 5 examples');
    expect(textOf(elements(chart).find((e) => e.tag === 'desc')!)).toMatch(
      /The largest error is 10 at example 5 \(actual 85, predicted 75\)\.$/,
    );
    const svg = elements(chart)[0]!;
    expect([svg.attrs['aria-labelledby'], svg.attrs['aria-describedby']]).toEqual([
      'reg-chart-title',
      'reg-chart-desc',
    ]);
    const one = regressionView({ actual: '3', predicted: '4' }).regions['chart'];
    expect(textOf(elements(one).find((e) => e.tag === 'title')!)).toBe('Predicted against actual values, 1 example');
  });
});

describe('the regression sentences and tables', () => {
  test('list each example with its errors, the largest marked', () => {
    expect(rows(view.regions['points'])).toEqual([
      ['Example', 'Actual', 'Predicted', '|Error|', 'Squared error', 'Relative error'],
      ['1', '70', '72', '2', '4', formatNumber(2 / 70)],
      ['2', '80', '78', '2', '4', formatNumber(2 / 80)],
      ['3', '90', '91', '1', '1', formatNumber(1 / 90)],
      ['4', '60', '62', '2', '4', formatNumber(2 / 60)],
      ['5 (largest error)', '85', '75', '10', '100', formatNumber(10 / 85)],
    ]);
    expect(textOf(elements(view.regions['points']).find((e) => e.tag === 'summary')!)).toBe(
      'Data table: the 5 examples and their errors',
    );
    expect(byClass(view.regions['points'], 'reg-row--max')).toHaveLength(1);
    const one = regressionView({ actual: '3', predicted: '4' }).regions['points'];
    expect(textOf(elements(one).find((e) => e.tag === 'summary')!)).toBe('Data table: the example and its errors');
  });

  test('compare RMSE with MAE, naming the largest miss', () => {
    const rmse = Math.sqrt(22.6);
    expect(view.outputs['compare']).toBe(
      `RMSE (${formatNumber(rmse)}) is ${formatNumber(rmse / 3.4, 2)} × MAE (3.4), ${formatPercent(rmse / 3.4 - 1, 1)} larger: squaring gives the big misses extra weight; the largest, 10 at example 5, contributes 100 of the total squared error of 113.`,
    );
    expect(regressionView({ actual: '1, 2', predicted: '2, 3' }).outputs['compare']).toBe(
      'RMSE equals MAE (1): every error has the same size, so squaring adds no extra weight.',
    );
    expect(regressionView({ actual: '1, 2', predicted: '1, 2' }).outputs['compare']).toBe(
      'RMSE and MAE are both 0: every prediction is exact.',
    );
    expect(view.summary).toBe(
      `MAE 3.4, RMSE ${formatNumber(rmse)}, MSE 22.6, MAPE ${formatPercent((2 / 70 + 2 / 80 + 1 / 90 + 2 / 60 + 10 / 85) / 5)}, R² ${formatNumber(1 - 113 / 580)}.`,
    );
  });

  test.each([
    ['exact predictions', '1, 2', '1, 2', '1: every prediction is exact (SS_res = 0)'],
    [
      'exact predictions of one value',
      '5, 5',
      '5, 5',
      '1: every prediction is exact (SS_res = 0, even with SS_tot = 0)',
    ],
    [
      'one actual value with misses',
      '5, 5',
      '4, 6',
      '0: every actual value is the same, so SS_tot = 0 and 1 − 2 / 0 would be −∞; scikit-learn returns 0 (force_finite)',
    ],
    [
      'the example',
      REGRESSION_DEFAULTS.actual,
      REGRESSION_DEFAULTS.predicted,
      `1 − 113 / 580 = ${formatNumber(1 - 113 / 580)}`,
    ],
  ])('explain R² for %s', (_case, actual, predicted, text) => {
    expect(regressionView({ actual, predicted }).outputs['r2']).toBe(text);
  });

  test('note an actual value of 0 (MAPE) and a single example (R²)', () => {
    const zero = regressionView({ actual: '0, 0, 0, 0, 0, 0, 5', predicted: '1, 0, 0, 0, 0, 0, 5' });
    expect(textOf(zero.regions['notes']!)).toMatch(
      /^MAPE: the actual value of examples 1, 2, 3, 4, 5, … is 0\. Dividing by 0/,
    );
    expect(zero.outputs['mape']).toMatch(/^\(1\/ε \+ 0\/ε \+ .* — an actual value is 0: see the note$/);
    const single = regressionView({ actual: '0', predicted: '1' });
    expect(textOf(single.regions['notes']!)).toMatch(
      /^MAPE: the actual value of example 1 is 0\..*R²: with a single example/,
    );
    expect(textOf(view.regions['notes']!)).toBe('');
    expect(byClass(single.regions['notes'], 'reg-note')).toHaveLength(2);
  });

  test('list five zero actual values without "…", and say in full what a zero does to MAPE', () => {
    const five = regressionView({ actual: '0, 0, 0, 0, 0, 5', predicted: '1, 0, 0, 0, 0, 5' });
    expect(textOf(five.regions['notes']!)).toBe(
      'MAPE: the actual value of examples 1, 2, 3, 4, 5 is 0. Dividing by 0 is impossible, so scikit-learn divides ' +
        'by ε = 2.220446049250313e-16 instead: a wrong prediction there makes MAPE enormous, and a right one adds 0. ' +
        'MAPE is not meaningful for targets that can be 0; use MAE or RMSE.',
    );
  });

  test('add the R² note for one example only, not for two', () => {
    expect(textOf(regressionView({ actual: '3, 4', predicted: '3, 5' }).regions['notes']!)).toBe('');
  });

  test('caption the table and describe the chart in words', () => {
    const points = view.regions['points'];
    expect(textOf(elements(points).find((e) => e.tag === 'caption')!)).toBe(
      'Each example with its absolute, squared and relative error',
    );
    expect(textOf(elements(view.regions['chart']).find((e) => e.tag === 'desc')!)).toBe(
      'Each dot is one example (actual value across, prediction up). Dots on the diagonal line y = x are exact; ' +
        "the vertical segment from the line to a dot is that example's error. The largest error is 10 at example 5 " +
        '(actual 85, predicted 75).',
    );
  });

  test('shorten a long sum to its first three and last two terms', () => {
    const actual = Array.from({ length: 9 }, (_, i) => String(i)).join(' ');
    const predicted = Array.from({ length: 9 }, (_, i) => String(2 * i)).join(' ');
    expect(regressionView({ actual, predicted }).outputs['mae']).toBe('(0 + 1 + 2 + … + 7 + 8) / 9 = 4');
    const eight = regressionView({ actual: '0 1 2 3 4 5 6 7', predicted: '0 2 4 6 8 10 12 14' });
    expect(eight.outputs['mae']).toBe('(0 + 1 + 2 + 3 + 4 + 5 + 6 + 7) / 8 = 3.5');
  });

  test('say when the lists differ in length, and show nothing else', () => {
    const mismatch = regressionView({ actual: '1', predicted: '1, 2' });
    expect(mismatch.errors).toEqual({
      predicted: 'There is 1 actual value but 2 predictions: give one prediction per actual value, in the same order.',
    });
    expect(Object.values(mismatch.outputs)).toEqual(['—', '—', '—', '—', '—', '—']);
    expect(mismatch.regions).toEqual({ chart: '', notes: '', points: '' });
    expect(mismatch.summary).toBe('One field needs a correction.');
    expect(regressionView({ actual: 'x', predicted: 'y' }).summary).toBe('2 fields need a correction.');
  });
});
