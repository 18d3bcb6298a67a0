// The threshold and ROC explorer's view: scores with 0/1 labels -> the ROC curve at every threshold
// (SVG with a data table), the AUC as a decimal and as an exact fraction, and, at the threshold chosen
// with the slider, the confusion matrix with precision, recall and FPR filled in. Ships to the browser.
import {
  confusionAtThreshold,
  precision,
  recall,
  rocAucFraction,
  rocAucScore,
  rocCurve,
  type ConfusionCounts,
  type RocCurve,
} from '../metrics/index.ts';
import { linearScale, px } from './chart-roc.ts';
import { formatCount, formatNumber } from './format.ts';
import { parseNumber, parseNumberList, parseText } from './parse.ts';
import type { CalculatorView, FieldValues } from './view.ts';
import { h, type VNode } from './vnode.ts';

/** Ten scored examples: 5 positives, 5 negatives, one tie across the classes (0.7). */
export const ROC_DEFAULTS = {
  scores: '0.95, 0.85, 0.8, 0.7, 0.7, 0.6, 0.45, 0.4, 0.3, 0.1',
  labels: '1, 1, 0, 1, 0, 1, 1, 0, 0, 0',
  position: '4',
} as const;

/** Most scored examples accepted (the data table lists one row per distinct score). */
export const ROC_MAX_EXAMPLES = 500;
const SCORE_RULES = { min: -1e12, max: 1e12, maxItems: ROC_MAX_EXAMPLES } as const;

const OUTPUTS = ['auc', 'threshold', 'precision', 'recall', 'fpr'] as const;
const REGIONS = ['chart', 'matrix', 'points'] as const;

/** Everything the explorer shows, as numbers (the unit tests compare these with the reference). */
export interface RocModel {
  readonly scores: number[];
  readonly labels: number[];
  /** Every threshold (dropIntermediate false); index 0 is sklearn's artificial "above every score" point. */
  readonly curve: RocCurve;
  readonly auc: number;
  readonly fraction: { numerator: number; denominator: number };
  /** Slider position: 0 = the lowest score, curve.thresholds.length - 1 = above every score. */
  readonly position: number;
  /** Index of the chosen point in `curve`. */
  readonly point: number;
  readonly counts: ConfusionCounts;
}

type ModelResult = { ok: true; model: RocModel } | { ok: false; errors: Record<string, string> };

/** Reads the labels: 0 or 1 each, with a message naming the first bad one. */
function parseLabels(text: string): { ok: true; value: number[] } | { ok: false; message: string } {
  const whole = parseText(text);
  if (!whole.ok) return whole;
  const list = parseNumberList(text, { maxItems: ROC_MAX_EXAMPLES });
  if (!list.ok && !/^Number \d+/.test(list.message)) return list;
  const items = text.split(/[\s,;]+/).filter(Boolean);
  const bad = items.findIndex((item) => item !== '0' && item !== '1');
  if (bad >= 0) {
    return {
      ok: false,
      message: `Label ${bad + 1} (“${items[bad]!.slice(0, 30)}”) must be 1 (positive) or 0 (negative).`,
    };
  }
  return { ok: true, value: items.map((item) => (item === '1' ? 1 : 0)) };
}

/** The number of distinct scores in the field, or null when the scores cannot be read. */
export function rocDistinctScores(scoresText: string): number | null {
  const parsed = parseNumberList(scoresText, SCORE_RULES);
  return parsed.ok ? new Set(parsed.value).size : null;
}

/** Parses the fields and computes the curve, the AUC and the counts at the chosen threshold. */
export function rocModel(values: FieldValues): ModelResult {
  const errors: Record<string, string> = {};
  const scores = parseNumberList(values['scores'] ?? '', SCORE_RULES);
  if (!scores.ok) errors['scores'] = scores.message;
  const labels = parseLabels(values['labels'] ?? '');
  if (!labels.ok) errors['labels'] = labels.message;
  const position = parseNumber(values['position'] ?? '', { min: 0, integer: true });
  if (!position.ok) errors['position'] = `Threshold position: ${position.message}`;
  if (!scores.ok || !labels.ok || !position.ok) return { ok: false, errors };

  const n = scores.value.length;
  if (labels.value.length !== n) {
    const count = (k: number, what: string) => `${formatCount(k)} ${what}${k === 1 ? '' : 's'}`;
    errors['labels'] =
      `There ${n === 1 ? 'is' : 'are'} ${count(n, 'score')} but ${count(labels.value.length, 'label')}: give exactly one label per score, in the same order.`;
    return { ok: false, errors };
  }
  const positives = labels.value.filter((y) => y === 1).length;
  if (positives === 0 || positives === n) {
    const only = positives === 0 ? '0 (negative)' : '1 (positive)';
    const missing = positives === 0 ? '1' : '0';
    errors['labels'] =
      `Every label is ${only}. With only one class the ROC curve and AUC are undefined (scikit-learn raises an error): add at least one ${missing}.`;
    return { ok: false, errors };
  }

  const curve = rocCurve(labels.value, scores.value, { dropIntermediate: false });
  const last = curve.thresholds.length - 1;
  const slider = Math.min(position.value, last);
  const point = last - slider;
  // Predicted positive when score >= threshold (scikit-learn); the first point is above every score.
  const counts = confusionAtThreshold(labels.value, scores.value, curve.thresholds[point]!);
  return {
    ok: true,
    model: {
      scores: scores.value,
      labels: labels.value,
      curve,
      auc: rocAucScore(labels.value, scores.value),
      fraction: rocAucFraction(labels.value, scores.value),
      position: slider,
      point,
      counts,
    },
  };
}

