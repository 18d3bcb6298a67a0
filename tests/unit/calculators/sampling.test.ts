import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../../src/lib/calculators/format.ts';
import {
  SMP_DEFAULTS,
  nextSeed,
  parseTokenLines,
  samplingModel,
  samplingView,
  temperatureSlider,
  type SamplingModel,
} from '../../../src/lib/calculators/sampling.ts';
import { toHtml, type VNode } from '../../../src/lib/calculators/vnode.ts';
import { decodeFloat, expectClose, type Tolerance } from '../helpers/close.ts';

interface SamplingCase {
  name: string;
  input: { logits: unknown[] };
  options: { temperature: number; top_k: number | null; top_p: number | null };
  expected: { greedy?: boolean; softmax?: number[] | null; probs?: number[]; kept?: number[]; error?: unknown };
}
const file = JSON.parse(readFileSync('tests/vectors/sampling.json', 'utf8')) as {
  suggested_tolerance: Tolerance;
  cases: SamplingCase[];
};
// The explorer takes probabilities, not logits: each case's logits are entered as the weights
// exp(z − max z) (unnormalized, so the explorer normalizes them), which softmax maps back to the same
// distribution. The round trip through ln adds a few ulps, well inside this tolerance.
const tol: Tolerance = { rtol: 1e-9, atol: 1e-12 };
const usable = file.cases.filter(
  (c) =>
    c.expected.error === undefined &&
    c.options.temperature >= 0 &&
    c.options.temperature <= 2 &&
    c.input.logits.length <= 40,
);

function fieldsFor(c: SamplingCase): Record<string, string> {
  const logits = c.input.logits.map((z) => decodeFloat(z) as number);
  const max = Math.max(...logits);
  return {
    tokens: logits.map((z, i) => `t${i} ${String(Math.exp(z - max))}`).join('\n'),
    temperature: String(c.options.temperature),
    topK: String(c.options.top_k ?? 0),
    topP: String(c.options.top_p ?? 1),
    seed: '42',
  };
}

function model(values: Record<string, string>): SamplingModel {
  const result = samplingModel(values);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.model;
}

const html = (node: VNode | undefined) => (node === undefined ? '' : toHtml(node));
const withDefaults = (changes: Record<string, string>) => ({ ...SMP_DEFAULTS, ...changes });

describe('samplingView on the reference vectors (numpy, Hugging Face order)', () => {
  test('covers most of the vector cases', () => {
    expect(usable.length).toBeGreaterThanOrEqual(30);
  });

  test.each(usable.map((c) => [c.name, c] as const))('reshapes the distribution of %s', (_, c) => {
    const m = model(fieldsFor(c));
    expect(m.result.greedy).toBe(c.expected.greedy);
    expect(m.result.kept).toEqual(c.expected.kept);
    const expectedSoftmax = c.expected.softmax ?? null;
    if (expectedSoftmax === null) expect(m.result.softmax).toBeNull();
    else expectedSoftmax.forEach((p, i) => expectClose(m.result.softmax![i]!, p, `softmax[${i}]`, tol));
    c.expected.probs!.forEach((p, i) => expectClose(m.result.probs[i]!, p, `probs[${i}]`, tol));
    const table = html(samplingView(fieldsFor(c)).regions['table']);
    for (const p of c.expected.probs!) expect(table).toContain(`<td>${formatNumber(p)}</td>`);
  });

  test('refuses the cases the reference refuses, with a message at the field', () => {
    const negative = file.cases.find((c) => c.name === 'edge_temperature_negative_invalid')!;
    expect(samplingView(fieldsFor(negative)).errors).toEqual({ temperature: 'Enter a number of at least 0.' });
    const badP = file.cases.find((c) => c.name === 'edge_top_p_invalid')!;
    expect(samplingView(fieldsFor(badP)).errors).toEqual({ topP: 'Enter a number of at most 1.' });
  });
});

