import { describe, expect, test } from 'vitest';
import { COST_DEFAULTS, costModel, costView, money } from '../../../src/lib/calculators/token-cost.ts';
import { toHtml, type VNode } from '../../../src/lib/calculators/vnode.ts';
import { at, byClass, elements, expectInsideViewBox, textOf } from './svg.ts';
import { expectClose } from '../helpers/close.ts';

const html = (node: VNode | undefined) => (node === undefined ? '' : toHtml(node));
const withDefaults = (changes: Record<string, string>) => ({ ...COST_DEFAULTS, ...changes });

describe('costView', () => {
  test('prices the page’s summarization job: 32.00 on demand, 16.00 in batch', () => {
    const view = costView(COST_DEFAULTS);
    expect(view.errors).toEqual({});
    expect(view.outputs).toEqual({
      inputPart: '2,000 / 1,000 × 0.0008 = 0.0016',
      outputPart: '500 / 1,000 × 0.0032 = 0.0016',
      perRequest: '0.0016 + 0.0016 = 0.0032',
      onDemand: '0.0032 × 10,000 = 32.00',
      batch: '32.00 × (1 − 50 %) = 16.00',
      savings: '32.00 − 16.00 = 16.00 (50 % less)',
    });
    expect(view.summary).toBe('On-demand 32.00; batch 16.00; batch saves 16.00.');
  });

  test('matches a hand computation with other prices and a smaller discount', () => {
    const result = costModel(
      withDefaults({ inputPrice: '0.003', outputPrice: '0.015', requests: '10', discount: '20' }),
    );
    if (!result.ok) throw new Error('expected a result');
    // 10 × (2 × 0.003 + 0.5 × 0.015) = 0.135; batch 0.135 × 0.8 = 0.108.
    expectClose(result.model.onDemand, 0.135, 'onDemand');
    expectClose(result.model.batch, 0.108, 'batch');
    expectClose(result.model.savings, 0.027, 'savings');
  });

  test('costs nothing with no requests, and nothing is saved without a discount', () => {
    expect(costView(withDefaults({ requests: '0' })).outputs['onDemand']).toBe('0.0032 × 0 = 0.00');
    expect(costView(withDefaults({ discount: '0' })).outputs['savings']).toBe('32.00 − 32.00 = 0.00 (0 % less)');
  });

  test('shows tiny amounts with enough decimals', () => {
    expect(money(0.00016)).toBe('0.00016');
    expect(money(0.0135)).toBe('0.0135');
    expect(money(0.13500000000000001)).toBe('0.135');
    expect(money(1234.5)).toBe('1,234.50');
    expect(money(4e-9)).toBe('4 × 10⁻⁹');
  });

  test.each([
    ['inputTokens', '', 'Enter a number.'],
    ['inputTokens', '-100', 'Enter a number of at least 0.'],
    ['outputTokens', '2.5', 'Enter a whole number.'],
    ['requests', 'many', '“many” is not a number.'],
    ['inputPrice', '-0.001', 'Enter a number of at least 0.'],
    ['outputPrice', '1e9', 'Enter a number of at most 1,000.'],
    ['discount', '150', 'Enter a number of at most 100.'],
  ])('refuses %s = %j with a message', (name, text, message) => {
    const view = costView(withDefaults({ [name]: text }));
    expect(view.errors).toEqual({ [name]: message });
    expect(view.outputs['onDemand']).toBe('—');
  });

  test('refuses a 1 MB paste at once', () => {
    expect(costView(withDefaults({ requests: '9'.repeat(1_000_000) })).errors['requests']).toMatch(/too long/);
  });

  test('never shows NaN, Infinity, undefined or null, even at the limits', () => {
    const view = costView({
      inputTokens: '10000000',
      outputTokens: '10000000',
      requests: '1000000000',
      inputPrice: '1000',
      outputPrice: '1000',
      discount: '100',
    });
    const text = [...Object.values(view.outputs), view.summary, html(view.regions['chart'])].join(' ');
    expect(text).not.toMatch(/NaN|Infinity|undefined|null/);
  });

  test('draws the two costs as SVG bars with a title, a description and a table', () => {
    const chart = html(costView(COST_DEFAULTS).regions['chart']);
    expect(chart).toMatch(/<svg [^>]*role="img"/);
    expect(chart).toContain('<title id="cost-chart-title">');
    expect(chart).toContain('On-demand 32.00, batch 16.00; batch saves 16.00.');
    expect(chart).toContain('<th scope="row">Batch (50 % off)</th><td>16.00</td>');
  });
});

