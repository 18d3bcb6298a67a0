// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// Perplexity with numpy's arithmetic: these functions never throw on bad
// probabilities; they return numpy's value and the report flags validity, so a
// calculator can show both "what the formula gives" and "this input is invalid".
import { check } from './errors.ts';
import { numpyMean } from './fsum.ts';

/** Why a probability list is invalid, or null when every p is in [0, 1] and the list is non-empty. */
export function probabilityProblem(probs: readonly number[]): string | null {
  if (probs.length === 0) return 'the list is empty (the mean of nothing is undefined)';
  const bad = probs.findIndex((p) => !(p >= 0 && p <= 1));
  return bad < 0 ? null : `probs[${bad}] = ${probs[bad]} is not a probability in [0, 1]`;
}

/** Why a log-probability list is invalid, or null when it is non-empty and every value is ≤ 0 (−Infinity allowed). */
export function logProbProblem(logprobs: readonly number[]): string | null {
  if (logprobs.length === 0) return 'the list is empty (the mean of nothing is undefined)';
  const bad = logprobs.findIndex((lp) => !(lp <= 0));
  return bad < 0 ? null : `logprobs[${bad}] = ${logprobs[bad]} is not a log-probability (must be <= 0)`;
}

/**
 * Cross-entropy (mean negative log-likelihood) of the observed tokens' probabilities,
 * −mean(log p), in nats (natural log, default) or bits (log2).
 * Any p = 0 → +Infinity; empty list → NaN; p < 0 → NaN (numpy). Throws MetricError only for an unknown unit.
 * @example crossEntropy([0.5, 0.25], 'bits') // 1.5
 */
export function crossEntropy(probs: readonly number[], unit: 'nats' | 'bits' = 'nats'): number {
  check(unit === 'nats' || unit === 'bits', 'crossEntropy', `unit must be "nats" or "bits" (got ${String(unit)})`);
  return -numpyMean(probs.map(unit === 'nats' ? Math.log : Math.log2));
}

/**
 * Perplexity = exp(−mean(ln p)) of the probabilities the model gave to each
 * observed token (numpy formula). Single token → 1/p; uniform 1/V → V.
 * p = 0 → +Infinity, empty → NaN, p < 0 → NaN, mean NLL above ~709.78 nats
 * overflows to +Infinity. Never throws; check validity with {@link perplexityReport}.
 * @example perplexity([0.25, 0.25]) // 4
 */
export function perplexity(probs: readonly number[]): number {
  return Math.exp(crossEntropy(probs, 'nats'));
}

/**
 * Perplexity from log-probabilities: exp(−mean(lp)) for natural logs, 2^(−mean(lp))
 * for base-2 logs. −Infinity → +Infinity; empty → NaN. Throws MetricError only
 * when `base` is neither "e" nor "2".
 * @example perplexityFromLogProbs([-1, -2, -3], '2') // 4
 */
export function perplexityFromLogProbs(logprobs: readonly number[], base: 'e' | '2' = 'e'): number {
  check(base === 'e' || base === '2', 'perplexityFromLogProbs', `base must be "e" or "2" (got ${String(base)})`);
  const mean = numpyMean(logprobs);
  return base === 'e' ? Math.exp(-mean) : 2 ** -mean;
}

/** Everything a perplexity calculator shows for a list of probabilities. */
export interface PerplexityReport {
  readonly perplexity: number;
  readonly meanNllNats: number;
  readonly meanNllBits: number;
  /** The geometric mean of the token probabilities, exp(mean ln p) = 1 / perplexity (0 when perplexity is ∞). */
  readonly geometricMeanProbability: number;
  /** False for an empty list or any value outside the domain (p in [0, 1], lp ≤ 0); the numbers are numpy's anyway. */
  readonly validInput: boolean;
  /** Human-readable reason when validInput is false, else null. */
  readonly problem: string | null;
}

/**
 * Perplexity, cross-entropy in nats and bits, and the validity of the input
 * (see {@link perplexity} for the conventions). Never throws.
 * @example perplexityReport([0.5, 0.5]).meanNllBits // 1
 */
