import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BLEU_DEFAULTS, bleuModel, bleuView, type BleuModel } from '../../../src/lib/calculators/bleu.ts';
import { formatNumber } from '../../../src/lib/calculators/format.ts';
import { toHtml, type VNode } from '../../../src/lib/calculators/vnode.ts';
import { expectClose, type Tolerance } from '../helpers/close.ts';

interface BleuCase {
  name: string;
  kind: string;
  input: { references: string[][]; hypothesis: string[] };
  options: { weights: number[]; auto_reweigh?: boolean };
  expected: {
    bleu: number;
    bleu_smoothing_method1: number;
    modified_precisions: { n: number; numerator: number; denominator: number }[];
    hyp_len: number;
    closest_ref_len: number;
    brevity_penalty: number;
    zero_count_warning: boolean;
    error?: unknown;
  };
}
const file = JSON.parse(readFileSync('tests/vectors/bleu.json', 'utf8')) as {
  suggested_tolerance: Tolerance;
  cases: BleuCase[];
};
const tol = file.suggested_tolerance;
const sentence = file.cases.filter(
  (c) =>
    c.kind === 'sentence_bleu' &&
    c.expected.error === undefined &&
    c.options.auto_reweigh !== true &&
    c.options.weights.length === 4 &&
    c.options.weights.every((w) => w === 0.25),
);
// The calculator reads whitespace-separated tokens, so a case can be typed in when every reference and
// the hypothesis has tokens (an empty line is not a reference, an empty candidate is asked for).
const typeable = sentence.filter((c) => c.input.hypothesis.length > 0 && c.input.references.every((r) => r.length > 0));

const fields = (c: BleuCase, smooth: boolean) => ({
  references: c.input.references.map((r) => r.join(' ')).join('\n'),
  candidate: c.input.hypothesis.join(' '),
  smooth: smooth ? 'on' : '',
});

function model(values: Record<string, string>): BleuModel {
  const result = bleuModel(values);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.model;
}

const html = (node: VNode | undefined) => (node === undefined ? '' : toHtml(node));

describe('bleuView on the reference vectors (nltk 3.8 sentence_bleu)', () => {
  test('covers most sentence cases', () => {
    expect(typeable.length).toBeGreaterThan(30);
  });

  test.each(typeable.map((c) => [c.name, c] as const))('matches nltk without and with smoothing on %s', (_, c) => {
    const plain = model(fields(c, false));
    expect(plain.result.precisions).toEqual(c.expected.modified_precisions);
    expect(plain.result.hypLength).toBe(c.expected.hyp_len);
    expect(plain.result.refLength).toBe(c.expected.closest_ref_len);
    expectClose(plain.result.brevityPenalty, c.expected.brevity_penalty, 'brevity_penalty', tol);
    expectClose(plain.result.bleu, c.expected.bleu, 'bleu', tol);
    expect(plain.result.zeroCountWarning).toBe(c.expected.zero_count_warning);
    expectClose(model(fields(c, true)).result.bleu, c.expected.bleu_smoothing_method1, 'bleu method1', tol);
  });

  test.each(typeable.map((c) => [c.name, c] as const))('writes the counts and BLEU of %s', (_, c) => {
    const view = bleuView(fields(c, false));
    c.expected.modified_precisions.forEach(({ n, numerator, denominator }) => {
      expect(view.outputs[`p${n}`]).toMatch(new RegExp(`^${numerator} / ${denominator} = `));
    });
    expect(view.outputs['bleu']).toMatch(new RegExp(`${formatNumber(c.expected.bleu).replace(/[()^×]/g, '.')}$`));
    expect(view.outputs['bp']).toContain(`r = ${c.expected.closest_ref_len}`);
    expect(bleuView(fields(c, true)).outputs['bleu']).toMatch(
      new RegExp(`${formatNumber(c.expected.bleu_smoothing_method1)}$`),
    );
    expect(JSON.stringify(view)).not.toMatch(/NaN|Infinity|undefined|null/);
  });
});

