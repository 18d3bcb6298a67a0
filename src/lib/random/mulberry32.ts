// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// A tiny seeded PRNG so that "sample a token" demos are reproducible: the same
// seed gives the same draw on every machine, unlike Math.random.
import { check } from '../metrics/errors.ts';

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state advanced by the
 * constant 0x6D2B79F5 and scrambled by two multiply-xorshift rounds. Period
 * 2^32; fine for demos, not for cryptography. The seed is reduced to 32 bits.
 * Returns a function giving floats in [0, 1). Never throws.
 * @example const next = mulberry32(42); next() === mulberry32(42)() // true
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws one token index from `probs` by inverse transform sampling with the
 * first output u of mulberry32(seed): the first index whose cumulative
 * probability exceeds u·Σp. Zero-probability tokens are never drawn; the
 * weights need not sum exactly to 1 (they are scaled by their sum).
 * Throws MetricError for an empty list, negative or non-finite weights, or
 * weights summing to 0.
 * @example sampleToken([0, 1, 0], 7) // 1
 */
export function sampleToken(probs: readonly number[], seed: number): number {
  const fn = 'sampleToken';
  check(probs.length > 0, fn, 'probs must not be empty');
  probs.forEach((p, i) =>
    check(Number.isFinite(p) && p >= 0, fn, `probs[${i}] must be a finite number >= 0 (got ${p})`),
  );
  const total = probs.reduce((a, b) => a + b, 0);
  check(total > 0, fn, 'probs must not all be 0');
  const target = mulberry32(seed)() * total;
  let cumulative = 0;
  let last = -1;
  for (let i = 0; i < probs.length; i++) {
    if (probs[i]! === 0) continue;
    cumulative += probs[i]!;
    last = i;
    if (cumulative > target) return i;
  }
  // Rounding can leave the running sum a hair below u·Σp; fall back to the last possible token.
  return last;
}