const score = (value: number) => formatNumber(value, 6);

/** "0.6" for a real threshold, "above 0.95" for sklearn's artificial first point. */
function thresholdText(m: RocModel, index = m.point): string {
  return index === 0 ? `above ${score(m.curve.thresholds[1]!)}` : score(m.curve.thresholds[index]!);
}

/**
 * What the slider needs beyond the view: its maximum (the number of distinct scores; null when the
 * scores cannot be read) and the text a screen reader announces for its position.
 */
export function rocSlider(values: FieldValues): { max: number | null; valueText: string | null } {
  const result = rocModel(values);
  return {
    max: rocDistinctScores(values['scores'] ?? ''),
    valueText: result.ok ? `threshold ${thresholdText(result.model)}` : null,
  };
}

function ratio(value: number | null, top: number, other: number, why: string): string {
  if (value === null) return `undefined: ${top} + ${other} = 0 (${why})`;
  return `${top} / (${top} + ${other}) = ${formatNumber(value)}`;
}

const SIZE = { left: 52, top: 14, plot: 260, right: 18, bottom: 48 } as const;

function chart(m: RocModel): VNode {
  const { left, top, plot, right, bottom } = SIZE;
  const x = linearScale(0, 1, left, left + plot);
  const y = linearScale(0, 1, top + plot, top);
  const points = m.curve.fpr.map((f, i) => [px(x(f)), px(y(m.curve.tpr[i]!))] as const);
  const path = points.map(([a, b]) => `${a},${b}`).join(' ');
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const [cx, cy] = points[m.point]!;
  const fpr = m.curve.fpr[m.point]!;
  const tpr = m.curve.tpr[m.point]!;
  const labelLeft = cx > left + plot * 0.6;
  const title = `ROC curve, AUC ${formatNumber(m.auc)}`;
  const desc =
    `True positive rate against false positive rate at each of the ${formatCount(m.curve.thresholds.length)} thresholds, ` +
    `from (0, 0) to (1, 1), with the diagonal of random guessing. The chosen threshold ${thresholdText(m)} ` +
    `is the point FPR ${formatNumber(fpr)}, TPR ${formatNumber(tpr)}.`;
  return h(
    'svg',
    {
      class: 'roc-chart',
      viewBox: `0 0 ${left + plot + right} ${top + plot + bottom}`,
      role: 'img',
      'aria-labelledby': 'roc-chart-title',
      'aria-describedby': 'roc-chart-desc',
    },
    [
      h('title', { id: 'roc-chart-title' }, [title]),
      h('desc', { id: 'roc-chart-desc' }, [desc]),
      ...ticks.flatMap((t) => [
        h('line', { class: 'roc-grid', x1: x(t), x2: x(t), y1: top, y2: top + plot }),
        h('line', { class: 'roc-grid', x1: left, x2: left + plot, y1: y(t), y2: y(t) }),
        h('text', { class: 'roc-tick', x: x(t), y: top + plot + 16, 'text-anchor': 'middle' }, [formatNumber(t)]),
        h('text', { class: 'roc-tick', x: left - 6, y: y(t) + 4, 'text-anchor': 'end' }, [formatNumber(t)]),
      ]),
      h('text', { class: 'roc-axis', x: left + plot / 2, y: top + plot + 38, 'text-anchor': 'middle' }, [
        'False positive rate (FPR)',
      ]),
      h(
        'text',
        {
          class: 'roc-axis',
          x: 0,
          y: 0,
          transform: `translate(14 ${top + plot / 2}) rotate(-90)`,
          'text-anchor': 'middle',
        },
        ['True positive rate (TPR, recall)'],
      ),
      h('polygon', { class: 'roc-area', points: `${path} ${px(x(1))},${px(y(0))}` }),
      h('line', { class: 'roc-diagonal', x1: x(0), y1: y(0), x2: x(1), y2: y(1) }),
      h('text', { class: 'roc-note', x: x(0.74), y: y(0.4), 'text-anchor': 'middle' }, ['random: AUC 0.5']),
      h('polyline', { class: 'roc-curve', points: path }),
      ...points.map(([a, b]) => h('circle', { class: 'roc-dot', cx: a, cy: b, r: 3 })),
      h('circle', { class: 'roc-current', cx, cy, r: 7 }),
      h(
        'text',
        {
          class: 'roc-label',
          x: labelLeft ? cx - 11 : cx + 11,
          y: cy < top + 24 ? cy + 20 : cy - 10,
          'text-anchor': labelLeft ? 'end' : 'start',
        },
        [`≥ ${thresholdText(m)}`.replace('≥ above', '>')],
      ),
    ],
  );
}

