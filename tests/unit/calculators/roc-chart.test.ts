// The ROC explorer's chart and tables, read as a reader reads them, for four examples worked by hand:
// scores 0.9, 0.8, 0.4, 0.2 with labels 1, 0, 1, 0. Thresholds (highest first): above 0.9, 0.9, 0.8, 0.4,
// 0.2; FPR 0, 0, 0.5, 0.5, 1; TPR 0, 0.5, 0.5, 1, 1; AUC 3 / 4 (pairs ranked right: 0.9 > 0.8, 0.9 > 0.2,
// 0.4 > 0.2).
import { beforeEach, describe, expect, test } from 'vitest';
import { rocView } from '../../../src/lib/calculators/roc.ts';
import type { VElement, VNode } from '../../../src/lib/calculators/vnode.ts';
import { at, byClass, elements, expectAllClose, expectInsideViewBox, steps, textOf } from './svg.ts';

const FPR = [0, 0, 0.5, 0.5, 1];
const TPR = [0, 0.5, 0.5, 1, 1];
const view = (position: number) =>
  rocView({ scores: '0.9 0.8 0.4 0.2', labels: '1 0 1 0', position: String(position) });
const rows = (node: VNode | undefined) =>
  elements(node)
    .filter((element) => element.tag === 'tr')
    .map((row) => row.children.map((cell) => textOf(cell).trim()));

