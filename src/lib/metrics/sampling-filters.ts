// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// Top-k and top-p (nucleus) filters with the tie rule of CONVENTIONS.md §8:
// stable descending sort, the lower index wins a tie.
import { check } from './errors.ts';
import { pairwiseSum } from './fsum.ts';

/** A filtered distribution: the kept token indices (ascending) and the renormalized probabilities. */
export interface FilterResult {
  readonly probs: number[];
  readonly kept: number[];
  /** The last kept token ties with the first dropped one (another tie rule would keep a different set). */
  readonly boundaryTie: boolean;
}

/** Candidate indices by decreasing probability, ties by lower index (stable). */
function rank(probs: readonly number[], among: readonly number[]): number[] {
  return [...among].sort((i, j) => probs[j]! - probs[i]! || i - j);
}

function renormalize(probs: readonly number[], kept: readonly number[]): number[] {
  const out = new Array<number>(probs.length).fill(0);
  for (const i of kept) out[i] = probs[i]!;
  const total = pairwiseSum(out);
  return out.map((x) => x / total);
}

function validateDistribution(fnName: string, probs: readonly number[]): void {
  check(probs.length > 0, fnName, 'probs must not be empty');
  probs.forEach((p, i) => check(p >= 0 && p <= 1, fnName, `probs[${i}] must be in [0, 1] (got ${p})`));
}

/**
 * Top-k filter: keep the k most probable tokens (ties → lower index), renormalize.
 * k = 0 or k ≥ V keeps everything. Throws MetricError unless k is an integer ≥ 0
 * or when probs is empty or holds values outside [0, 1].
 * @example topK([0.5, 0.2, 0.2, 0.1], 2).kept // [0, 1] (boundaryTie: true)
 */
export function topK(
  probs: readonly number[],
  k: number,
  among: readonly number[] = probs.map((_, i) => i),
): FilterResult {
  validateDistribution('topK', probs);
  check(Number.isInteger(k) && k >= 0, 'topK', `top_k must be an integer >= 0 (got ${k})`);
  if (k === 0 || k >= among.length)
    return { probs: renormalize(probs, among), kept: [...among].sort((a, b) => a - b), boundaryTie: false };
  const order = rank(probs, among);
  const kept = order.slice(0, k).sort((a, b) => a - b);
  return { probs: renormalize(probs, kept), kept, boundaryTie: probs[order[k - 1]!] === probs[order[k]!] };
}

/**
 * Top-p (nucleus) filter: the shortest prefix of tokens by decreasing probability
 * whose cumulative sum reaches p; the token that crosses p is kept, so at least
 * one token always survives (p = 0 keeps the top one). p = 1 keeps all.
 * Throws MetricError unless 0 ≤ p ≤ 1, or on an invalid distribution.
 * @example topP([0.5, 0.25, 0.125, 0.125], 0.6).kept // [0, 1]
 */
export function topP(
  probs: readonly number[],
  p: number,
  among: readonly number[] = probs.map((_, i) => i),
): FilterResult {
  validateDistribution('topP', probs);
  check(p >= 0 && p <= 1, 'topP', `top_p must be in [0, 1] (got ${p})`);
  const order = rank(probs, among);
  let count = order.length;
  if (p < 1) {
    let cumulative = 0;
    for (let i = 0; i < order.length; i++) {
      cumulative += probs[order[i]!]!;
      if (cumulative >= p) {
        count = i + 1;
        break;
      }
    }
  }
  const kept = order.slice(0, count).sort((a, b) => a - b);
  const tie = count < order.length && probs[order[count - 1]!] === probs[order[count]!];
  return { probs: renormalize(probs, kept), kept, boundaryTie: tie };
}
