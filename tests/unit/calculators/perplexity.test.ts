import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../../src/lib/calculators/format.ts';
import { PPL_DEFAULTS, pplModel, pplView, type PplModel } from '../../../src/lib/calculators/perplexity.ts';
import { toHtml, type VNode } from '../../../src/lib/calculators/vnode.ts';
import { decodeFloat, expectClose, type Tolerance } from '../helpers/close.ts';

interface PplCase {
  name: string;
  kind: 'perplexity_from_probs' | 'perplexity_from_logprobs';
  input: { probs?: unknown[]; logprobs?: unknown[] };
  options: { log_base?: 'e' | '2' };
  expected: { perplexity: unknown; mean_nll_nats?: unknown; mean_nll_bits?: unknown; valid_input: boolean };
}
const file = JSON.parse(readFileSync('tests/vectors/perplexity.json', 'utf8')) as {
  suggested_tolerance: Tolerance;
  cases: PplCase[];
};
const tol = file.suggested_tolerance;
const num = (value: unknown) => decodeFloat(value) as number;

/** The field texts a reader would type for a case ("-inf" for −∞; shortest round-trip decimals). */
function fields(c: PplCase, bars = 'prob') {
  const list = (c.input.probs ?? c.input.logprobs ?? []).map(num);
  const kind = c.kind === 'perplexity_from_probs' ? 'prob' : c.options.log_base === '2' ? 'log2' : 'ln';
  return { values: list.map((v) => (v === -Infinity ? '-inf' : String(v))).join(', '), kind, bars };
}

function model(values: Record<string, string>): PplModel {
  const result = pplModel(values);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.model;
}

const html = (node: VNode | undefined) => (node === undefined ? '' : toHtml(node));
const valid = file.cases.filter((c) => c.expected.valid_input);
const invalid = file.cases.filter((c) => !c.expected.valid_input);

describe('pplView on the reference vectors (numpy)', () => {
  test('covers valid and invalid cases of both kinds', () => {
    expect(valid.filter((c) => c.kind === 'perplexity_from_probs').length).toBeGreaterThan(5);
    expect(valid.filter((c) => c.kind === 'perplexity_from_logprobs').length).toBeGreaterThan(5);
    expect(invalid.length).toBeGreaterThan(3);
  });

  test.each(valid.map((c) => [c.name, c] as const))('matches numpy on %s', (_, c) => {
    const m = model(fields(c));
    expectClose(m.perplexity, num(c.expected.perplexity), 'perplexity', tol);
    if (c.expected.mean_nll_nats !== undefined) expectClose(m.nats, num(c.expected.mean_nll_nats), 'nats', tol);
    if (c.expected.mean_nll_bits !== undefined) expectClose(m.bits, num(c.expected.mean_nll_bits), 'bits', tol);
    const view = pplView(fields(c));
    expect(view.outputs['ppl']).toMatch(
      new RegExp(` = ${formatNumber(num(c.expected.perplexity)).replace(/[()^×]/g, '.')}$`),
    );
    expect(JSON.stringify(view)).not.toMatch(/NaN|Infinity|undefined|null/);
    expect(JSON.stringify(pplView(fields(c, 'surprisal')))).not.toMatch(/NaN|Infinity|undefined|null/);
  });

  test.each(invalid.map((c) => [c.name, c] as const))('refuses the invalid input of %s with a message', (_, c) => {
    const view = pplView(fields(c));
    expect(view.errors['values']).toMatch(/Enter at least one number|is not a probability|is positive/);
    expect(view.outputs['ppl']).toBe('—');
    expect(view.regions['chart']).toBe('');
  });
});