describe('the ROC chart', () => {
  // Built before each test, not when the file loads: Stryker counts only the code a test runs as covered
  // by it (docs/mutation.md).
  let chart: VNode | undefined;
  let grid: VElement[];
  let vertical: number[];
  let horizontal: number[];
  let [x0, x1, y0, y1] = [0, 0, 0, 0];
  beforeEach(() => {
    chart = view(1).regions['chart'];
    grid = byClass(chart, 'roc-grid');
    vertical = grid.filter((line) => at(line, 'x1') === at(line, 'x2')).map((line) => at(line, 'x1'));
    horizontal = grid.filter((line) => at(line, 'y1') === at(line, 'y2')).map((line) => at(line, 'y1'));
    [x0, x1] = [vertical[0]!, vertical.at(-1)!];
    [y0, y1] = [horizontal[0]!, horizontal.at(-1)!];
  });
  const x = (fpr: number) => x0 + fpr * (x1 - x0);
  const y = (tpr: number) => y0 + tpr * (y1 - y0);

  test('has a square plot with grid lines every 0.25, inside the drawing', () => {
    expect(vertical).toHaveLength(5);
    expect(horizontal).toHaveLength(5);
    expectAllClose(steps(vertical), 0.01, 'vertical spacing');
    expectAllClose(steps(horizontal), 0.01, 'horizontal spacing');
    expect(x1 - x0).toBeGreaterThan(100);
    // y grows downwards in SVG: TPR 0 is at the bottom.
    expect(y0 - y1).toBe(x1 - x0);
    grid.forEach((line) => {
      if (at(line, 'x1') === at(line, 'x2')) expect([at(line, 'y1'), at(line, 'y2')].sort()).toEqual([y1, y0]);
      else expect([at(line, 'x1'), at(line, 'x2')]).toEqual([x0, x1]);
    });
    expectInsideViewBox(chart);
  });

  test('labels both axes 0 to 1 beside the grid', () => {
    const ticks = byClass(chart, 'roc-tick');
    const below = ticks.filter((tick) => tick.attrs['text-anchor'] === 'middle');
    const beside = ticks.filter((tick) => tick.attrs['text-anchor'] === 'end');
    expect(below.map(textOf)).toEqual(['0', '0.25', '0.5', '0.75', '1']);
    expect(beside.map(textOf)).toEqual(['0', '0.25', '0.5', '0.75', '1']);
    below.forEach((tick, i) => {
      expect(at(tick, 'x')).toBe(vertical[i]);
      expect(at(tick, 'y')).toBeGreaterThan(y0);
    });
    beside.forEach((tick, i) => {
      expect(at(tick, 'x')).toBeLessThan(x0);
      expect(Math.abs(at(tick, 'y') - horizontal[i]!)).toBeLessThan(8);
    });
    const axes = byClass(chart, 'roc-axis').map(textOf);
    expect(axes).toEqual(['False positive rate (FPR)', 'True positive rate (TPR, recall)']);
    // The TPR title runs up the left edge, a quarter turn, centred on the plot's height and left of its ticks.
    const yAxis = byClass(chart, 'roc-axis')[1]!;
    const [, left, middle] = /^translate\((\S+) (\S+)\) rotate\(-90\)$/.exec(String(yAxis.attrs['transform']))!;
    expect(Number(middle)).toBe((y0 + y1) / 2);
    expect(Number(left)).toBeLessThan(Math.min(...beside.map((tick) => at(tick, 'x'))) - 10);
    expect(yAxis.attrs['text-anchor']).toBe('middle');
    const xAxis = byClass(chart, 'roc-axis')[0]!;
    expect(at(xAxis, 'x')).toBe((x0 + x1) / 2);
    expect(at(xAxis, 'y')).toBeGreaterThan(at(below[0]!, 'y'));
  });

  test('puts a dot on every point of the curve and joins them in order', () => {
    const dots = byClass(chart, 'roc-dot').map((dot) => [at(dot, 'cx'), at(dot, 'cy')]);
    expect(dots).toEqual(FPR.map((f, i) => [x(f), y(TPR[i]!)]));
    const path = dots.map(([a, b]) => `${a},${b}`).join(' ');
    expect(byClass(chart, 'roc-curve')[0]?.attrs['points']).toBe(path);
    // The area under the curve closes at the bottom-right corner.
    expect(byClass(chart, 'roc-area')[0]?.attrs['points']).toBe(`${path} ${x1},${y0}`);
    const diagonal = byClass(chart, 'roc-diagonal')[0]!;
    expect([at(diagonal, 'x1'), at(diagonal, 'y1'), at(diagonal, 'x2'), at(diagonal, 'y2')]).toEqual([x0, y0, x1, y1]);
    const note = byClass(chart, 'roc-note')[0]!;
    expect(textOf(note)).toBe('random: AUC 0.5');
    expect(at(note, 'x')).toBeGreaterThan((x0 + x1) / 2);
    expect(at(note, 'y')).toBeGreaterThan((y0 + y1) / 2);
  });

  test.each([
    // position → chosen point: position 0 is the lowest score (the last point).
    [0, 4, '≥ 0.2', 'end'],
    [1, 3, '≥ 0.4', 'start'],
    [4, 0, '> 0.9', 'start'],
  ])('marks the threshold of slider position %d at point %d with the label "%s"', (position, point, label, anchor) => {
    const chosen = view(position).regions['chart'];
    const current = byClass(chosen, 'roc-current')[0]!;
    expect([at(current, 'cx'), at(current, 'cy')]).toEqual([x(FPR[point]!), y(TPR[point]!)]);
    const text = byClass(chosen, 'roc-label')[0]!;
    expect(textOf(text)).toBe(label);
    expect(text.attrs['text-anchor']).toBe(anchor);
    // Beside the point, on the side with room; below it near the top of the plot.
    expect(Math.abs(at(text, 'x') - at(current, 'cx'))).toBe(11);
    // Anchored at its end, the label sits left of the point; anchored at its start, right of it.
    expect(Math.sign(at(text, 'x') - at(current, 'cx'))).toBe(anchor === 'end' ? -1 : 1);
    expect(at(text, 'y') > at(current, 'cy')).toBe(at(current, 'cy') < y1 + 24);
  });

  test('names itself and describes the chosen point for screen readers', () => {
    expect(textOf(elements(chart).find((element) => element.tag === 'title')!)).toBe('ROC curve, AUC 0.75');
    expect(textOf(elements(chart).find((element) => element.tag === 'desc')!)).toBe(
      'True positive rate against false positive rate at each of the 5 thresholds, from (0, 0) to (1, 1), with the diagonal of random guessing. The chosen threshold 0.4 is the point FPR 0.5, TPR 1.',
    );
    const svg = elements(chart)[0]!;
    expect([svg.attrs['role'], svg.attrs['aria-labelledby'], svg.attrs['aria-describedby']]).toEqual([
      'img',
      'roc-chart-title',
      'roc-chart-desc',
    ]);
  });
});