describe('samplingView on the page’s worked examples', () => {
  test('shows the entered distribution unchanged at temperature 1', () => {
    const view = samplingView(SMP_DEFAULTS);
    expect(view.errors).toEqual({});
    expect(view.outputs['sum']).toBe('The entered probabilities add up to 1.');
    expect(view.outputs['formula']).toBe(
      'p(wet) = exp(z / T) / Σⱼ exp(zⱼ / T) = exp(−0.9163/1) / [exp(−0.9163/1) + exp(−1.0788/1) + exp(−1.8971/1) + exp(−2.6593/1) + exp(−3.2189/1)] = 0.4',
    );
    expect(view.outputs['kept']).toBe('5 of 5 tokens survive: wet, slippery, muddy, green, cold.');
  });

  test('sharpens at temperature 0.5 as squaring and renormalizing does', () => {
    const m = model(withDefaults({ temperature: '0.5' }));
    const squares = [0.16, 0.1156, 0.0225, 0.0049, 0.0016];
    squares.forEach((s, i) => expectClose(m.result.probs[i]!, s / 0.3046, `probs[${i}]`, tol));
    expect(samplingView(withDefaults({ temperature: '0.5' })).outputs['formula']).toMatch(/= 0\.5253$/);
  });

  test('flattens at temperature 2 as taking square roots does', () => {
    const m = model(withDefaults({ temperature: '2' }));
    const roots = [0.4, 0.34, 0.15, 0.07, 0.04].map(Math.sqrt);
    const total = roots.reduce((a, b) => a + b, 0);
    roots.forEach((r, i) => expectClose(m.result.probs[i]!, r / total, `probs[${i}]`, tol));
    expect(formatNumber(m.result.probs[4]!, 3)).toBe('0.097');
  });

  test('keeps wet, slippery and muddy with top-k 4 then top-p 0.8', () => {
    const values = withDefaults({ topK: '4', topP: '0.8' });
    const m = model(values);
    expect(m.result.kept).toEqual([0, 1, 2]);
    expect(m.status).toEqual(['kept', 'kept', 'kept', 'top-p', 'top-k']);
    [0.4, 0.34, 0.15].forEach((p, i) => expectClose(m.result.probs[i]!, p / 0.89, `probs[${i}]`, tol));
    const view = samplingView(values);
    expect(view.outputs['final']).toBe('p′(wet) = 0.4 / (0.4 + 0.34 + 0.15) = 0.4494');
    expect(view.outputs['kept']).toBe(
      '3 of 5 tokens survive: wet, slippery, muddy. Removed: green (top-p), cold (top-k).',
    );
  });

  test('keeps only wet with top-p 0.25', () => {
    expect(model(withDefaults({ topP: '0.25' })).result.kept).toEqual([0]);
  });

  test('labels temperature 0 as greedy decoding', () => {
    const view = samplingView(withDefaults({ temperature: '0' }));
    expect(view.outputs['kept']).toBe(
      'Greedy decoding (temperature 0): always “wet”, the most probable token; top-k and top-p change nothing.',
    );
    expect(view.outputs['formula']).toMatch(/^T = 0 is greedy decoding/);
    expect(view.outputs['draw']).toMatch(/→ “wet”/);
    expect(html(view.regions['chart'])).toContain('greedy decoding (temperature 0)');
    expect(html(view.regions['table'])).toContain('✓ chosen (greedy)');
  });
});

describe('samplingView input handling', () => {
  test('normalizes probabilities that do not add up to 1 and says so', () => {
    const values = withDefaults({ tokens: 'a 0.3\nb 0.2' });
    const view = samplingView(values);
    expect(view.outputs['sum']).toBe(
      'Normalized: the entered probabilities add up to 0.5, not 1, so softmax of ln p divides each by 0.5 (the “entered” bars show p / 0.5).',
    );
    const m = model(values);
    expectClose(m.original[0]!, 0.6, 'original[0]', tol);
    expectClose(m.result.probs[1]!, 0.4, 'probs[1]', tol);
  });

  test('gives a zero probability a logit of minus infinity', () => {
    const m = model(withDefaults({ tokens: 'yes 0.5\nno 0.5\nnever 0' }));
    expect(m.logits[2]).toBe(Number.NEGATIVE_INFINITY);
    expect(m.result.probs[2]).toBe(0);
    expect(samplingView(withDefaults({ tokens: 'yes 0.5\nno 0.5\nnever 0' })).outputs['formula']).toContain(
      'exp(−∞/1)',
    );
  });

  test('reads tokens with spaces and separators', () => {
    expect(parseTokenLines('New York 0.6\nParis: 0.3\nRome=0.1')).toEqual({
      tokens: ['New York', 'Paris', 'Rome'],
      probs: [0.6, 0.3, 0.1],
    });
  });

  test.each([
    ['', 'Enter one token and its probability per line, for example “wet 0.4”.'],
    ['wet', 'Line 1 (“wet”): write a token, a space and its probability, for example “wet 0.4”.'],
    ['wet 0.4\nslippery -0.1', 'Line 2 (“slippery”): a probability must be between 0 and 1.'],
    ['wet 1.5', 'Line 1 (“wet”): a probability must be between 0 and 1.'],
    ['wet 40%', 'Line 1 (“wet”): “40%” is not a number.'],
    ['wet 0.5\nwet 0.5', 'Line 2: “wet” is listed twice; give each token once.'],
    ['a 0\nb 0', 'At least one probability must be greater than 0.'],
    [Array.from({ length: 41 }, (_, i) => `t${i} 0.01`).join('\n'), 'That is 41 lines; the limit is 40 tokens.'],
  ])('refuses the token list %j with a message', (tokens, message) => {
    const view = samplingView(withDefaults({ tokens }));
    expect(view.errors).toEqual({ tokens: message });
    expect(Object.values(view.outputs).every((text) => text === '—')).toBe(true);
  });

  test('ignores spaces around a line and blank lines', () => {
    expect(parseTokenLines('  wet 0.6  \n\n   \n  mud 0.4 ')).toEqual({ tokens: ['wet', 'mud'], probs: [0.6, 0.4] });
  });

  test('accepts 40 lines, the limit, and tokens of 40 characters', () => {
    const forty = Array.from({ length: 40 }, (_, i) => `t${i} 0.025`).join('\n');
    expect(samplingView(withDefaults({ tokens: forty })).errors).toEqual({});
    expect(parseTokenLines(`${'x'.repeat(40)} 1`)).toEqual({ tokens: ['x'.repeat(40)], probs: [1] });
  });

  test('refuses a token over 40 characters, and quotes at most 30 characters of a line it cannot read', () => {
    expect(parseTokenLines(`ok 0.5\n${'x'.repeat(41)} 0.5`)).toEqual({
      message: 'Line 2: the token is longer than 40 characters.',
    });
    expect(parseTokenLines('y'.repeat(50))).toEqual({
      message: `Line 1 (“${'y'.repeat(30)}”): write a token, a space and its probability, for example “wet 0.4”.`,
    });
  });

  test('says when a temperature so close to 0 overflows the division', () => {
    expect(samplingView(withDefaults({ tokens: 'a 0.9\nb 0.1', temperature: '1e-310' })).errors).toEqual({
      temperature: 'This temperature cannot be used with these probabilities.',
    });
  });

  test('refuses a 1 MB paste at once', () => {
    expect(samplingView(withDefaults({ tokens: 'x 0.1 '.repeat(200_000) })).errors['tokens']).toMatch(/too long/);
  });

  test.each([
    ['temperature', '2.5', 'Enter a number of at most 2.'],
    ['temperature', 'hot', '“hot” is not a number.'],
    ['topK', '1.5', 'Enter a whole number.'],
    ['topK', '-1', 'Enter a number of at least 0.'],
    ['topP', '', 'Enter a number.'],
    ['seed', '4294967296', 'Enter a number of at most 4,294,967,295.'],
    ['seed', '1.5', 'Enter a whole number.'],
  ])('refuses %s = %j with a message', (name, text, message) => {
    expect(samplingView(withDefaults({ [name]: text })).errors).toEqual({ [name]: message });
  });

  test('never shows NaN, Infinity, undefined or null', () => {
    for (const values of [
      SMP_DEFAULTS,
      withDefaults({ temperature: '0.001' }),
      withDefaults({ tokens: 'a 1e-300\nb 1' }),
      withDefaults({ tokens: 'a 0\nb 1', temperature: '0' }),
    ]) {
      const view = samplingView(values);
      const text = [...Object.values(view.outputs), view.summary, ...Object.values(view.regions).map(html)].join(' ');
      expect(text).not.toMatch(/NaN|Infinity|undefined|null/);
    }
  });

  test('inserts token text as text, never as markup', () => {
    const view = samplingView(withDefaults({ tokens: '<img src=x onerror=alert(1)> 0.5\nok 0.5' }));
    expect(html(view.regions['table'])).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html(view.regions['table'])).not.toContain('<img');
  });
});

