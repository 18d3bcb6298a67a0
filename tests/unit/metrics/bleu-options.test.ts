// nltk BLEU's options at their edges: auto_reweigh only for default weights and hypotheses shorter than
// four tokens, the smoothing name checked only once a unigram matches, the zero-count warning only without
// smoothing, and the messages of refused options. Expected values are worked out beside each case.
import { describe, expect, test } from 'vitest';
import * as M from '../../../src/lib/metrics/index.ts';
import { refusal } from './refusal.ts';

const ref = [['the', 'cat', 'is', 'on', 'the', 'mat']];

describe('autoReweigh', () => {
  test('gives a 3-token hypothesis three orders of weight 1/3', () => {
    // "a b c" against "a b d", method1: p1 = 2/3, p2 = 1/2, p3 = ε / 1 = 0.1; BP = 1 (equal lengths).
    const r = M.sentenceBleu([['a', 'b', 'd']], ['a', 'b', 'c'], { autoReweigh: true, smoothing: 'method1' });
    expect(r.bleu).toBeCloseTo(Math.cbrt((2 / 3) * (1 / 2) * 0.1), 15);
  });

  test('leaves weights that are not the default alone', () => {
    // Three weights of 0.25 on "a b": p3 = 0 → DBL_MIN, so BLEU = DBL_MIN^0.25 (about 1.2e-77), not 1.
    const three = M.sentenceBleu([['a', 'b']], ['a', 'b'], { autoReweigh: true, weights: [0.25, 0.25, 0.25] });
    expect(three.bleu).toBe(Math.exp(0.25 * Math.log(M.DBL_MIN)));
    const uneven = M.sentenceBleu([['a', 'b']], ['a', 'b'], { autoReweigh: true, weights: [0.25, 0.5, 0.125, 0.125] });
    expect(uneven.bleu).toBeLessThan(1e-70);
  });

  test('leaves a hypothesis of 4 tokens or more alone', () => {
    // p1..p4 = 4/5, 3/4, 2/3, 1/2; their product is 1/5, so BLEU = (1/5)^(1/4) with or without the option.
    const hyp = ['a', 'b', 'c', 'd', 'x'];
    const refs = [['a', 'b', 'c', 'd', 'e']];
    const r = M.sentenceBleu(refs, hyp, { autoReweigh: true });
    expect(r.bleu).toBeCloseTo(0.2 ** 0.25, 15);
    expect(r.bleu).toBe(M.sentenceBleu(refs, hyp).bleu);
  });
});

describe('smoothing', () => {
  test('warns about zero counts only without smoothing', () => {
    // "the cat": the 3- and 4-gram counts are 0.
    expect(M.sentenceBleu(ref, ['the', 'cat']).zeroCountWarning).toBe(true);
    expect(M.sentenceBleu(ref, ['the', 'cat'], { smoothing: 'method1' }).zeroCountWarning).toBe(false);
    expect(M.sentenceBleu(ref, ref[0]!).zeroCountWarning).toBe(false);
  });

  test('refuses an unknown method once a unigram matches, under the name of the function called', () => {
    const unknown = { smoothing: 'method7' } as unknown as M.BleuOptions;
    expect(refusal(() => M.sentenceBleu(ref, ['the', 'cat'], unknown))).toBe(
      'sentenceBleu: unknown smoothing "method7"',
    );
    expect(refusal(() => M.corpusBleu([{ references: ref, hypothesis: ['the', 'cat'] }], unknown))).toBe(
      'corpusBleu: unknown smoothing "method7"',
    );
    // nltk returns 0 before it reaches the smoothing function, so it never sees the name.
    expect(M.sentenceBleu(ref, ['a', 'dog'], unknown).bleu).toBe(0);
  });

  test('method1 with an epsilon of 0 or less is refused when a count is zero, as nltk fails on log(0)', () => {
    // "the cat": the 3- and 4-gram counts are 0, so epsilon / denominator would be 0 or negative.
    for (const epsilon of [0, -0.1, Number.NaN])
      expect(refusal(() => M.sentenceBleu(ref, ['the', 'cat'], { smoothing: 'method1', epsilon }))).toBe(
        `sentenceBleu: method1 smoothing needs an epsilon above 0, got ${String(epsilon)}`,
      );
    // No zero count: epsilon is never used, and the score is the unsmoothed one (1 for the reference itself).
    expect(M.sentenceBleu(ref, ref[0]!, { smoothing: 'method1', epsilon: 0 }).bleu).toBeCloseTo(1, 12);
    // A small positive epsilon still smooths.
    expect(M.sentenceBleu(ref, ['the', 'cat'], { smoothing: 'method1', epsilon: 1e-9 }).bleu).toBeGreaterThan(0);
  });
});

describe('weights', () => {
  test('refuses empty or non-finite weights, naming the entry', () => {
    expect(refusal(() => M.sentenceBleu(ref, ['the'], { weights: [0.5, Number.NaN] }))).toBe(
      'sentenceBleu: weights[1] is not a finite number',
    );
    expect(refusal(() => M.corpusBleu([{ references: ref, hypothesis: ['the'] }], { weights: [] }))).toBe(
      'corpusBleu: weights must not be empty',
    );
  });
});
