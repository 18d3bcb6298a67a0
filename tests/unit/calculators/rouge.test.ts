import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../../src/lib/calculators/format.ts';
import { ROUGE_DEFAULTS, rougeModel, rougeView, type RougeModel } from '../../../src/lib/calculators/rouge.ts';
import { toHtml, type VNode } from '../../../src/lib/calculators/vnode.ts';
import { expectClose, type Tolerance } from '../helpers/close.ts';

interface Score {
  precision: number;
  recall: number;
  fmeasure: number;
}
interface RougeCase {
  name: string;
  input: { reference: string; candidate: string };
  options: { use_stemmer: boolean; n?: number };
  expected: Record<string, Score> & { tokens?: { reference: string[]; candidate: string[] } };
}
const file = JSON.parse(readFileSync('tests/vectors/rouge.json', 'utf8')) as {
  suggested_tolerance: Tolerance;
  cases: RougeCase[];
};
const tol = file.suggested_tolerance;
const LIMIT = 20_000;
const blank = (text: string) => text.trim() === '';
const usable = file.cases.filter(
  (c) =>
    !blank(c.input.reference) &&
    !blank(c.input.candidate) &&
    c.input.reference.length <= LIMIT &&
    c.input.candidate.length <= LIMIT,
);

const fields = (c: RougeCase, n: number) => ({
  reference: c.input.reference,
  candidate: c.input.candidate,
  n: String(n),
  highlight: 'n',
  stem: c.options.use_stemmer ? 'on' : '',
});

function model(values: Record<string, string>): RougeModel {
  const result = rougeModel(values);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.model;
}

function expectScore(got: Score, expected: Score, what: string) {
  expectClose(got.precision, expected.precision, `${what}.precision`, tol);
  expectClose(got.recall, expected.recall, `${what}.recall`, tol);
  expectClose(got.fmeasure, expected.fmeasure, `${what}.fmeasure`, tol);
}

const html = (node: VNode | undefined) => (node === undefined ? '' : toHtml(node));

describe('rougeView on the reference vectors (rouge-score 0.1.2)', () => {
  test('covers most cases', () => {
    expect(usable.length).toBeGreaterThan(40);
  });

  test.each(usable.map((c) => [c.name, c] as const))('matches ROUGE-1, -2, -3, -4, -L and -N of %s', (_, c) => {
    const n = c.options.n ?? 4;
    const m = model(fields(c, n));
    if (c.expected.tokens) {
      expect(m.reference).toEqual(c.expected.tokens.reference);
      expect(m.candidate).toEqual(c.expected.tokens.candidate);
    }
    expectScore(m.rouge1, c.expected['rouge1']!, 'rouge1');
    expectScore(m.rouge2, c.expected['rouge2']!, 'rouge2');
    expectScore(m.rougeL, c.expected['rougeL']!, 'rougeL');
    expectScore(m.rougeN, c.expected[c.options.n === undefined ? 'rouge4' : 'rougeN']!, `rouge${n}`);
    expectScore(model(fields(c, 3)).rougeN, c.expected['rouge3']!, 'rouge3');
  });

  test.each(usable.map((c) => [c.name, c] as const))('counts matches that agree with the scores of %s', (_, c) => {
    const m = model(fields(c, c.options.n ?? 2));
    for (const [matches, expected] of [
      [m.matches1, c.expected['rouge1']!],
      [m.matches2, c.expected['rouge2']!],
    ] as const) {
      expectClose(matches.overlap / Math.max(matches.candidateGrams, 1), expected.precision, 'precision', tol);
      expectClose(matches.overlap / Math.max(matches.referenceGrams, 1), expected.recall, 'recall', tol);
      expect(matches.candidateMarked.filter(Boolean).length).toBeGreaterThanOrEqual(matches.overlap > 0 ? 1 : 0);
    }
    expectClose(m.lcs / Math.max(m.candidate.length, 1), c.expected['rougeL']!.precision, 'lcs / |cand|', tol);
    expect(m.lcsPairs).toHaveLength(m.lcs);
    for (const [i, j] of m.lcsPairs) expect(m.reference[i]).toBe(m.candidate[j]);
  });

  test.each(usable.map((c) => [c.name, c] as const))('writes the reference F values of %s', (_, c) => {
    const view = rougeView(fields(c, c.options.n ?? 4));
    expect(view.outputs['r1f']).toMatch(new RegExp(`${formatNumber(c.expected['rouge1']!.fmeasure)}$`));
    expect(view.outputs['rlf']).toMatch(new RegExp(`${formatNumber(c.expected['rougeL']!.fmeasure)}$`));
    expect(view.outputs['rnp']).toMatch(
      new RegExp(`[=:] ${formatNumber(c.expected[c.options.n === undefined ? 'rouge4' : 'rougeN']!.precision)}$`),
    );
    expect(JSON.stringify(view)).not.toMatch(/NaN|Infinity|undefined|null/);
  });

  const refused = file.cases.filter((c) => !usable.includes(c));
  test.each(refused.map((c) => [c.name, c] as const))('asks for text or refuses a too long text in %s', (_, c) => {
    const view = rougeView(fields(c, 2));
    const message = Object.values(view.errors).join(' ');
    expect(message).toMatch(/Enter the (reference|candidate) text|too long/);
    expect(view.outputs['r1f']).toBe('—');
  });
});