describe('the draw, the seed and the slider', () => {
  test('draws the first token whose running total passes the first mulberry32 output', () => {
    const m = model(SMP_DEFAULTS);
    expect(m.u).toBeGreaterThan(0.4);
    expect(m.u).toBeLessThan(0.74);
    expect(m.tokens[m.drawn]).toBe('slippery');
    expect(samplingView(SMP_DEFAULTS).outputs['draw']).toBe(
      `Seed 42: u = ${formatNumber(m.u)} → “slippery” (the first token, in list order, whose running total of final probabilities passes u).`,
    );
  });

  test('draws the same token for the same seed and never a removed one', () => {
    for (let seed = 0; seed < 200; seed++) {
      const values = withDefaults({ topK: '2', seed: String(seed) });
      const m = model(values);
      expect(m.drawn).toBe(model(values).drawn);
      expect(['wet', 'slippery']).toContain(m.tokens[m.drawn]);
    }
  });

  test('advances the seed by one and wraps at 2³²', () => {
    expect(nextSeed({ seed: '42' })).toBe('43');
    expect(nextSeed({ seed: '4294967295' })).toBe('0');
    expect(nextSeed({ seed: 'abc' })).toBe('42');
    // A seed the field would refuse restarts from the default too.
    expect(nextSeed({ seed: '1.5' })).toBe('42');
    expect(nextSeed({ seed: '-1' })).toBe('42');
    expect(nextSeed({})).toBe('42');
  });

  test('puts the slider at the typed temperature, or leaves it when the text is unusable', () => {
    expect(temperatureSlider({ temperature: '0.75' })).toBe('0.75');
    expect(temperatureSlider({ temperature: '3' })).toBeNull();
    expect(temperatureSlider({})).toBeNull();
  });

  test('draws an SVG chart with a title, a description and kept or removed in words', () => {
    const chart = html(samplingView(withDefaults({ topK: '4', topP: '0.8' })).regions['chart']);
    expect(chart).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="smp-chart-title smp-chart-desc"/);
    expect(chart).toContain('<title id="smp-chart-title">');
    expect(chart).toContain('cold: 0.04 → 0, removed by top-k');
    expect(chart).toContain('✕ removed by top-p');
    expect(chart).toContain('✓ kept');
  });
});
