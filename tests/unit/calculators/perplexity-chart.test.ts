// The perplexity calculator's bar chart, read as a chart: one bar per token on a common baseline, bars
// proportional to the value shown, the axis labeled with round ticks, the mean drawn where it belongs.
import { beforeEach, describe, expect, test } from 'vitest';
import { formatNumber } from '../../../src/lib/calculators/format.ts';
import { PPL_CHARTED_TOKENS, PPL_DEFAULTS, pplView } from '../../../src/lib/calculators/perplexity.ts';
import { toHtml, type VElement, type VNode } from '../../../src/lib/calculators/vnode.ts';
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

describe('the chart’s bars, axes and mean line at the edges', () => {
  test('makes each bar 70 % of its slot, so the bars read as bars and not hairlines', () => {
    const bars = byClass(chartOf('0.5, 0.25, 0.8, 0.1'), 'ppl-bar');
    const slot = at(bars[1]!, 'x') - at(bars[0]!, 'x');
    expect(Math.abs(at(bars[0]!, 'width') / slot - 0.7)).toBeLessThanOrEqual(0.01);
  });

  test('names both axes, with the quantity the bars show', () => {
    expect(byClass(chartOf('0.5, 0.25'), 'ppl-axis').map(textOf)).toEqual(['token', 'probability p']);
    expect(byClass(chartOf('0.5, 0.25', 'surprisal'), 'ppl-axis').map(textOf)).toEqual([
      'token',
      'surprisal −ln p (nats)',
    ]);
  });

  test('ends the ticks at the tallest bar when it falls on a tick', () => {
    // Surprisals 2 and 1 (from ln p = −2, −1): a step of 0.5 (2 / 4), ending at 2.
    expect(yAxisLabels(chartOf('-2, -1', 'surprisal', 'ln')).map(textOf)).toEqual(['0', '0.5', '1', '1.5', '2']);
  });

  test('draws the mean line at the top when every token was certain, and none when one was impossible', () => {
    const certain = chartOf('1, 1');
    const mean = byClass(certain, 'ppl-mean')[0]!;
    expect(at(mean, 'y1')).toBe(at(byClass(certain, 'ppl-grid').at(-1)!, 'y1'));
    expect(textOf(byClass(certain, 'ppl-mean-label')[0]!)).toBe('1 / perplexity = 1');
    // A probability of 0 makes the geometric mean 0: there is no line to draw on the baseline.
    const impossible = chartOf('0.5, 0');
    expect(byClass(impossible, 'ppl-mean')).toEqual([]);
    expect(byClass(impossible, 'ppl-mean-label')).toEqual([]);
  });
});

describe('the perplexity table', () => {
  const table = (values: string, kind = 'prob') =>
    elements(pplView({ ...PPL_DEFAULTS, values, kind }).regions['table'])
      .filter((element) => element.tag === 'tr')
      .map((row) => row.children.map(textOf));
  const caption = (values: string) =>
    textOf(elements(pplView({ ...PPL_DEFAULTS, values }).regions['table']).find((e) => e.tag === 'caption')!);

  test('lists each probability with its surprisal', () => {
    expect(table('0.5, 0.25')).toEqual([
      ['Token', 'Probability p', 'Surprisal −ln p (nats)'],
      ['1', '0.5', '0.6931'],
      ['2', '0.25', '1.3863'],
    ]);
    expect(caption('0.5, 0.25')).toBe("Each token's probability and surprisal (the chart's data)");
  });

  test('adds a column with the log-probability as entered, named for its base', () => {
    expect(table('-1, -2', 'log2')).toEqual([
      ['Token', 'log₂ p as entered', 'Probability p', 'Surprisal −ln p (nats)'],
      ['1', '−1', '0.5', '0.6931'],
      ['2', '−2', '0.25', '1.3863'],
    ]);
    expect(toHtml(pplView({ ...PPL_DEFAULTS, values: '-1, -2', kind: 'log2' }).regions['table']!)).toContain(
      '<tr><th scope="row">1</th><td>−1</td><td>0.5</td><td>0.6931</td></tr>',
    );
    expect(table('-0.5', 'ln')).toEqual([
      ['Token', 'ln p as entered', 'Probability p', 'Surprisal −ln p (nats)'],
      ['1', '−0.5', formatNumber(Math.exp(-0.5)), '0.5'],
    ]);
  });

  test('lists the first 200 tokens of a longer text, and says so', () => {
    const values = Array.from({ length: 250 }, () => '0.5').join(' ');
    expect(table(values)).toHaveLength(1 + PPL_CHARTED_TOKENS);
    expect(caption(values)).toBe(
      "Each token's probability and surprisal (the chart's data; the first 200 of 250 tokens)",
    );
  });
});