describe('pplView', () => {
  test('fills in the worked example from the page', () => {
    const view = pplView(PPL_DEFAULTS);
    expect(view.errors).toEqual({});
    expect(view.outputs).toEqual({
      nats: 'H = −(ln 0.5 + ln 0.25 + ln 0.8 + ln 0.1) / 4 = 1.1513 nats per token',
      bits: '−(log₂ 0.5 + log₂ 0.25 + log₂ 0.8 + log₂ 0.1) / 4 = 1.661 bits per token',
      ppl: 'e^H = e^1.1513 = 3.1623',
    });
    expect(view.summary).toBe('Perplexity 3.1623; cross-entropy 1.1513 nats, 1.661 bits per token.');
    expect(view.regions['note']).toBe('');
  });

  test('gives the same result from natural and base-2 log-probabilities', () => {
    const ln = pplView({ values: '-0.6931, -1.3863', kind: 'ln', bars: 'prob' });
    expect(ln.outputs['nats']).toBe('H = −((−0.6931) + (−1.3863)) / 2 = 1.0397 nats per token');
    expect(ln.outputs['bits']).toBe('H / ln 2 = 1.0397 / 0.6931 = 1.5 bits per token');
    // Only negative terms get brackets: a log-probability of 0 (p = 1) is written bare.
    expect(pplView({ values: '0, -1', kind: 'ln', bars: 'prob' }).outputs['nats']).toBe(
      'H = −(0 + (−1)) / 2 = 0.5 nats per token',
    );
    const log2 = pplView({ values: '-1 -2 -3', kind: 'log2', bars: 'prob' });
    expect(log2.outputs['bits']).toBe('H_bits = −((−1) + (−2) + (−3)) / 3 = 2 bits per token');
    expect(log2.outputs['ppl']).toBe('2^H_bits = 2^2 = 4');
  });

  test('draws an SVG bar per token with a title, a description and a data table', () => {
    const view = pplView(PPL_DEFAULTS);
    const chart = html(view.regions['chart']);
    expect(chart).toMatch(/^<svg viewBox="0 0 400 220" role="img" aria-labelledby="ppl-chart-title ppl-chart-desc"/);
    expect(chart).toContain('<title id="ppl-chart-title">Bar chart: probability p of each token</title>');
    expect(chart).toContain('geometric mean probability 1 / perplexity = 0.3162');
    expect(chart.match(/class="ppl-bar"/g)).toHaveLength(4);
    const table = html(view.regions['table']);
    expect(table).toContain('<th scope="row">4</th><td>0.1</td><td>2.3026</td>');
    const surprisal = html(pplView({ ...PPL_DEFAULTS, bars: 'surprisal' }).regions['chart']);
    expect(surprisal).toContain('surprisal −ln p in nats');
    expect(surprisal).toContain('the cross-entropy H = 1.1513 nats');
  });

  test('explains an infinite perplexity from a zero probability or an overflow', () => {
    const zero = pplView({ values: '0.5 0 0.25', kind: 'prob', bars: 'surprisal' });
    expect(zero.errors).toEqual({});
    expect(zero.outputs['ppl']).toBe('e^H = e^∞ = ∞');
    expect(html(zero.regions['note'])).toContain('Token 2 has probability 0');
    expect(html(zero.regions['chart'])).toContain('class="ppl-bar ppl-bar--inf"');
    const overflow = pplView({ values: '-700 -800', kind: 'ln', bars: 'prob' });
    expect(overflow.outputs['ppl']).toBe('e^H = e^750 = ∞');
    expect(html(overflow.regions['note'])).toContain('the perplexity overflows');
    // The first token too: it is named, not mistaken for an overflow.
    expect(html(pplView({ values: '0 0.5', kind: 'prob', bars: 'prob' }).regions['note'])).toContain(
      'Token 1 has probability 0',
    );
    const negInf = pplView({ values: '-1, -Infinity', kind: 'ln', bars: 'prob' });
    expect(html(negInf.regions['note'])).toContain('Token 2 has log-probability −∞');
  });

  test('answers bad input with messages at the field', () => {
    const message = (values: string, kind = 'prob') => pplView({ values, kind, bars: 'prob' }).errors['values'];
    expect(message('')).toBe('Enter at least one number (one per token).');
    expect(message('0.5, 1.5')).toBe('Number 2 (1.5) is not a probability: each must be between 0 and 1.');
    expect(message('-0.2 0.5')).toBe('Number 1 (−0.2) is not a probability: each must be between 0 and 1.');
    expect(message('0.3 -1.2', 'ln')).toBe(
      'Number 1 (0.3) is positive, so it is not a log-probability: a log of p ≤ 1 is ≤ 0.',
    );
    expect(message('0.5 abc')).toBe('Number 2 (“abc”): “abc” is not a number.');
    expect(message('-inf')).toBe('Number 1 (“-inf”): “-inf” is not a number.');
    expect(message('1e400')).toBe('Number 1 (“1e400”): “1e400” is not a number this calculator can use.');
    expect(message('0.5 '.repeat(2_001))).toBe('That is 2,001 numbers; the limit is 2,000.');
    expect(message('9'.repeat(1_000_000))).toMatch(/too long/);
  });

  test('accepts exactly 2,000 numbers, names a bad one past the ninth, and quotes at most 30 characters of it', () => {
    const message = (values: string, kind = 'prob') => pplView({ values, kind, bars: 'prob' }).errors['values'];
    expect(message('0.5 '.repeat(2_000))).toBeUndefined();
    expect(message(`${'0.5 '.repeat(10)}1.5`)).toBe(
      'Number 11 (1.5) is not a probability: each must be between 0 and 1.',
    );
    expect(message(`0.5 ${'x'.repeat(40)}`)).toMatch(new RegExp(`^Number 2 \\(“${'x'.repeat(30)}”\\): `));
  });

  test('writes the base-2 formulas for log₂ input, and reads an unknown kind as probabilities', () => {
    const view = pplView({ values: '-1, -2', kind: 'log2', bars: 'prob' });
    expect(view.outputs).toEqual({
      bits: 'H_bits = −((−1) + (−2)) / 2 = 1.5 bits per token',
      nats: `H_bits × ln 2 = 1.5 × 0.6931 = ${formatNumber(1.5 * Math.LN2)} nats per token`,
      ppl: `2^H_bits = 2^1.5 = ${formatNumber(2 ** 1.5)}`,
    });
    expect(pplView({ values: '0.5', kind: 'bogus', bars: 'prob' }).outputs['ppl']).toBe('e^H = e^0.6931 = 2');
  });

  test('writes out up to six terms, and shortens seven to the first three and the last', () => {
    const six = pplView({ values: '0.5 0.5 0.5 0.5 0.5 0.25', kind: 'prob', bars: 'prob' });
    expect(six.outputs['nats']).toMatch(
      /^H = −\(ln 0\.5 \+ ln 0\.5 \+ ln 0\.5 \+ ln 0\.5 \+ ln 0\.5 \+ ln 0\.25\) \/ 6 = /,
    );
    const seven = pplView({ values: '-1 -2 -3 -4 -5 -6 -7', kind: 'log2', bars: 'prob' });
    expect(seven.outputs['bits']).toBe('H_bits = −((−1) + (−2) + (−3) + … + (−7)) / 7 (7 terms) = 4 bits per token');
  });

  test('refuses a paste over the length limit as too long, before counting its numbers', () => {
    expect(pplView({ values: '0.5 '.repeat(5_001), kind: 'prob', bars: 'prob' }).errors['values']).toBe(
      'That is too long (20,004 characters); the limit is 20,000.',
    );
  });

  test('charts at most 200 tokens while using them all', () => {
    const view = pplView({ values: '0.5 '.repeat(500), kind: 'prob', bars: 'prob' });
    expect(view.outputs['nats']).toBe(
      'H = −(ln 0.5 + ln 0.5 + ln 0.5 + … + ln 0.5) / 500 (500 terms) = 0.6931 nats per token',
    );
    expect(html(view.regions['chart']).match(/class="ppl-bar"/g)).toHaveLength(200);
    expect(html(view.regions['table'])).toContain('the first 200 of 500 tokens');
  });
});