describe('the cost chart', () => {
  const chartOf = (changes: Record<string, string> = {}) => costView(withDefaults(changes)).regions['chart'];

  test('draws on-demand full width and batch in proportion, each under its name and amount', () => {
    const chart = chartOf({ discount: '25' });
    const bars = byClass(chart, 'cost-bar');
    expect(bars.map((bar) => bar.attrs['class'])).toEqual(['cost-bar cost-bar--ondemand', 'cost-bar cost-bar--batch']);
    const full = at(bars[0]!, 'width');
    expect(full).toBe(Number(String(elements(chart).find((e) => e.tag === 'svg')?.attrs['viewBox']).split(' ')[2]));
    expect(at(bars[1]!, 'width')).toBe(full * 0.75);
    expect(byClass(chart, 'cost-label').map(textOf)).toEqual(['On-demand', 'Batch']);
    expect(byClass(chart, 'cost-value').map(textOf)).toEqual(['32.00', '24.00']);
    expect(
      byClass(chart, 'cost-value').every((value) => value.attrs['text-anchor'] === 'end' && at(value, 'x') === full),
    ).toBe(true);
    // Each row: the text line, then its bar below it; the second row below the first bar.
    const labels = byClass(chart, 'cost-label');
    bars.forEach((bar, i) => {
      expect(at(bar, 'y')).toBeGreaterThan(at(labels[i]!, 'y'));
      expect(at(byClass(chart, 'cost-value')[i]!, 'y')).toBe(at(labels[i]!, 'y'));
    });
    expect(at(labels[1]!, 'y')).toBeGreaterThan(at(bars[0]!, 'y') + at(bars[0]!, 'height'));
    expectInsideViewBox(chart);
  });

  test('draws empty bars when nothing is spent, and an empty batch bar at 100 % off', () => {
    const free = byClass(chartOf({ requests: '0' }), 'cost-bar');
    expect(free.map((bar) => at(bar, 'width'))).toEqual([0, 0]);
    expect(byClass(chartOf({ discount: '100' }), 'cost-bar').map((bar) => at(bar, 'width'))[1]).toBe(0);
  });

  test('names itself for screen readers and lists the same amounts in a table', () => {
    const chart = chartOf();
    const svg = elements(chart).find((e) => e.tag === 'svg')!;
    expect(svg.attrs['aria-labelledby']).toBe('cost-chart-title cost-chart-desc');
    expect(textOf(elements(chart).find((e) => e.tag === 'title')!)).toBe('On-demand and batch cost of the workload');
    const rows = elements(chart)
      .filter((e) => e.tag === 'tr')
      .map((row) => row.children.map(textOf));
    expect(rows).toEqual([
      ['Mode', 'Cost'],
      ['On-demand', '32.00'],
      ['Batch (50 % off)', '16.00'],
      ['Savings', '16.00'],
    ]);
    expect(textOf(elements(chart).find((e) => e.tag === 'summary')!)).toBe('The chart as a table');
  });

  test('writes prices with up to 8 decimals and money below a millionth in powers of ten', () => {
    const outputs = costView(withDefaults({ inputPrice: '0.00000125', inputTokens: '1' })).outputs;
    expect(outputs['inputPart']).toBe('1 / 1,000 × 0.00000125 = 1.25 × 10⁻⁹');
    expect(money(0)).toBe('0.00');
    expect(money(0.000001)).toBe('0.000001');
  });
});
