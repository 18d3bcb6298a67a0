// The sampling explorer's chart, table and sentences for small examples worked by hand. a 0.5, b 0.25,
// c 0.25 at temperature 1 with top-p 0.75: a and b reach 0.75 exactly and are kept (cumulative sum ≥ p),
// c ties with b and is removed; renormalized, a 2/3 and b 1/3.
import { beforeEach, describe, expect, test } from 'vitest';
import { formatNumber } from '../../../src/lib/calculators/format.ts';
import { nextSeed, samplingView, SMP_MAX_SEED, temperatureSlider } from '../../../src/lib/calculators/sampling.ts';
import type { VElement, VNode } from '../../../src/lib/calculators/vnode.ts';
import { mulberry32 } from '../../../src/lib/metrics/index.ts';
import { at, byClass, elements, expectAllClose, expectInsideViewBox, steps, textOf } from './svg.ts';

const fields = { tokens: 'a 0.5\nb 0.25\nc 0.25', temperature: '1', topK: '0', topP: '0.75', seed: '7' };
const view = (overrides: Record<string, string> = {}) => samplingView({ ...fields, ...overrides });
const rows = (node: VNode | undefined) =>
  elements(node)
    .filter((element) => element.tag === 'tr')
    .map((row) => row.children.map((cell) => textOf(cell)));

describe('the sampling chart', () => {
  // Built before each test, not when the file loads: Stryker counts only the code a test runs as covered
  // by it (docs/mutation.md).
  let chart: VNode | undefined;
  let entered: VElement[];
  let final: VElement[];
  beforeEach(() => {
    chart = view().regions['chart'];
    entered = byClass(chart, 'smp-bar--orig').slice(1); // the first is the legend's swatch
    final = byClass(chart, 'smp-bar--final').slice(1);
  });

  test('draws an entered and a final bar per token, to one scale, inside the drawing', () => {
    expect(entered).toHaveLength(3);
    const scale = at(entered[0]!, 'width') / 0.5;
    expect(scale).toBeGreaterThan(200);
    expect(entered.map((bar) => at(bar, 'width'))).toEqual(
      [0.5, 0.25, 0.25].map((p) => Math.round(p * scale * 100) / 100),
    );
    expect(final.map((bar) => at(bar, 'width'))).toEqual(
      [2 / 3, 1 / 3, 0].map((p) => Math.round(p * scale * 100) / 100),
    );
    expectInsideViewBox(chart);
  });

  test('stacks one row per token, the final bar under the entered one, values right of the bars', () => {
    expectAllClose(steps(entered.map((bar) => at(bar, 'y'))), 0, 'row spacing');
    entered.forEach((bar, i) => {
      expect(at(final[i]!, 'y')).toBeGreaterThanOrEqual(at(bar, 'y') + at(bar, 'height'));
      if (i + 1 < entered.length)
        expect(at(final[i]!, 'y') + at(final[i]!, 'height')).toBeLessThan(at(entered[i + 1]!, 'y'));
    });
    const values = byClass(chart, 'smp-value');
    expect(values.map(textOf)).toEqual(['0.5', '0.6667', '0.25', '0.3333', '0.25', '0']);
    const bars = entered.flatMap((bar, i) => [bar, final[i]!]);
    values.forEach((value, i) => {
      expect(at(value, 'x')).toBeGreaterThan(at(bars[i]!, 'width'));
      expect(at(value, 'y')).toBeGreaterThan(at(bars[i]!, 'y'));
      expect(at(value, 'y')).toBeLessThanOrEqual(at(bars[i]!, 'y') + at(bars[i]!, 'height'));
    });
    const tokens = byClass(chart, 'smp-token');
    expect(tokens.map(textOf)).toEqual(['a', 'b', 'c']);
    tokens.forEach((token, i) => expect(at(token, 'y')).toBeLessThan(at(entered[i]!, 'y')));
  });

  test('says which tokens survive, and greys out the removed row', () => {
    expect(byClass(chart, 'smp-status').map(textOf)).toEqual(['✓ kept', '✓ kept', '✕ removed by top-p']);
    expect(byClass(chart, 'smp-status').every((status) => status.attrs['text-anchor'] === 'end')).toBe(true);
    expect(
      elements(chart)
        .filter((element) => element.tag === 'g')
        .map((g) => g.attrs['class']),
    ).toEqual(['smp-row', 'smp-row', 'smp-row smp-row--removed']);
    expect(byClass(chart, 'smp-legend').map(textOf)).toEqual(['entered (upper bar)', 'final (lower bar)']);
  });

  test('names and describes itself for screen readers', () => {
    expect(textOf(elements(chart).find((element) => element.tag === 'title')!)).toBe(
      'Next-token probabilities: entered and after temperature 1, top-k and top-p',
    );
    expect(textOf(elements(chart).find((element) => element.tag === 'desc')!)).toBe(
      'a: 0.5 → 0.6667, kept; b: 0.25 → 0.3333, kept; c: 0.25 → 0, removed by top-p.',
    );
  });

  test('grows with the number of tokens and shortens long names', () => {
    const long = view({ tokens: `${'x'.repeat(30)} 0.5\nb 0.25\nc 0.125\nd 0.125` }).regions['chart'];
    expect(textOf(byClass(long, 'smp-token')[0]!)).toBe(`${'x'.repeat(23)}…`);
    const height = (node: VNode | undefined) => Number(String(elements(node)[0]?.attrs['viewBox']).split(' ')[3]);
    expect(height(long) - height(chart)).toBe(
      at(byClass(long, 'smp-bar--orig')[2]!, 'y') - at(byClass(long, 'smp-bar--orig')[1]!, 'y'),
    );
    expectInsideViewBox(long);
  });
});

