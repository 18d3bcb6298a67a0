// The perplexity calculator's bar chart, read as a chart: one bar per token on a common baseline, bars
// proportional to the value shown, the axis labeled with round ticks, the mean drawn where it belongs.
import { beforeEach, describe, expect, test } from 'vitest';
import { formatNumber } from '../../../src/lib/calculators/format.ts';
import { PPL_CHARTED_TOKENS, PPL_DEFAULTS, pplView } from '../../../src/lib/calculators/perplexity.ts';
import type { VElement, VNode } from '../../../src/lib/calculators/vnode.ts';
import { at, byClass, elements, expectAllClose, expectInsideViewBox, steps, textOf } from './svg.ts';

const chartOf = (values: string, bars = 'prob', kind = 'prob'): VNode | undefined =>
  pplView({ ...PPL_DEFAULTS, values, bars, kind }).regions['chart'];
const bottom = (bar: VElement) => at(bar, 'y') + at(bar, 'height');
const yAxisLabels = (chart: VNode | undefined) =>
  byClass(chart, 'ppl-tick').filter((text) => text.attrs['text-anchor'] === 'end');

describe('the probability chart of 0.5, 0.25, 0.8, 0.1', () => {
  // Built before each test, not when the file loads: Stryker counts only the code a test runs as covered
  // by it (docs/mutation.md).
  let chart: VNode | undefined;
  let bars: VElement[];
  let baseline: number;
  let unit: number;
  beforeEach(() => {
    chart = chartOf('0.5, 0.25, 0.8, 0.1');
    bars = byClass(chart, 'ppl-bar');
    baseline = bottom(bars[0]!);
    unit = at(bars[0]!, 'height') / 0.5; // height of p = 1
  });

  test('draws one bar per token, inside the drawing', () => {
    expect(bars).toHaveLength(4);
    expectInsideViewBox(chart);
  });

  test('stands the bars on one baseline, the axis line, with heights proportional to p', () => {
    expectAllClose(bars.map(bottom), 0.02, 'bar bottoms');
    const axis = byClass(chart, 'ppl-axis-line')[0]!;
    expect([at(axis, 'y1'), at(axis, 'y2')]).toEqual([baseline, baseline]);
    expectAllClose(
      bars.map((bar, i) => at(bar, 'height') / [0.5, 0.25, 0.8, 0.1][i]!),
      0.1,
      'height / p',
    );
    expect(unit).toBeGreaterThan(100);
  });

  test('spaces bars of one width evenly, left to right, with a gap between them', () => {
    expectAllClose(
      bars.map((bar) => at(bar, 'width')),
      0,
      'widths',
    );
    const gaps = steps(bars.map((bar) => at(bar, 'x')));
    expectAllClose(gaps, 0.02, 'spacing');
    expect(gaps[0]!).toBeGreaterThan(at(bars[0]!, 'width'));
  });

  test('labels each bar with its token number, centred under it', () => {
    const labels = byClass(chart, 'ppl-tick').filter((text) => text.attrs['text-anchor'] === 'middle');
    expect(labels.map(textOf)).toEqual(['1', '2', '3', '4']);
    labels.forEach((label, i) => {
      expect(Math.abs(at(label, 'x') - (at(bars[i]!, 'x') + at(bars[i]!, 'width') / 2))).toBeLessThanOrEqual(0.01);
      expect(at(label, 'y')).toBeGreaterThan(baseline);
    });
  });

  test('marks p = 0, 0.25, 0.5, 0.75 and 1 with grid lines at their heights', () => {
    const grid = byClass(chart, 'ppl-grid');
    expect(yAxisLabels(chart).map(textOf)).toEqual(['0', '0.25', '0.5', '0.75', '1']);
    grid.forEach((line, i) => {
      expect(Math.abs(at(line, 'y1') - (baseline - unit * 0.25 * i))).toBeLessThanOrEqual(0.05);
      expect(at(line, 'y2')).toBe(at(line, 'y1'));
      // Each label sits beside its line, left of the plot.
      expect(Math.abs(at(yAxisLabels(chart)[i]!, 'y') - at(line, 'y1'))).toBeLessThan(8);
      expect(at(yAxisLabels(chart)[i]!, 'x')).toBeLessThan(at(bars[0]!, 'x'));
    });
    expect(at(grid[0]!, 'x1')).toBeLessThan(at(bars[0]!, 'x'));
    expect(at(grid[0]!, 'x2')).toBeGreaterThan(at(bars[3]!, 'x') + at(bars[3]!, 'width'));
  });

  test('draws the geometric mean probability as a labeled line at its height', () => {
    const mean = (0.5 * 0.25 * 0.8 * 0.1) ** (1 / 4);
    const line = byClass(chart, 'ppl-mean')[0]!;
    expect(Math.abs(at(line, 'y1') - (baseline - unit * mean))).toBeLessThanOrEqual(0.05);
    const label = byClass(chart, 'ppl-mean-label')[0]!;
    expect(textOf(label)).toBe(`1 / perplexity = ${formatNumber(mean)}`);
    expect(at(label, 'y')).toBeLessThan(at(line, 'y1'));
  });

  test('describes itself for screen readers', () => {
    const title = elements(chart).find((element) => element.tag === 'title')!;
    const desc = elements(chart).find((element) => element.tag === 'desc')!;
    expect(textOf(title)).toBe('Bar chart: probability p of each token');
    expect(title.attrs['id']).toBe('ppl-chart-title');
    expect(desc.attrs['id']).toBe('ppl-chart-desc');
    expect(textOf(desc)).toMatch(/^4 bars\. Taller bars are tokens the model predicted better/);
    expect(elements(chart)[0]?.attrs['aria-labelledby']).toBe('ppl-chart-title ppl-chart-desc');
  });
});

