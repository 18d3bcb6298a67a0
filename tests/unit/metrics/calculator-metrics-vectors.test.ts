// The metric functions that the calculators show besides the headline scores (confusion counts at a
// threshold, BLEU's per-order precisions, log-probability conversions, logits, regression parts,
// ROUGE-N matches), checked against the reference vectors (sklearn, nltk, numpy, rouge-score).
// Expected values come from the vector files only, never from the library itself.
import { describe, expect, test, vi } from 'vitest';
import * as M from '../../../src/lib/metrics/index.ts';
import { decodeFloat, expectClose, type Tolerance } from '../helpers/close.ts';
import type { VectorCase } from './vector-families.ts';
import { readVectorFiles, vectorsDir } from './vector-files.ts';

// The same folder as conformance.test.ts, so a held-out set is checked here too; its cases may be larger.
vi.setConfig({ testTimeout: 60_000 });
const files = readVectorFiles();

/** Every case of `family` in the folder, from whichever files hold it (a held-out set may name them otherwise). */
function load(family: string): { tol: Tolerance; cases: VectorCase[] } {
  const parts = files.filter((data) => data.family === family);
  return {
    tol: parts[0]?.suggested_tolerance ?? { rtol: 0, atol: 0 },
    cases: parts.flatMap((data) => data.cases),
  };
}

const nums = (xs: unknown): number[] => (xs as unknown[]).map((x) => decodeFloat(x) as number);
const num = (x: unknown): number => decodeFloat(x) as number;
const isError = (x: unknown): boolean => typeof x === 'object' && x !== null && 'error' in x;
const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
const named = (cases: VectorCase[]) => cases.map((c) => [c.name, c] as const);

type CaseTest = (title: string, body: (name: string, c: VectorCase) => void) => void;
/** test.each over the cases; a folder without such cases reports the test as skipped instead of failing. */
function eachCase(cases: VectorCase[]): CaseTest {
  if (cases.length === 0)
    return (title) => test.skip(`${title.replace('%s', '(any case)')}: no such cases in ${vectorsDir}`);
  return (title, body) => test.each(named(cases))(title, body);
}

describe('confusionAtThreshold against scikit-learn roc_curve (every threshold)', () => {
  const { cases } = load('roc');
  eachCase(cases)('%s', (_, c) => {
    const yTrue = nums(c.input['y_true']);
    const yScore = nums(c.input['y_score']);
    const e = c.expected as { n_pos: number; n_neg: number; curve_all_thresholds: Record<string, unknown[]> };
    const curve = e.curve_all_thresholds;
    // tp = tpr · P and fp = fpr · N (a rate is NaN when its class is absent: then the count is 0).
    const count = (rate: unknown, n: number) => (n === 0 ? 0 : Math.round(num(rate) * n));
    curve['thresholds']!.forEach((t, k) => {
      // thresholds[0] is sklearn's "above every score" point; +Infinity is above every score too.
      const threshold = k === 0 ? Number.POSITIVE_INFINITY : num(t);
      const tp = count(curve['tpr']![k], e.n_pos);
      const fp = count(curve['fpr']![k], e.n_neg);
      const got = M.confusionAtThreshold(yTrue, yScore, threshold);
      expect(got, `threshold ${String(t)}`).toEqual({ tp, fp, fn: e.n_pos - tp, tn: e.n_neg - fp });
    });
    expect(M.confusionAtThreshold(yTrue, yScore, num(curve['thresholds']![0]))).toEqual({
      tp: 0,
      fp: 0,
      fn: e.n_pos,
      tn: e.n_neg,
    });
  });
});

