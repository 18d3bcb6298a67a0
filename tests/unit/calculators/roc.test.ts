import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { formatNumber } from '../../../src/lib/calculators/format.ts';
import {
  ROC_DEFAULTS,
  rocDistinctScores,
  rocModel,
  rocSlider,
  rocView,
  type RocModel,
} from '../../../src/lib/calculators/roc.ts';
import { toHtml, type VNode } from '../../../src/lib/calculators/vnode.ts';
import { decodeFloat, expectClose, type Tolerance } from '../helpers/close.ts';

interface Curve {
  fpr: unknown[];
  tpr: unknown[];
  thresholds: number[];
}
interface RocCase {
  name: string;
  input: { y_true: number[]; y_score: number[] };
  expected: {
    n_pos: number;
    n_neg: number;
    auc: number | { error: unknown };
    auc_exact_fraction: string | null;
    curve_all_thresholds: Curve;
  };
}
const file = JSON.parse(readFileSync('tests/vectors/roc.json', 'utf8')) as {
  suggested_tolerance: Tolerance;
  cases: RocCase[];
};
const tol = file.suggested_tolerance;
const twoClass = file.cases.filter((c) => typeof c.expected.auc === 'number');
const oneClass = file.cases.filter((c) => typeof c.expected.auc !== 'number');

const fields = (c: RocCase, position: number) => ({
  scores: c.input.y_score.map(String).join(', '),
  labels: c.input.y_true.join(' '),
  position: String(position),
});

function model(values: Record<string, string>): RocModel {
  const result = rocModel(values);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.model;
}

const html = (node: VNode | undefined) => (node === undefined ? '' : toHtml(node));

describe('rocView on the reference vectors (scikit-learn 1.2.1)', () => {
  test('covers two-class and one-class cases', () => {
    expect(twoClass.length).toBeGreaterThan(10);
    expect(oneClass.length).toBeGreaterThan(0);
  });

  test.each(twoClass.map((c) => [c.name, c] as const))('draws every threshold and the AUC of %s', (_, c) => {
    const expected = c.expected.curve_all_thresholds;
    const m = model(fields(c, 0));
    expect(m.curve.positives).toBe(c.expected.n_pos);
    expect(m.curve.negatives).toBe(c.expected.n_neg);
    expect(m.curve.fpr).toHaveLength(expected.fpr.length);
    expected.fpr.forEach((v, i) => expectClose(m.curve.fpr[i]!, decodeFloat(v) as number, `fpr[${i}]`, tol));
    expected.tpr.forEach((v, i) => expectClose(m.curve.tpr[i]!, decodeFloat(v) as number, `tpr[${i}]`, tol));
    // thresholds[0] is "any value above the maximum"; the rest are the distinct scores.
    expect(m.curve.thresholds.slice(1)).toEqual(expected.thresholds.slice(1));
    expect(m.curve.thresholds[0]).toBeGreaterThan(Math.max(...c.input.y_score));
    expectClose(m.auc, c.expected.auc as number, 'auc', tol);
    const [numerator, denominator] = c.expected.auc_exact_fraction!.split('/');
    expect(m.fraction).toEqual({ numerator: Number(numerator), denominator: Number(denominator) });
    const view = rocView(fields(c, 0));
    expect(view.outputs['auc']).toBe(
      `${numerator} / ${denominator} = ${formatNumber(c.expected.auc as number)} (${c.expected.n_pos} positives, ${c.expected.n_neg} negatives)`,
    );
  });

  test.each(twoClass.map((c) => [c.name, c] as const))(
    'gives the confusion matrix of every slider position on %s',
    (_, c) => {
      const expected = c.expected.curve_all_thresholds;
      const last = expected.thresholds.length - 1;
      for (let position = 0; position <= last; position++) {
        const m = model(fields(c, position));
        const point = last - position;
        expect(m.point).toBe(point);
        const { tp, fp, fn, tn } = m.counts;
        expect(tp + fn).toBe(c.expected.n_pos);
        expect(fp + tn).toBe(c.expected.n_neg);
        expectClose(tp / c.expected.n_pos, decodeFloat(expected.tpr[point]) as number, `tpr at ${point}`, tol);
        expectClose(fp / c.expected.n_neg, decodeFloat(expected.fpr[point]) as number, `fpr at ${point}`, tol);
        const view = rocView(fields(c, position));
        expect(view.outputs['fpr']).toBe(
          `${fp} / (${fp} + ${tn}) = ${formatNumber(decodeFloat(expected.fpr[point]) as number)}`,
        );
        expect(view.outputs['recall']).toBe(
          `${tp} / (${tp} + ${fn}) = ${formatNumber(decodeFloat(expected.tpr[point]) as number)}`,
        );
      }
    },
  );

  test.each(oneClass.map((c) => [c.name, c] as const))('says the AUC is undefined for %s (one class)', (_, c) => {
    const view = rocView(fields(c, 0));
    expect(view.errors['labels']).toMatch(
      /^Every label is [01] \((positive|negative)\)\. With only one class the ROC curve and AUC are undefined/,
    );
    expect(view.outputs['auc']).toBe(
      'undefined: only one class is present, so no positive–negative pair can be ranked',
    );
    expect(view.regions['chart']).toBe('');
  });
});