describe('the sampling sentences and table', () => {
  test('fill in the formulas for the first token and explain the cut', () => {
    const u = mulberry32(7)();
    const outputs = view().outputs;
    expect(outputs['sum']).toBe('The entered probabilities add up to 1.');
    expect(outputs['formula']).toBe(
      `p(a) = exp(z / T) / Σⱼ exp(zⱼ / T) = exp(−0.6931/1) / [exp(−0.6931/1) + exp(−1.3863/1) + exp(−1.3863/1)] = 0.5`,
    );
    expect(outputs['final']).toBe('p′(a) = 0.5 / (0.5 + 0.25) = 0.6667');
    expect(outputs['kept']).toBe(
      '2 of 3 tokens survive: a, b. Removed: c (top-p). Two tokens tie at the cut-off: this explorer keeps the one listed first (Hugging Face’s top-k would keep both).',
    );
    // u below 2/3 draws a, above it b (running totals of the final probabilities).
    expect(outputs['draw']).toBe(
      `Seed 7: u = ${formatNumber(u, 4)} → “${u < 2 / 3 ? 'a' : 'b'}” (the first token, in list order, whose running total of final probabilities passes u).`,
    );
  });

  test('lists each token before and after in the table', () => {
    expect(rows(view().regions['table'])).toEqual([
      ['Token', 'Entered p', 'Logit z = ln p', 'After temperature', 'Final p′', 'Status'],
      ['a', '0.5', '−0.6931', '0.5', '0.6667', '✓ kept'],
      ['b', '0.25', '−1.3863', '0.25', '0.3333', '✓ kept'],
      ['c', '0.25', '−1.3863', '0.25', '0', '✕ removed by top-p'],
    ]);
    const classes = elements(view().regions['table'])
      .filter((e) => e.tag === 'tr')
      .map((row) => row.attrs['class']);
    expect(classes.slice(1)).toEqual(['', '', 'smp-table--removed']);
  });

  test('explain top-k removals, a token with nothing removed, and a sum that is not 1', () => {
    const topK = view({ topK: '1', topP: '1' });
    expect(topK.outputs['kept']).toBe('1 of 3 tokens survive: a. Removed: b (top-k), c (top-k).');
    expect(topK.outputs['final']).toBe('p′(a) = 0.5 / (0.5) = 1');
    expect(view({ topP: '1' }).outputs['final']).toBe('p′(a) = 0.5: no token was removed, so nothing is renormalized.');
    expect(view({ tokens: 'a 0.25\nb 0.5', topP: '1' }).outputs['final']).toBe(
      'p′(a) = 0.3333: no token was removed, so nothing is renormalized.'.replace('0.3333', formatNumber(1 / 3, 4)),
    );
    expect(view({ tokens: 'a 0.1\nb 0.8', topK: '1', topP: '1' }).outputs['final']).toBe(
      'p′(a) = 0: removed by top-k.',
    );
    const unnormalized = view({ tokens: 'a 0.5\nb 0.3', topP: '1' });
    expect(unnormalized.outputs['sum']).toBe(
      'Normalized: the entered probabilities add up to 0.8, not 1, so softmax of ln p divides each by 0.8 (the “entered” bars show p / 0.8).',
    );
    expect(textOf(byClass(unnormalized.regions['chart'], 'smp-value')[0]!)).toBe('0.625');
  });

  test('writes a long sum with its first terms only', () => {
    const tokens = ['a', 'b', 'c', 'd', 'e', 'f'].map((t) => `${t} ${1 / 6}`).join('\n');
    expect(view({ tokens, topP: '1' }).outputs['formula']).toMatch(
      /= exp\(−1\.7918\/1\) \/ \[(exp\(−1\.7918\/1\) \+ ){4}… \(6 terms\)\] = 0\.1667$/,
    );
  });

  test('at temperature 0 picks the most probable token whatever the filters', () => {
    const greedy = view({ temperature: '0', tokens: 'a 0.25\nb 0.5\nc 0.25' });
    expect(greedy.outputs['formula']).toBe(
      'T = 0 is greedy decoding: no softmax (dividing by 0 is not defined); the most probable token, “b”, gets probability 1.',
    );
    expect(greedy.outputs['final']).toBe('p′(a) = 0: greedy decoding always picks “b”.');
    expect(view({ temperature: '0' }).outputs['final']).toBe('p′(a) = 1: greedy decoding always picks it.');
    expect(greedy.outputs['kept']).toBe(
      'Greedy decoding (temperature 0): always “b”, the most probable token; top-k and top-p change nothing.',
    );
    expect(greedy.summary).toMatch(/^Greedy decoding\. 1 of 3 tokens kept; most probable b at 1\. Seed 7 draws “b”\.$/);
    const chart = greedy.regions['chart'];
    expect(textOf(elements(chart).find((element) => element.tag === 'title')!)).toBe(
      'Next-token probabilities: entered and after greedy decoding (temperature 0)',
    );
    expect(byClass(chart, 'smp-status').map(textOf)).toEqual([
      '✕ not chosen (greedy)',
      '✓ chosen (greedy)',
      '✕ not chosen (greedy)',
    ]);
    expect(rows(greedy.regions['table'])[1]?.[3]).toBe('— (greedy)');
    // Only the chosen token's row stays in full colour, in the chart and in the table.
    const removed = (node: VNode | undefined, tag: string, name: string) =>
      elements(node)
        .filter((element) => element.tag === tag)
        .map((element) => String(element.attrs['class'] ?? '').includes(name));
    expect(removed(chart, 'g', 'smp-row--removed')).toEqual([true, false, true]);
    expect(removed(greedy.regions['table'], 'tr', 'smp-table--removed')).toEqual([false, true, false, true]);
  });

  test('greys out the tokens top-k removes, and says when the first token is cut', () => {
    const topK = view({ topK: '1', topP: '1' });
    expect(
      elements(topK.regions['chart'])
        .filter((element) => element.tag === 'g')
        .map((g) => g.attrs['class']),
    ).toEqual(['smp-row', 'smp-row smp-row--removed', 'smp-row smp-row--removed']);
    expect(view({ tokens: 'a 0.1\nb 0.9', topP: '0.5' }).outputs['final']).toBe('p′(a) = 0: removed by top-p.');
    expect(view({ tokens: 'a 0.1\nb 0.9', topK: '1', topP: '1' }).outputs['final']).toBe(
      'p′(a) = 0: removed by top-k.',
    );
  });

  test('sum up the result for screen readers', () => {
    expect(view().summary).toBe('2 of 3 tokens kept; most probable a at 0.6667. Seed 7 draws “a”.');
  });

  test('caption the table and keep a 24-character name whole in the chart', () => {
    const table = view().regions['table'];
    expect(textOf(elements(table).find((element) => element.tag === 'caption')!)).toBe(
      'Each token before and after (the chart’s data)',
    );
    const name = 'y'.repeat(24);
    expect(textOf(byClass(view({ tokens: `${name} 0.5\nb 0.5` }).regions['chart'], 'smp-token')[0]!)).toBe(name);
  });
});

describe('the seed and temperature controls', () => {
  test('step the seed by one, wrapping after the largest, and fall back to the default', () => {
    expect(nextSeed({ seed: '41' })).toBe('42');
    expect(nextSeed({ seed: String(SMP_MAX_SEED) })).toBe('0');
    expect(nextSeed({ seed: String(SMP_MAX_SEED - 1) })).toBe(String(SMP_MAX_SEED));
    expect(nextSeed({ seed: 'x' })).toBe('42');
  });

  test('place the temperature slider only for a usable temperature', () => {
    expect(temperatureSlider({ temperature: '0.7' })).toBe('0.7');
    expect(temperatureSlider({ temperature: '3' })).toBeNull();
  });
});
