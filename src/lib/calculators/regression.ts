// The regression-errors calculator's view: actual and predicted values -> MAE, MAPE (fraction and %),
// MSE, RMSE and R² with their formulas filled in (scikit-learn's conventions), a one-line comparison of
// RMSE with MAE, and a scatter plot of predicted against actual with the y = x line and the residuals.
// Per-example terms come from the metric library too (a metric of one example is that example's term).
// Ships to the browser.
import {
  MAPE_EPSILON,
  largestAbsoluteError,
  mapeDenominators,
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanSquaredError,
  r2ScoreReport,
  rmseMaeRatio,
  rootMeanSquaredError,
  sumsOfSquares,
} from '../metrics/index.ts';
import { linearScale, niceTicks, paddedDomain, px } from './chart-roc.ts';
import { formatCount, formatNumber, formatPercent } from './format.ts';
import { parseNumberList } from './parse.ts';
import type { CalculatorView, FieldValues } from './view.ts';
import { h, type VNode } from './vnode.ts';

/** The page's worked example: five exam scores, one 10-point miss (student E). */
export const REGRESSION_DEFAULTS = {
  actual: '70, 80, 90, 60, 85',
  predicted: '72, 78, 91, 62, 75',
} as const;

const VALUE_RULES = { min: -1e15, max: 1e15 } as const;
const OUTPUTS = ['mae', 'mape', 'mse', 'rmse', 'r2', 'compare'] as const;
const REGIONS = ['chart', 'notes', 'points'] as const;

/** Everything the calculator shows, as numbers (the unit tests compare these with the reference). */
export interface RegressionModel {
  readonly actual: number[];
  readonly predicted: number[];
  readonly absErrors: number[];
  readonly squaredErrors: number[];
  readonly relErrors: number[];
  readonly mae: number;
  readonly mse: number;
  readonly rmse: number;
  readonly mape: number;
  /** NaN with fewer than 2 examples (scikit-learn's UndefinedMetricWarning). */
  readonly r2: number;
  readonly ssRes: number;
  readonly ssTot: number;
  /** RMSE / MAE and ratio − 1; null when MAE = 0. */
  readonly rmseToMae: { ratio: number; excess: number } | null;
  /** Index of the largest absolute error (the first, on a tie). */
  readonly largest: number;
  /** MAPE's denominators max(|y|, ε), and the examples where ε replaces |y| (an actual of 0). */
  readonly mapeDenominators: number[];
  readonly mapeFloored: number[];
}

type ModelResult = { ok: true; model: RegressionModel } | { ok: false; errors: Record<string, string> };

/** Parses the two lists and computes every metric through the metric library. */
export function regressionModel(values: FieldValues): ModelResult {
  const errors: Record<string, string> = {};
  const actual = parseNumberList(values['actual'] ?? '', VALUE_RULES);
  if (!actual.ok) errors['actual'] = actual.message;
  const predicted = parseNumberList(values['predicted'] ?? '', VALUE_RULES);
  if (!predicted.ok) errors['predicted'] = predicted.message;
  if (!actual.ok || !predicted.ok) return { ok: false, errors };
  const y = actual.value;
  const p = predicted.value;
  if (y.length !== p.length) {
    const count = (k: number, what: string) => `${formatCount(k)} ${what}${k === 1 ? '' : 's'}`;
    errors['predicted'] =
      `There ${y.length === 1 ? 'is' : 'are'} ${count(y.length, 'actual value')} but ${count(p.length, 'prediction')}: give one prediction per actual value, in the same order.`;
    return { ok: false, errors };
  }
  const sums = sumsOfSquares(y, p);
  const mape = mapeDenominators(y);
  return {
    ok: true,
    model: {
      actual: y,
      predicted: p,
      absErrors: y.map((t, i) => meanAbsoluteError([t], [p[i]!])),
      squaredErrors: y.map((t, i) => meanSquaredError([t], [p[i]!])),
      relErrors: y.map((t, i) => meanAbsolutePercentageError([t], [p[i]!])),
      mae: meanAbsoluteError(y, p),
      mse: meanSquaredError(y, p),
      rmse: rootMeanSquaredError(y, p),
      mape: meanAbsolutePercentageError(y, p),
      r2: r2ScoreReport(y, p).score,
      ssRes: sums.residual,
      ssTot: sums.total,
      rmseToMae: rmseMaeRatio(y, p),
      largest: largestAbsoluteError(y, p),
      mapeDenominators: mape.denominators,
      mapeFloored: mape.floored,
    },
  };
}

/** "(2 + 2 + 1 + 2 + 10)", shortened to "(2 + 2 + 1 + … + 7 + 10)" for long lists. */
function sumText(terms: readonly string[]): string {
  const shown = terms.length <= 8 ? terms : [...terms.slice(0, 3), '…', ...terms.slice(-2)];
  return `(${shown.join(' + ')})`;
}