describe('rocView with the example', () => {
  // Built before each test, not when the file loads: Stryker counts only the code a test runs as covered
  // by it (docs/mutation.md).
  let view: ReturnType<typeof rocView>;
  beforeEach(() => {
    view = rocView(ROC_DEFAULTS);
  });

  test('shows the example threshold 0.6 with its filled-in formulas', () => {
    expect(view.errors).toEqual({});
    expect(view.outputs).toEqual({
      auc: '39 / 50 = 0.78 (5 positives, 5 negatives)',
      threshold: '0.6: predicted positive when score ≥ 0.6',
      precision: '4 / (4 + 2) = 0.6667',
      recall: '4 / (4 + 1) = 0.8',
      fpr: '2 / (2 + 3) = 0.4',
    });
    expect(view.summary).toBe('Threshold 0.6: TP 4, FP 2, FN 1, TN 3; precision 0.6667, recall 0.8; AUC 0.78.');
  });

  test('draws an accessible SVG chart with a data table', () => {
    const chart = html(view.regions['chart']);
    expect(chart).toMatch(
      /^<svg [^>]*role="img"[^>]*aria-labelledby="roc-chart-title" aria-describedby="roc-chart-desc"/,
    );
    expect(chart).toContain('<title id="roc-chart-title">ROC curve, AUC 0.78</title>');
    expect(chart).toContain('is the point FPR 0.4, TPR 0.8.</desc>');
    expect(chart.match(/class="roc-dot"/g)).toHaveLength(10);
    const table = html(view.regions['points']);
    expect(table).toContain('<th scope="row">0.6 (chosen)</th><td>0.4</td><td>0.8</td>');
    expect(table).toContain('<th scope="row">above 0.95</th><td>0</td><td>0</td>');
    expect(html(view.regions['matrix'])).toContain('Confusion matrix at threshold 0.6');
  });

  test('puts the far right of the slider above every score, where precision is undefined', () => {
    const top = rocView({ ...ROC_DEFAULTS, position: '9' });
    expect(top.outputs['threshold']).toBe('above 0.95: nothing is predicted positive');
    expect(top.outputs['precision']).toBe('undefined: 0 + 0 = 0 (nothing is predicted positive)');
    expect(top.outputs['recall']).toBe('0 / (0 + 5) = 0');
    const bottom = rocView({ ...ROC_DEFAULTS, position: '0' });
    expect(bottom.outputs['threshold']).toBe('0.1: predicted positive when score ≥ 0.1');
    expect(bottom.outputs['precision']).toBe('5 / (5 + 5) = 0.5');
  });

  test('clamps a position beyond the last score to the top', () => {
    expect(rocView({ ...ROC_DEFAULTS, position: '500' }).outputs['threshold']).toBe(
      'above 0.95: nothing is predicted positive',
    );
  });

  test('gives the slider its range and spoken value', () => {
    expect(rocDistinctScores(ROC_DEFAULTS.scores)).toBe(9);
    expect(rocSlider(ROC_DEFAULTS)).toEqual({ max: 9, valueText: 'threshold 0.6' });
    expect(rocSlider({ ...ROC_DEFAULTS, scores: 'x' })).toEqual({ max: null, valueText: null });
  });
});