describe('the surprisal chart', () => {
  test('draws an impossible token as a full-height bar marked ∞, with round ticks above the others', () => {
    // Surprisals: ln 2 = 0.69, ∞, ln 4 = 1.39; the axis goes in steps of 0.5 to 1.5.
    const chart = chartOf('0.5, 0, 0.25', 'surprisal');
    const bars = byClass(chart, 'ppl-bar');
    expect(bars.map((bar) => bar.attrs['class'])).toEqual(['ppl-bar', 'ppl-bar ppl-bar--inf', 'ppl-bar']);
    expect(yAxisLabels(chart).map(textOf)).toEqual(['0', '0.5', '1', '1.5']);
    const baseline = bottom(bars[0]!);
    const unit = at(bars[0]!, 'height') / Math.log(2);
    expect(Math.abs(at(bars[2]!, 'height') - unit * Math.log(4))).toBeLessThanOrEqual(0.05);
    const top = at(byClass(chart, 'ppl-grid').at(-1)!, 'y1');
    expect(at(bars[1]!, 'y')).toBe(top);
    expect(bottom(bars[1]!)).toBe(baseline);
    const infinity = byClass(chart, 'ppl-inf')[0]!;
    expect(textOf(infinity)).toBe('∞');
    expect(Math.abs(at(infinity, 'x') - (at(bars[1]!, 'x') + at(bars[1]!, 'width') / 2))).toBeLessThanOrEqual(0.01);
    // The mean of an infinite surprisal cannot be drawn.
    expect(byClass(chart, 'ppl-mean')).toEqual([]);
    expectInsideViewBox(chart);
  });

  test('draws the cross-entropy as the mean line', () => {
    const chart = chartOf('0.5, 0.25', 'surprisal');
    const nats = (Math.log(2) + Math.log(4)) / 2;
    expect(textOf(byClass(chart, 'ppl-mean-label')[0]!)).toBe(`mean H = ${formatNumber(nats)}`);
    const bars = byClass(chart, 'ppl-bar');
    const unit = at(bars[0]!, 'height') / Math.log(2);
    expect(Math.abs(at(byClass(chart, 'ppl-mean')[0]!, 'y1') - (bottom(bars[0]!) - unit * nats))).toBeLessThanOrEqual(
      0.05,
    );
    expect(textOf(elements(chart).find((element) => element.tag === 'desc')!)).toContain(
      `the cross-entropy H = ${formatNumber(nats)} nats`,
    );
  });

  test('takes ticks of 1, 2 or 5 × 10ⁿ up to the tallest bar', () => {
    // ln(1/0.001) = 6.9: a step of 2 (6.9 / 4 = 1.7) up to 8.
    expect(yAxisLabels(chartOf('0.001, 0.5', 'surprisal')).map(textOf)).toEqual(['0', '2', '4', '6', '8']);
    // The axis reaches at least 0.5 even when every token is nearly certain.
    expect(yAxisLabels(chartOf('0.99, 0.98', 'surprisal')).map(textOf)).toEqual(['0', '0.2', '0.4', '0.6']);
  });
});

describe('long inputs', () => {
  test('labels every third bar of 30', () => {
    const chart = chartOf(Array.from({ length: 30 }, () => '0.5').join(' '));
    const labels = byClass(chart, 'ppl-tick').filter((text) => text.attrs['text-anchor'] === 'middle');
    expect(labels.map(textOf)).toEqual(['1', '4', '7', '10', '13', '16', '19', '22', '25', '28']);
    expectInsideViewBox(chart);
  });

  test('charts and lists the first tokens only, and says so', () => {
    const view = pplView({ ...PPL_DEFAULTS, values: Array.from({ length: 250 }, () => '0.5').join(' ') });
    expect(byClass(view.regions['chart'], 'ppl-bar')).toHaveLength(PPL_CHARTED_TOKENS);
    expect(textOf(elements(view.regions['chart']).find((element) => element.tag === 'desc')!)).toMatch(
      /^200 bars \(the first 200 of 250 tokens\)\./,
    );
    expect(textOf(view.regions['table']!)).toContain('the first 200 of 250 tokens');
    expectInsideViewBox(view.regions['chart']);
  });
});