const num = (value: number) => formatNumber(value);

function r2Text(m: RegressionModel): string {
  const n = m.actual.length;
  if (n < 2)
    return 'undefined: R² needs at least 2 examples (scikit-learn returns no number, with an UndefinedMetricWarning)';
  if (m.ssRes === 0) return `1: every prediction is exact (SS_res = 0${m.ssTot === 0 ? ', even with SS_tot = 0' : ''})`;
  if (m.ssTot === 0)
    return `0: every actual value is the same, so SS_tot = 0 and 1 − ${num(m.ssRes)} / 0 would be −∞; scikit-learn returns 0 (force_finite)`;
  return `1 − ${num(m.ssRes)} / ${num(m.ssTot)} = ${num(m.r2)}`;
}

function compareText(m: RegressionModel): string {
  if (m.rmseToMae === null) return 'RMSE and MAE are both 0: every prediction is exact.';
  const { ratio, excess } = m.rmseToMae;
  const worst = m.largest;
  // Below 1e-9 the difference is rounding, not a spread of error sizes.
  if (excess < 1e-9)
    return `RMSE equals MAE (${num(m.mae)}): every error has the same size, so squaring adds no extra weight.`;
  return (
    `RMSE (${num(m.rmse)}) is ${formatNumber(ratio, 2)} × MAE (${num(m.mae)}), ${formatPercent(excess, 1)} larger: ` +
    `squaring gives the big misses extra weight; the largest, ${num(m.absErrors[worst]!)} at example ${worst + 1}, contributes ` +
    `${num(m.squaredErrors[worst]!)} of the total squared error of ${num(m.ssRes)}.`
  );
}

function notes(m: RegressionModel): VNode {
  const zeros = m.mapeFloored;
  const items: VNode[] = [];
  if (zeros.length > 0) {
    const which = zeros
      .slice(0, 5)
      .map((i) => i + 1)
      .join(', ');
    items.push(
      h('p', { class: 'reg-note' }, [
        `MAPE: the actual value of example${zeros.length === 1 ? '' : 's'} ${which}${zeros.length > 5 ? ', …' : ''} is 0. ` +
          `Dividing by 0 is impossible, so scikit-learn divides by ε = ${MAPE_EPSILON} instead: a wrong prediction there ` +
          `makes MAPE enormous, and a right one adds 0. MAPE is not meaningful for targets that can be 0; use MAE or RMSE.`,
      ]),
    );
  }
  if (m.actual.length < 2) {
    items.push(
      h('p', { class: 'reg-note' }, [
        'R²: with a single example there is no variation to explain, so R² is undefined. Add at least one more example.',
      ]),
    );
  }
  return h('div', {}, items);
}

const SIZE = { left: 60, top: 14, plot: 260, right: 18, bottom: 48 } as const;

function chart(m: RegressionModel): VNode {
  const { left, top, plot, right, bottom } = SIZE;
  const [lo, hi] = paddedDomain([...m.actual, ...m.predicted]);
  const x = linearScale(lo, hi, left, left + plot);
  const y = linearScale(lo, hi, top + plot, top);
  const ticks = niceTicks(lo, hi, 5);
  const worst = m.largest;
  const title = `Predicted against actual values, ${formatCount(m.actual.length)} example${m.actual.length === 1 ? '' : 's'}`;
  const desc =
    `Each dot is one example (actual value across, prediction up). Dots on the diagonal line y = x are exact; ` +
    `the vertical segment from the line to a dot is that example's error. The largest error is ` +
    `${num(m.absErrors[worst]!)} at example ${worst + 1} (actual ${num(m.actual[worst]!)}, predicted ${num(m.predicted[worst]!)}).`;
  return h(
    'svg',
    {
      class: 'reg-chart',
      viewBox: `0 0 ${left + plot + right} ${top + plot + bottom}`,
      role: 'img',
      'aria-labelledby': 'reg-chart-title',
      'aria-describedby': 'reg-chart-desc',
    },
    [
      h('title', { id: 'reg-chart-title' }, [title]),
      h('desc', { id: 'reg-chart-desc' }, [desc]),
      ...ticks.flatMap((t) => [
        h('line', { class: 'reg-grid', x1: px(x(t)), x2: px(x(t)), y1: top, y2: top + plot }),
        h('line', { class: 'reg-grid', x1: left, x2: left + plot, y1: px(y(t)), y2: px(y(t)) }),
        h('text', { class: 'reg-tick', x: px(x(t)), y: top + plot + 16, 'text-anchor': 'middle' }, [num(t)]),
        h('text', { class: 'reg-tick', x: left - 6, y: px(y(t)) + 4, 'text-anchor': 'end' }, [num(t)]),
      ]),
      h('rect', { class: 'reg-frame', x: left, y: top, width: plot, height: plot }),
      h('text', { class: 'reg-axis', x: left + plot / 2, y: top + plot + 38, 'text-anchor': 'middle' }, [
        'Actual value',
      ]),
      h(
        'text',
        {
          class: 'reg-axis',
          x: 0,
          y: 0,
          transform: `translate(14 ${top + plot / 2}) rotate(-90)`,
          'text-anchor': 'middle',
        },
        ['Predicted value'],
      ),
      h('line', { class: 'reg-diagonal', x1: left, y1: top + plot, x2: left + plot, y2: top }),
      h('text', { class: 'reg-note-text', x: left + plot - 6, y: top + plot - 8, 'text-anchor': 'end' }, [
        'dashed line: y = x (exact)',
      ]),
      ...m.actual.map((a, i) =>
        h('line', {
          class: i === worst ? 'reg-residual reg-residual--max' : 'reg-residual',
          x1: px(x(a)),
          y1: px(y(a)),
          x2: px(x(a)),
          y2: px(y(m.predicted[i]!)),
        }),
      ),
      ...m.actual.map((a, i) =>
        h('circle', {
          class: i === worst ? 'reg-point reg-point--max' : 'reg-point',
          cx: px(x(a)),
          cy: px(y(m.predicted[i]!)),
          r: i === worst ? 5.5 : 4,
        }),
      ),
    ],
  );
}