describe('rocView with bad input', () => {
  test.each([
    ['scores', '', 'Enter at least one number.'],
    ['scores', '0.9, high, 0.1', 'Number 2 (“high”): “high” is not a number.'],
    ['scores', '1e13', 'Number 1 (“1e13”): Enter a number of at most 1,000,000,000,000.'],
    ['labels', '1, 1, 0, 1, 0, 1, 1, 0, 0, 2', 'Label 10 (“2”) must be 1 (positive) or 0 (negative).'],
    ['labels', '1 1 0', 'There are 10 scores but 3 labels: give exactly one label per score, in the same order.'],
    ['labels', '', 'Enter at least one number.'],
    ['position', 'abc', 'Threshold position: “abc” is not a number.'],
    ['position', '1.5', 'Threshold position: Enter a whole number.'],
    ['position', '-1', 'Threshold position: Enter a number of at least 0.'],
    // The first label is checked too.
    ['labels', '2, 1, 0, 1, 0, 1, 1, 0, 0, 0', 'Label 1 (“2”) must be 1 (positive) or 0 (negative).'],
  ])('answers %s = %j with a message at the field', (field, text, message) => {
    const view = rocView({ ...ROC_DEFAULTS, [field]: text });
    expect(view.errors[field]).toBe(message);
    expect(Object.values(view.outputs).every((o) => o === '—')).toBe(true);
    expect(view.summary).toBe('One field needs a correction.');
  });

  test('reads labels with a separator before the first one', () => {
    const view = rocView({ scores: '0.9 0.8', labels: ' , 1, 0', position: '0' });
    expect(view.errors).toEqual({});
    expect(view.outputs['auc']).toBe('1 / 1 = 1 (1 positives, 1 negatives)');
  });

  test('asks for a 1 when every label is 0', () => {
    expect(rocView({ ...ROC_DEFAULTS, labels: '0 0 0 0 0 0 0 0 0 0' }).errors).toEqual({
      labels:
        'Every label is 0 (negative). With only one class the ROC curve and AUC are undefined (scikit-learn raises an error): add at least one 1.',
    });
  });

  test('counts every field that needs a correction', () => {
    expect(rocView({ ...ROC_DEFAULTS, scores: 'x', labels: 'y' }).summary).toBe('2 fields need a correction.');
  });

  test('gives the slider no range when the field is missing', () => {
    expect(rocSlider({})).toEqual({ max: null, valueText: null });
  });

  test('refuses a 1 MB paste and over 500 examples', () => {
    expect(rocView({ ...ROC_DEFAULTS, scores: '9'.repeat(1_000_000) }).errors['scores']).toMatch(/too long/);
    expect(rocView({ ...ROC_DEFAULTS, labels: '1 '.repeat(600) }).errors['labels']).toBe(
      'That is 600 numbers; the limit is 500.',
    );
  });

  test('never shows NaN, Infinity or null, and keeps text from the reader as text', () => {
    for (const values of [
      ROC_DEFAULTS,
      { ...ROC_DEFAULTS, labels: '0 0 0 0 0 0 0 0 0 0' },
      { scores: '5 5 5', labels: '0 1 1', position: '0' },
      { scores: '-1e12 1e12', labels: '0 1', position: '2' },
      { ...ROC_DEFAULTS, labels: '<img src=x onerror=alert(1)>' },
    ]) {
      const view = rocView(values);
      const text = [
        ...Object.values(view.outputs),
        ...Object.values(view.errors),
        ...Object.values(view.regions).map(html),
        view.summary,
      ].join(' ');
      expect(text).not.toMatch(/NaN|Infinity|null/);
      expect(Object.values(view.regions).map(html).join('')).not.toContain('<img');
    }
  });
});