describe('bleuView', () => {
  test('fills in the worked example from the page', () => {
    const view = bleuView(BLEU_DEFAULTS);
    expect(view.errors).toEqual({});
    expect(view.outputs).toEqual({
      p1: '6 / 6 = 1',
      p2: '4 / 5 = 0.8',
      p3: '3 / 4 = 0.75',
      p4: '2 / 3 = 0.6667',
      lengths: 'c = 6 candidate tokens; r = 7 reference tokens',
      bp: 'c = 6 ≤ r = 7: BP = exp(1 − 7 / 6) = 0.8465',
      bleu: '0.8465 × (1 × 0.8 × 0.75 × 0.6667)^¼ = 0.6732',
    });
    expect(view.regions['note']).toBe('');
    expect(view.summary).toBe('BLEU 0.6732; brevity penalty 0.8465.');
  });

  test('explains the DBL_MIN collapse in scientific notation, and method1 smoothing', () => {
    const values = { references: 'the cat is on the mat', candidate: 'the cat', smooth: '' };
    const plain = bleuView(values);
    // nltk: 2.018753310664318e-155 (tests/vectors/CONVENTIONS.md).
    expect(plain.outputs['bleu']).toBe('0.1353 × (1 × 1 × 2.23 × 10⁻³⁰⁸ × 2.23 × 10⁻³⁰⁸)^¼ = 2.02 × 10⁻¹⁵⁵');
    expect(plain.outputs['p3']).toBe(
      '0 / 1 = 0 (no trigrams in 2 tokens; nltk divides by at least 1), replaced by DBL_MIN = 2.23 × 10⁻³⁰⁸',
    );
    expect(html(plain.regions['note'])).toContain('BLEU collapses to a tiny number (2.02 × 10⁻¹⁵⁵), not exactly 0');
    const smooth = bleuView({ ...values, smooth: 'on' });
    // nltk method1: 0.04279677428117006.
    expect(smooth.outputs['bleu']).toBe('0.1353 × (1 × 1 × 0.1 × 0.1)^¼ = 0.0428');
    expect(smooth.outputs['p4']).toMatch(/smoothed to 0.1 \/ 1 = 0.1$/);
    expect(html(smooth.regions['note'])).toContain('nltk method1');
  });

  test('returns 0 when no unigram matches, and says that case matters', () => {
    const view = bleuView({ references: 'The Cat sat', candidate: 'a dog', smooth: 'on' });
    expect(view.outputs['bleu']).toBe('p₁ = 0: no candidate token is in a reference, so nltk returns BLEU = 0');
    expect(view.outputs['p2']).toBe('0 / 1 = 0');
    expect(html(view.regions['note'])).toContain('“The” and “the” differ');
    expect(view.summary).toBe('BLEU 0; brevity penalty 0.6065.');
  });

  test('uses the closest of several references and clips repeated words', () => {
    const view = bleuView({
      references: 'the cat is on the mat\n\nthere is a cat on the mat',
      candidate: 'the the the the the the the',
      smooth: '',
    });
    expect(view.outputs['p1']).toBe('2 / 7 = 0.2857');
    expect(view.outputs['lengths']).toBe(
      'c = 7 candidate tokens; reference lengths 6, 7: the closest is r = 7 (ties go to the shorter)',
    );
    expect(view.outputs['bp']).toBe('c = 7 ≤ r = 7: BP = exp(1 − 7 / 7) = 1');
    expect(bleuView({ references: 'a b', candidate: 'a b c', smooth: '' }).outputs['bp']).toBe(
      'c = 3 > r = 2, so BP = 1',
    );
  });

  test('answers bad input with messages at the fields', () => {
    const empty = bleuView({ references: '\n  \n', candidate: ' ', smooth: '' });
    expect(empty.errors).toEqual({
      references: 'Enter at least one reference, one per line.',
      candidate: 'Enter the candidate sentence.',
    });
    expect(empty.outputs['bleu']).toBe('—');
    expect(empty.regions['note']).toBe('');
    expect(bleuView({ ...BLEU_DEFAULTS, candidate: 'x'.repeat(1_000_000) }).errors['candidate']).toMatch(/too long/);
    expect(bleuView({ ...BLEU_DEFAULTS, references: 'x'.repeat(1_000_000) }).errors).toEqual({
      references: 'That is too long (1,000,000 characters); the limit is 20,000.',
    });
    expect(bleuView({ ...BLEU_DEFAULTS, references: 'a\n'.repeat(51) }).errors['references']).toBe(
      'That is 51 references; the limit is 50.',
    );
    expect(bleuView({ ...BLEU_DEFAULTS, candidate: 'a '.repeat(5_001) }).errors['candidate']).toBe(
      'That is 5,001 tokens; this calculator compares at most 5,000 per text.',
    );
  });
});
