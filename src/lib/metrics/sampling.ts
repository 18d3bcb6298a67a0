// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// Decoding filters in Hugging Face's order (temperature → top-k → top-p) with the
// deterministic tie rule of CONVENTIONS.md §8: stable descending sort, lower index first.
import { check, MetricError } from './errors.ts';
import { pairwiseSum } from './fsum.ts';
import { topK, topP, type FilterResult } from './sampling-filters.ts';

export type { FilterResult } from './sampling-filters.ts';

/** Largest value; a loop because Math.max(...xs) overflows the call stack on 100k-token vocabularies. */
function maxOf(xs: readonly number[]): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const x of xs) if (x > max) max = x;
  return max;
}

function validateLogits(fnName: string, logits: readonly number[]): void {
  check(logits.length > 0, fnName, 'logits must not be empty');
  logits.forEach((x, i) =>
    check(
      !Number.isNaN(x) && x !== Number.POSITIVE_INFINITY,
      fnName,
      `logits[${i}] must be a number or -Infinity (got ${x})`,
    ),
  );
  check(
    logits.some((x) => x > Number.NEGATIVE_INFINITY),
    fnName,
    'at least one logit must be finite',
  );
}

/**
 * Softmax of logits / T, computed as exp(z − max z) / Σ exp(z − max z) so that
 * large logits do not overflow; −Infinity logits get probability 0.
 * Throws MetricError when T is not a finite number > 0 (use {@link sampleDistribution}
 * for T = 0, greedy), when logits are empty, NaN, +Infinity or all −Infinity,
 * or when logits / T overflows.
 * @example softmax([2, 1, 0.5, -1]) // [0.6094600375988771, 0.22420781804820114, 0.1359889157935055, 0.030343228559416225]
 */
export function softmax(logits: readonly number[], temperature = 1): number[] {
  validateLogits('softmax', logits);
  check(
    Number.isFinite(temperature) && temperature > 0,
    'softmax',
    `temperature must be a finite number > 0 (got ${temperature})`,
  );
  const z = logits.map((x) => x / temperature);
  const max = maxOf(z);
  check(Number.isFinite(max), 'softmax', 'logits / temperature overflows; use a larger temperature');
  const e = z.map((x) => Math.exp(x - max));
  const total = pairwiseSum(e);
  return e.map((x) => x / total);
}

/**
 * Logits z = ln p of a distribution given as probabilities (or any non-negative
 * weights); p = 0 becomes −Infinity, which {@link softmax} maps back to 0. Softmax of
 * the result at T = 1 is p / Σp. Throws MetricError on a negative or non-finite value.
 * @example logitsFromProbs([1, 0.5, 0]) // [0, -0.6931471805599453, -Infinity]
 */
export function logitsFromProbs(probs: readonly number[]): number[] {
  probs.forEach((p, i) =>
    check(Number.isFinite(p) && p >= 0, 'logitsFromProbs', `probs[${i}] must be a finite number >= 0 (got ${p})`),
  );
  return probs.map((p) => (p > 0 ? Math.log(p) : Number.NEGATIVE_INFINITY));
}

/** Options of {@link sampleDistribution}; null / undefined disables a filter. */
export interface SamplingOptions {
  /** ≥ 0; 0 means greedy decoding. Default 1. */
  readonly temperature?: number;
  /** Integer ≥ 0; 0 or null = off. */
  readonly topK?: number | null;
  /** In [0, 1]; 1 or null = off. */
  readonly topP?: number | null;
}

/** The whole decoding pipeline's output. */
export interface SamplingResult extends FilterResult {
  /** True when T = 0: one-hot on the first maximal logit. */
  readonly greedy: boolean;
  /** Softmax after temperature, before filtering; null when greedy. */
  readonly softmax: number[] | null;
}

/**
 * Temperature → softmax → top-k → renormalize → top-p → renormalize (Hugging Face order).
 * T = 0 is greedy: one-hot on argmax(logits), ties → lowest index, filters moot.
 * `kept` lists the surviving indices (tokens of probability 0 included when no
 * filter removed them). Throws MetricError for T < 0 or non-finite, top-k not an
 * integer ≥ 0, top-p outside [0, 1], and logits that {@link softmax} rejects.
 * @example sampleDistribution([3, 2.5, 2, 1, 0, -1], { topK: 4, topP: 0.8 }).kept // [0, 1, 2]
 */
export function sampleDistribution(logits: readonly number[], options: SamplingOptions = {}): SamplingResult {
  const fn = 'sampleDistribution';
  const t = options.temperature ?? 1;
  const k = options.topK ?? 0;
  const p = options.topP ?? 1;
  check(Number.isFinite(t) && t >= 0, fn, `temperature must be a finite number >= 0 (got ${t})`);
  check(Number.isInteger(k) && k >= 0, fn, `top_k must be an integer >= 0 (got ${k})`);
  check(p >= 0 && p <= 1, fn, `top_p must be in [0, 1] (got ${p})`);
  validateLogits(fn, logits);
  if (t === 0) {
    const best = logits.indexOf(maxOf(logits));
    return {
      greedy: true,
      softmax: null,
      probs: logits.map((_, i) => (i === best ? 1 : 0)),
      kept: [best],
      boundaryTie: false,
    };
  }
  let soft: number[];
  try {
    soft = softmax(logits, t);
  } catch (e) {
    throw e instanceof MetricError ? new MetricError(fn, e.message.slice('softmax: '.length)) : e;
  }
  const afterK = topK(soft, k);
  const afterP = topP(afterK.probs, p, afterK.kept);
  return {
    greedy: false,
    softmax: soft,
    probs: afterP.probs,
    kept: afterP.kept,
    boundaryTie: afterK.boundaryTie || afterP.boundaryTie,
  };
}