export function perplexityReport(probs: readonly number[]): PerplexityReport {
  const problem = probabilityProblem(probs);
  const ppl = perplexity(probs);
  return {
    perplexity: ppl,
    geometricMeanProbability: 1 / ppl,
    meanNllNats: crossEntropy(probs, 'nats'),
    meanNllBits: crossEntropy(probs, 'bits'),
    validInput: problem === null,
    problem,
  };
}

/**
 * Cross-entropy −mean(lp) of log-probabilities of base e or 2, in nats or bits:
 * the mean is in the unit of the logs entered and converted with ln 2 for the other
 * unit. −Infinity → +Infinity; empty → NaN. Throws MetricError only for an unknown
 * base or unit.
 * @example crossEntropyFromLogProbs([-1, -2], '2', 'bits') // 1.5
 */
export function crossEntropyFromLogProbs(
  logprobs: readonly number[],
  base: 'e' | '2' = 'e',
  unit: 'nats' | 'bits' = 'nats',
): number {
  const fn = 'crossEntropyFromLogProbs';
  check(base === 'e' || base === '2', fn, `base must be "e" or "2" (got ${String(base)})`);
  check(unit === 'nats' || unit === 'bits', fn, `unit must be "nats" or "bits" (got ${String(unit)})`);
  const h = -numpyMean(logprobs);
  if (base === 'e') return unit === 'nats' ? h : h / Math.LN2;
  return unit === 'bits' ? h : h * Math.LN2;
}

/**
 * Per token surprisal −ln p in nats (the one-token cross-entropy). p = 0 → +Infinity. Never throws.
 * @example surprisals([0.5, 0.25]) // [0.6931471805599453, 1.3862943611198906]
 */
export function surprisals(probs: readonly number[]): number[] {
  return probs.map((p) => -Math.log(p));
}

/**
 * Per token surprisal in nats from log-probabilities: −lp (base e) or −lp · ln 2 (base 2).
 * Throws MetricError only for an unknown base.
 * @example surprisalsFromLogProbs([-1], '2') // [0.6931471805599453]
 */
export function surprisalsFromLogProbs(logprobs: readonly number[], base: 'e' | '2' = 'e'): number[] {
  check(base === 'e' || base === '2', 'surprisalsFromLogProbs', `base must be "e" or "2" (got ${String(base)})`);
  return logprobs.map((lp) => (base === 'e' ? -lp : -lp * Math.LN2));
}

/**
 * The probabilities behind log-probabilities: e^lp (base e) or 2^lp (base 2); −Infinity → 0.
 * Throws MetricError only for an unknown base.
 * @example probsFromLogProbs([-1, -2], '2') // [0.5, 0.25]
 */
export function probsFromLogProbs(logprobs: readonly number[], base: 'e' | '2' = 'e'): number[] {
  check(base === 'e' || base === '2', 'probsFromLogProbs', `base must be "e" or "2" (got ${String(base)})`);
  return logprobs.map((lp) => (base === 'e' ? Math.exp(lp) : 2 ** lp));
}

/**
 * {@link perplexityReport} for log-probabilities: perplexity, cross-entropy in nats and
 * bits, and the validity of the input (empty, or a value above 0). Never throws for
 * invalid values; throws MetricError only for an unknown base.
 * @example logProbReport([-1, -1], '2').meanNllNats // 0.6931471805599453
 */
export function logProbReport(logprobs: readonly number[], base: 'e' | '2' = 'e'): PerplexityReport {
  const problem = logProbProblem(logprobs);
  const ppl = perplexityFromLogProbs(logprobs, base);
  return {
    perplexity: ppl,
    geometricMeanProbability: 1 / ppl,
    meanNllNats: crossEntropyFromLogProbs(logprobs, base, 'nats'),
    meanNllBits: crossEntropyFromLogProbs(logprobs, base, 'bits'),
    validInput: problem === null,
    problem,
  };
}