describe('BLEU per-order precisions against nltk 3.8', () => {
  const { tol, cases } = load('bleu');
  const usable = cases.filter((c) => c.kind === 'sentence_bleu' && !('error' in c.expected));
  test('the vectors hold sentence cases with and without zero counts', () => {
    expect(usable.length).toBeGreaterThan(20);
  });
  eachCase(usable)('%s', (_, c) => {
    const { references, hypothesis } = c.input as unknown as M.BleuItem;
    const weights = (c.options['weights'] as number[] | undefined) ?? [0.25, 0.25, 0.25, 0.25];
    const autoReweigh = c.options['auto_reweigh'] === true;
    const counts = c.expected['modified_precisions'] as M.ModifiedPrecision[];
    const bp = num(c.expected['brevity_penalty']);
    const hypLen = c.expected['hyp_len'] as number;
    // nltk's auto_reweigh: default weights and fewer than 4 tokens → hypLen orders of weight 1 / hypLen.
    const isDefault = weights.length === 4 && weights.every((w) => w === 0.25);
    const w = autoReweigh && hypLen < 4 && isDefault ? new Array<number>(hypLen).fill(1 / hypLen) : weights;
    for (const [smoothing, key] of [
      ['none', 'bleu'],
      ['method1', 'bleu_smoothing_method1'],
    ] as const) {
      const r = M.sentenceBleu(references, hypothesis, { weights, autoReweigh, smoothing });
      counts.forEach((p, i) => expect(r.precisionValues[i], `p${i + 1}`).toBe(p.numerator / p.denominator));
      if (counts[0]!.numerator === 0) {
        expect(r.smoothedPrecisionValues).toBeNull();
        expect(num(c.expected[key])).toBe(0);
        continue;
      }
      const used = r.smoothedPrecisionValues!;
      counts.forEach((p, i) => {
        const stand = smoothing === 'none' ? M.DBL_MIN : 0.1 / p.denominator;
        expect(used[i], `${smoothing} p${i + 1}`).toBe(p.numerator > 0 ? p.numerator / p.denominator : stand);
      });
      // BP · exp(Σ wₙ ln pₙ) over these values is nltk's BLEU (plain sum: within the file's tolerance).
      const terms = w.slice(0, used.length).map((wn, i) => wn * Math.log(used[i]!));
      expectClose(bp * Math.exp(terms.reduce((s, x) => s + x, 0)), num(c.expected[key]), key, tol);
    }
  });
});

describe('log-probability conversions against numpy', () => {
  const { tol, cases } = load('perplexity');
  const fromProbs = cases.filter((c) => c.kind === 'perplexity_from_probs' && nums(c.input['probs']).length > 0);
  eachCase(fromProbs)('%s, entered as ln p and log₂ p', (_, c) => {
    const probs = nums(c.input['probs']);
    const e = { ppl: num(c.expected['perplexity']), nats: num(c.expected['mean_nll_nats']) };
    const bits = num(c.expected['mean_nll_bits']);
    for (const [base, logs] of [
      ['e', probs.map(Math.log)],
      ['2', probs.map(Math.log2)],
    ] as const) {
      expectClose(M.crossEntropyFromLogProbs(logs, base, 'nats'), e.nats, `nats from base ${base}`, tol);
      expectClose(M.crossEntropyFromLogProbs(logs, base, 'bits'), bits, `bits from base ${base}`, tol);
      const report = M.logProbReport(logs, base);
      expectClose(report.perplexity, e.ppl, `perplexity from base ${base}`, tol);
      expect(report.validInput).toBe(c.expected['valid_input']);
      expectClose(mean(M.surprisalsFromLogProbs(logs, base)), e.nats, `mean surprisal, base ${base}`, tol);
      if (c.expected['valid_input'] === true)
        M.probsFromLogProbs(logs, base).forEach((p, i) => expectClose(p, probs[i]!, `p[${i}]`, tol));
    }
    expectClose(mean(M.surprisals(probs)), e.nats, 'mean surprisal', tol);
    expectClose(M.perplexityReport(probs).geometricMeanProbability, Math.exp(-e.nats), 'geometric mean p', tol);
  });

  const fromLogs = cases.filter((c) => c.kind === 'perplexity_from_logprobs' && nums(c.input['logprobs']).length > 0);
  eachCase(fromLogs)('%s', (_, c) => {
    const logs = nums(c.input['logprobs']);
    const base = c.options['log_base'] as 'e' | '2';
    const ppl = num(c.expected['perplexity']);
    const report = M.logProbReport(logs, base);
    expectClose(report.perplexity, ppl, 'perplexity', tol);
    expect(report.validInput).toBe(c.expected['valid_input']);
    // Perplexity is e^H(nats) = 2^H(bits), and the geometric mean probability is its inverse.
    expectClose(Math.exp(report.meanNllNats), ppl, 'e^nats', tol);
    expectClose(2 ** report.meanNllBits, ppl, '2^bits', tol);
    expectClose(Math.exp(mean(M.surprisalsFromLogProbs(logs, base))), ppl, 'e^mean surprisal', tol);
    expectClose(report.geometricMeanProbability * ppl, Number.isFinite(ppl) ? 1 : Number.NaN, '1/ppl · ppl', tol);
    const probs = M.probsFromLogProbs(logs, base);
    // Subnormal probabilities lose digits; the round trip is only exact enough above DBL_MIN.
    if (probs.every((p) => p === 0 || p >= M.DBL_MIN))
      expectClose(M.perplexity(probs), ppl, 'perplexity of the probabilities', tol);
  });
});