function matrix(m: RocModel): VNode {
  const { tp, fp, fn, tn } = m.counts;
  const cell = (name: string, value: number, kind: string) =>
    h('td', { class: `roc-cell roc-cell--${kind}` }, [
      h('abbr', { title: name }, [name.replace(/[^A-Z]/g, '')]),
      ` ${value}`,
    ]);
  const rule = m.point === 0 ? 'nothing is predicted positive' : `predicted positive when score ≥ ${thresholdText(m)}`;
  return h('table', { class: 'calculator__table roc-matrix' }, [
    h('caption', {}, [`Confusion matrix at threshold ${thresholdText(m)} (${rule})`]),
    h('thead', {}, [
      h('tr', {}, [
        h('td', {}, []),
        h('th', { scope: 'col' }, ['Predicted positive']),
        h('th', { scope: 'col' }, ['Predicted negative']),
      ]),
    ]),
    h('tbody', {}, [
      h('tr', {}, [
        h('th', { scope: 'row' }, [`Actual positive (${m.curve.positives})`]),
        cell('True Positives', tp, 'good'),
        cell('False Negatives', fn, 'bad'),
      ]),
      h('tr', {}, [
        h('th', { scope: 'row' }, [`Actual negative (${m.curve.negatives})`]),
        cell('False Positives', fp, 'bad'),
        cell('True Negatives', tn, 'good'),
      ]),
    ]),
  ]);
}

function pointsTable(m: RocModel): VNode {
  return h('details', { class: 'roc-details' }, [
    h('summary', {}, [`Data table: the ${formatCount(m.curve.thresholds.length)} points of the curve`]),
    h('div', { class: 'calculator__scroll' }, [
      h('table', { class: 'calculator__table' }, [
        h('caption', {}, ['ROC curve points, highest threshold first (predicted positive when score ≥ threshold)']),
        h('thead', {}, [
          h(
            'tr',
            {},
            ['Threshold', 'FPR', 'TPR'].map((text) => h('th', { scope: 'col' }, [text])),
          ),
        ]),
        h(
          'tbody',
          {},
          m.curve.thresholds.map((_, i) =>
            h('tr', i === m.point ? { class: 'roc-row--current' } : {}, [
              h('th', { scope: 'row' }, [`${thresholdText(m, i)}${i === m.point ? ' (chosen)' : ''}`]),
              h('td', {}, [formatNumber(m.curve.fpr[i]!)]),
              h('td', {}, [formatNumber(m.curve.tpr[i]!)]),
            ]),
          ),
        ),
      ]),
    ]),
  ]);
}

/** The explorer's view for the given field texts. */
export function rocView(values: FieldValues): CalculatorView {
  const result = rocModel(values);
  if (!result.ok) {
    const count = Object.keys(result.errors).length;
    return {
      errors: result.errors,
      outputs: {
        ...Object.fromEntries(OUTPUTS.map((name) => [name, '—'])),
        auc: /one class/.test(result.errors['labels'] ?? '')
          ? 'undefined: only one class is present, so no positive–negative pair can be ranked'
          : '—',
      },
      regions: Object.fromEntries(REGIONS.map((name) => [name, ''])),
      summary: count === 1 ? 'One field needs a correction.' : `${count} fields need a correction.`,
    };
  }
  const m = result.model;
  const c = m.counts;
  const { tp, fp, fn, tn } = c;
  const fprValue = m.curve.fpr[m.point]!;
  const outputs = {
    auc: `${m.fraction.numerator} / ${m.fraction.denominator} = ${formatNumber(m.auc)} (${m.curve.positives} positives, ${m.curve.negatives} negatives)`,
    threshold:
      m.point === 0
        ? `${thresholdText(m)}: nothing is predicted positive`
        : `${thresholdText(m)}: predicted positive when score ≥ ${thresholdText(m)}`,
    precision: ratio(precision(c), tp, fp, 'nothing is predicted positive'),
    recall: ratio(recall(c), tp, fn, 'there are no actual positives'),
    fpr: `${fp} / (${fp} + ${tn}) = ${formatNumber(fprValue)}`,
  };
  return {
    errors: {},
    outputs,
    regions: { chart: chart(m), matrix: matrix(m), points: pointsTable(m) },
    summary: `Threshold ${thresholdText(m)}: TP ${tp}, FP ${fp}, FN ${fn}, TN ${tn}; precision ${formatNumber(precision(c))}, recall ${formatNumber(recall(c))}; AUC ${formatNumber(m.auc)}.`,
  };
}