describe('rougeView', () => {
  test('fills in the worked example from the page', () => {
    const view = rougeView(ROUGE_DEFAULTS);
    expect(view.errors).toEqual({});
    expect(view.outputs['r1p']).toBe('overlap 5 / 7 candidate unigrams = 0.7143');
    expect(view.outputs['r1r']).toBe('overlap 5 / 6 reference unigrams = 0.8333');
    expect(view.outputs['r1f']).toBe('2 × 0.7143 × 0.8333 / (0.7143 + 0.8333) = 0.7692');
    expect(view.outputs['r2p']).toBe('overlap 3 / 6 candidate bigrams = 0.5');
    expect(view.outputs['r2f']).toBe('2 × 0.5 × 0.6 / (0.5 + 0.6) = 0.5455');
    expect(view.outputs['rlr']).toBe('LCS 5 / 6 reference tokens = 0.8333');
    expect(view.outputs['nLabel']).toBe('ROUGE-3');
    expect(view.summary).toBe('F scores: ROUGE-1 0.7692, ROUGE-2 0.5455, ROUGE-L 0.7692, ROUGE-3 0.4444.');
  });

  test('highlights matched n-grams and the LCS as <mark> runs in both texts', () => {
    const view = rougeView({ ...ROUGE_DEFAULTS, n: '2' });
    const ngrams = html(view.regions['ngrams']);
    expect(ngrams).toContain('the <mark>apple fell from the</mark> tree');
    expect(ngrams).toContain('an <mark>apple fell from the</mark> old tree');
    expect(ngrams).toContain('Matched bigrams (3): “apple fell”, “fell from”, “from the”.');
    const lcs = html(view.regions['lcs']);
    expect(lcs).toContain('<mark>apple fell from the</mark> old <mark>tree</mark>');
    expect(lcs).toContain('LCS (5 tokens): “apple fell from the tree”.');
    const unigrams = html(rougeView({ ...ROUGE_DEFAULTS, highlight: '1' }).regions['ngrams']);
    expect(unigrams).toContain('an <mark>apple fell from the</mark> old <mark>tree</mark>');
  });

  test('clips repeated n-grams when highlighting', () => {
    const m = model({ reference: 'the the the', candidate: 'the the the the the', n: '1', stem: '' });
    expect(m.matches1.overlap).toBe(3);
    expect(m.matches1.candidateMarked).toEqual([true, true, true, false, false]);
    expect(m.matches1.referenceMarked).toEqual([true, true, true]);
  });

  test('stems words longer than 3 letters when asked', () => {
    const values = { reference: 'The cats were running', candidate: 'the cat runs', n: '1', stem: 'on' };
    expect(model(values).reference).toEqual(['the', 'cat', 'were', 'run']);
    expect(rougeView(values).outputs['r1p']).toBe('overlap 3 / 3 candidate unigrams = 1');
    expect(rougeView({ ...values, stem: '' }).outputs['r1p']).toBe('overlap 1 / 3 candidate unigrams = 0.3333');
  });

  test('explains texts without tokens and n-grams longer than the text', () => {
    const view = rougeView({ reference: '机器学习', candidate: 'the cat', n: '5', stem: '' });
    expect(view.errors).toEqual({});
    expect(view.outputs['r1p']).toBe('overlap 0 / 2 candidate unigrams = 0');
    expect(view.outputs['r1r']).toBe('overlap 0, no reference unigrams: 0');
    expect(view.outputs['r1f']).toBe('P + R = 0, so F = 0');
    expect(view.outputs['rnp']).toBe('overlap 0, no candidate 5-grams: 0');
    expect(html(view.regions['ngrams'])).toContain('(no tokens: nothing here is a–z or 0–9)');
  });

  test('answers bad input with messages at the fields', () => {
    const bad = rougeView({ reference: '  ', candidate: '', n: '10', stem: '' });
    expect(bad.errors).toEqual({
      reference: 'Enter the reference text.',
      candidate: 'Enter the candidate text.',
      n: 'Enter a number of at most 9.',
    });
    expect(bad.outputs['r1p']).toBe('—');
    expect(bad.regions['lcs']).toBe('');
    expect(rougeView({ ...ROUGE_DEFAULTS, n: '2.5' }).errors['n']).toBe('Enter a whole number.');
    expect(rougeView({ ...ROUGE_DEFAULTS, n: 'two' }).errors['n']).toBe('“two” is not a number.');
    expect(rougeView({ ...ROUGE_DEFAULTS, n: '0' }).errors['n']).toBe('Enter a number of at least 1.');
    expect(rougeView({ ...ROUGE_DEFAULTS, candidate: 'x'.repeat(1_000_000) }).errors['candidate']).toMatch(
      /too long \(1,000,000 characters\)/,
    );
    expect(rougeView({ ...ROUGE_DEFAULTS, reference: 'a '.repeat(6_000) }).errors['reference']).toBe(
      'That is 6,000 tokens; this calculator compares at most 5,000.',
    );
  });

  test('keeps markup in the texts as text', () => {
    const view = rougeView({ ...ROUGE_DEFAULTS, candidate: '<img src=x onerror=alert(1)> apple' });
    const out = html(view.regions['ngrams']);
    expect(out).not.toContain('<img');
    expect(out).toContain('img src x onerror alert 1');
  });

  test('shows at most 600 tokens per text while scoring them all', () => {
    const long = Array.from({ length: 1_000 }, (_, i) => `w${i}`).join(' ');
    const view = rougeView({ reference: long, candidate: long, n: '4', stem: '' });
    expect(view.outputs['r1p']).toBe('overlap 1000 / 1000 candidate unigrams = 1');
    expect(html(view.regions['ngrams'])).toContain('… and 400 more tokens (not shown)');
  });
});