describe('logitsFromProbs against numpy softmax', () => {
  const { tol, cases } = load('sampling');
  const usable = cases.filter((c) => !('error' in c.expected) && c.expected['softmax'] !== null);
  eachCase(usable)('%s: ln of the softmax recovers z / T up to a shift', (_, c) => {
    const soft = nums(c.expected['softmax']);
    const z = nums(c.input['logits']);
    const t = c.options['temperature'] as number;
    const logits = M.logitsFromProbs(soft);
    M.softmax(logits).forEach((p, i) => expectClose(p, soft[i]!, `softmax(ln p)[${i}]`, tol));
    const top = soft.reduce((best, p, i) => (p > soft[best]! ? i : best), 0); // no spread: 100k+ vocabularies
    soft.forEach((p, i) => {
      if (p === 0) expect(logits[i]).toBe(Number.NEGATIVE_INFINITY);
      else if (p > 1e-300) {
        const expected = (z[i]! - z[top]!) / t;
        expectClose(logits[i]! - logits[top]!, expected, `z[${i}] − z[${top}]`, { rtol: 1e-12, atol: 1e-9 });
      }
    });
  });
});

describe('regression parts against scikit-learn', () => {
  const { tol, cases } = load('regression');
  const usable = cases.filter((c) => !isError(c.expected['mae']));
  eachCase(usable)('%s', (_, c) => {
    const yTrue = nums(c.input['y_true']);
    const yPred = nums(c.input['y_pred']);
    const e = (key: string) => num(c.expected[key]);
    const sums = M.sumsOfSquares(yTrue, yPred);
    expectClose(sums.residual / yTrue.length, e('mse'), 'SS_res / n = MSE', tol);
    if (yTrue.length >= 2 && sums.total !== 0)
      expectClose(1 - sums.residual / sums.total, e('r2_force_finite_false'), '1 − SS_res / SS_tot', tol);
    const cmp = M.rmseMaeRatio(yTrue, yPred);
    if (e('mae') === 0) expect(cmp).toBeNull();
    else {
      expectClose(cmp!.ratio, e('rmse') / e('mae'), 'RMSE / MAE', tol);
      expectClose(cmp!.excess, e('rmse') / e('mae') - 1, 'RMSE / MAE − 1', { rtol: 1e-9, atol: 1e-12 });
    }
    const { denominators, floored } = M.mapeDenominators(yTrue);
    const terms = yTrue.map((y, i) => Math.abs(yPred[i]! - y) / denominators[i]!);
    expectClose(mean(terms), e('mape'), 'mean |ŷ − y| / denominator = MAPE', tol);
    // CONVENTIONS.md: the denominator is max(|y|, ε), ε = np.finfo(float64).eps.
    const eps = 2.220446049250313e-16;
    expect(floored).toEqual(yTrue.flatMap((y, i) => (Math.abs(y) < eps ? [i] : [])));
    expect(denominators).toEqual(yTrue.map((y) => Math.max(Math.abs(y), eps)));
  });
});

describe('rougeNMatches against rouge-score', () => {
  const { tol, cases } = load('rouge');
  eachCase(cases)('%s: overlap over the n-gram counts gives P and R', (_, c) => {
    const { reference, candidate } = c.input as { reference: string; candidate: string };
    const opts = { useStemmer: c.options['use_stemmer'] === true };
    const ref = M.tokenize(reference, opts);
    const cand = M.tokenize(candidate, opts);
    const orders = Object.keys(c.expected).flatMap((key) => {
      const order = /^rouge(\d+)$/.exec(key);
      if (order) return [[Number(order[1]), key] as const];
      return key === 'rougeN' ? [[c.options['n'] as number, key] as const] : [];
    });
    expect(orders.length).toBeGreaterThan(0);
    for (const [n, key] of orders) {
      const m = M.rougeNMatches(ref, cand, n);
      const score = c.expected[key] as { precision: number; recall: number };
      expectClose(m.overlap / Math.max(m.candidateGrams, 1), score.precision, `${key}.precision`, tol);
      expectClose(m.overlap / Math.max(m.referenceGrams, 1), score.recall, `${key}.recall`, tol);
    }
  });
});