function pointsTable(m: RegressionModel): VNode {
  const worst = m.largest;
  return h('details', { class: 'reg-details' }, [
    h('summary', {}, [
      m.actual.length === 1
        ? 'Data table: the example and its errors'
        : `Data table: the ${formatCount(m.actual.length)} examples and their errors`,
    ]),
    h('div', { class: 'calculator__scroll' }, [
      h('table', { class: 'calculator__table' }, [
        h('caption', {}, ['Each example with its absolute, squared and relative error']),
        h('thead', {}, [
          h(
            'tr',
            {},
            ['Example', 'Actual', 'Predicted', '|Error|', 'Squared error', 'Relative error'].map((text) =>
              h('th', { scope: 'col' }, [text]),
            ),
          ),
        ]),
        h(
          'tbody',
          {},
          m.actual.map((a, i) =>
            h('tr', i === worst ? { class: 'reg-row--max' } : {}, [
              h('th', { scope: 'row' }, [`${i + 1}${i === worst ? ' (largest error)' : ''}`]),
              h('td', {}, [num(a)]),
              h('td', {}, [num(m.predicted[i]!)]),
              h('td', {}, [num(m.absErrors[i]!)]),
              h('td', {}, [num(m.squaredErrors[i]!)]),
              h('td', {}, [num(m.relErrors[i]!)]),
            ]),
          ),
        ),
      ]),
    ]),
  ]);
}

/** The calculator's view for the given field texts. */
export function regressionView(values: FieldValues): CalculatorView {
  const result = regressionModel(values);
  if (!result.ok) {
    const count = Object.keys(result.errors).length;
    return {
      errors: result.errors,
      outputs: Object.fromEntries(OUTPUTS.map((name) => [name, '—'])),
      regions: Object.fromEntries(REGIONS.map((name) => [name, ''])),
      summary: count === 1 ? 'One field needs a correction.' : `${count} fields need a correction.`,
    };
  }
  const m = result.model;
  const n = m.actual.length;
  const zeros = m.mapeFloored.length > 0;
  const floored = new Set(m.mapeFloored);
  const relTerms = m.absErrors.map((e, i) =>
    floored.has(i) ? `${num(e)}/ε` : `${num(e)}/${num(m.mapeDenominators[i]!)}`,
  );
  const outputs = {
    mae: `${sumText(m.absErrors.map(num))} / ${n} = ${num(m.mae)}`,
    mape: `${sumText(relTerms)} / ${n} = ${num(m.mape)} (${formatPercent(m.mape)})${zeros ? ' — an actual value is 0: see the note' : ''}`,
    mse: `${sumText(m.squaredErrors.map(num))} / ${n} = ${num(m.mse)}`,
    rmse: `√${num(m.mse)} = ${num(m.rmse)}`,
    r2: r2Text(m),
    compare: compareText(m),
  };
  return {
    errors: {},
    outputs,
    regions: { chart: chart(m), notes: notes(m), points: pointsTable(m) },
    summary: `MAE ${num(m.mae)}, RMSE ${num(m.rmse)}, MSE ${num(m.mse)}, MAPE ${formatPercent(m.mape)}, R² ${num(m.r2)}.`,
  };
}