describe('the ROC tables and outputs', () => {
  test('show the confusion matrix at the chosen threshold, counted by hand', () => {
    const matrix = view(1).regions['matrix'];
    expect(textOf(elements(matrix).find((element) => element.tag === 'caption')!)).toBe(
      'Confusion matrix at threshold 0.4 (predicted positive when score ≥ 0.4)',
    );
    expect(rows(matrix)).toEqual([
      ['', 'Predicted positive', 'Predicted negative'],
      ['Actual positive (2)', 'TP 2', 'FN 0'],
      ['Actual negative (2)', 'FP 1', 'TN 1'],
    ]);
    expect(byClass(matrix, 'roc-cell--good').map(textOf)).toEqual(['TP 2', 'TN 1']);
    expect(byClass(matrix, 'roc-cell--bad').map(textOf)).toEqual(['FN 0', 'FP 1']);
    expect(
      elements(matrix)
        .filter((element) => element.tag === 'abbr')
        .map((abbr) => abbr.attrs['title']),
    ).toEqual(['True Positives', 'False Negatives', 'False Positives', 'True Negatives']);
    expect(textOf(elements(view(4).regions['matrix']).find((element) => element.tag === 'caption')!)).toBe(
      'Confusion matrix at threshold above 0.9 (nothing is predicted positive)',
    );
  });

  test('list every point of the curve, highest threshold first, the chosen one marked', () => {
    const points = view(1).regions['points'];
    expect(textOf(elements(points).find((element) => element.tag === 'summary')!)).toBe(
      'Data table: the 5 points of the curve',
    );
    expect(textOf(elements(points).find((element) => element.tag === 'caption')!)).toBe(
      'ROC curve points, highest threshold first (predicted positive when score ≥ threshold)',
    );
    expect(rows(points)[0]).toEqual(['Threshold', 'FPR', 'TPR']);
    expect(rows(points).slice(1)).toEqual([
      ['above 0.9', '0', '0'],
      ['0.9', '0', '0.5'],
      ['0.8', '0.5', '0.5'],
      ['0.4 (chosen)', '0.5', '1'],
      ['0.2', '1', '1'],
    ]);
    expect(byClass(points, 'roc-row--current')).toHaveLength(1);
  });

  test('fill in the formulas at the chosen threshold', () => {
    expect(view(1).outputs).toEqual({
      auc: '3 / 4 = 0.75 (2 positives, 2 negatives)',
      threshold: '0.4: predicted positive when score ≥ 0.4',
      precision: '2 / (2 + 1) = 0.6667',
      recall: '2 / (2 + 0) = 1',
      fpr: '1 / (1 + 1) = 0.5',
    });
    expect(view(4).outputs['threshold']).toBe('above 0.9: nothing is predicted positive');
    expect(view(4).outputs['precision']).toBe('undefined: 0 + 0 = 0 (nothing is predicted positive)');
    expect(view(1).summary).toBe('Threshold 0.4: TP 2, FP 1, FN 0, TN 1; precision 0.6667, recall 1; AUC 0.75.');
  });

  test('name a label that is neither 0 nor 1, quoting at most 30 characters', () => {
    const errors = rocView({ scores: '0.9 0.8', labels: `1 ${'y'.repeat(40)}`, position: '0' }).errors;
    expect(errors['labels']).toBe(`Label 2 (“${'y'.repeat(30)}”) must be 1 (positive) or 0 (negative).`);
    expect(rocView({ scores: '0.9', labels: '1 0', position: '0' }).errors['labels']).toBe(
      'There is 1 score but 2 labels: give exactly one label per score, in the same order.',
    );
    expect(rocView({ scores: '0.9 0.8', labels: '1 1', position: '0' }).errors['labels']).toMatch(
      /^Every label is 1 \(positive\)\. .* add at least one 0\.$/,
    );
  });
});
