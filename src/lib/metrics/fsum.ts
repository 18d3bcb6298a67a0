// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// Two summation orders that reproduce the Python references bit for bit:
// nltk sums BLEU log terms with math.fsum, numpy reduces arrays pairwise.

/**
 * Exactly rounded sum of `values` (Shewchuk's algorithm, as Python's `math.fsum`).
 *
 * The result is the correctly rounded value of the exact real sum, so it does
 * not depend on the order of the terms. Empty input → 0. Non-finite inputs are
 * summed naively (NaN or ±Infinity propagate; Python would raise on inf − inf).
 * Never throws.
 *
 * @example fsum([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]) // 1 (a left-to-right sum gives 0.9999999999999999)
 */
export function fsum(values: Iterable<number>): number {
  const partials: number[] = [];
  let special = 0;
  for (const value of values) {
    if (!Number.isFinite(value)) {
      special += value;
      continue;
    }
    let x = value;
    let i = 0;
    for (let k = 0; k < partials.length; k++) {
      let y = partials[k] as number;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  if (special !== 0 || Number.isNaN(special)) return special;
  return roundPartials(partials);
}

/** Final step of math.fsum: add the non-overlapping partials with half-even care. */
function roundPartials(partials: number[]): number {
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n] as number;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n] as number;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // The dropped tail can tip a half-way case; Python checks the next partial's sign.
  if (n > 0) {
    const next = partials[n - 1] as number;
    if ((lo < 0 && next < 0) || (lo > 0 && next > 0)) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

/**
 * numpy's pairwise summation (`np.add.reduce` on a contiguous float64 array).
 *
 * Below 8 elements it is a plain left-to-right sum; up to 128 it uses eight
 * interleaved accumulators; above that it splits in halves (multiples of 8).
 * Matching it makes means and R² agree with numpy/scikit-learn bit for bit,
 * which matters in degenerate cases such as a constant target whose mean is
 * not exactly representable. Empty input → 0. Never throws.
 *
 * @example pairwiseSum([1, 2, 3]) // 6
 */
export function pairwiseSum(values: ArrayLike<number>, start = 0, length = values.length - start): number {
  if (length < 8) {
    let res = 0;
    for (let i = 0; i < length; i++) res += values[start + i] as number;
    return res;
  }
  if (length <= 128) {
    // Eight interleaved accumulators, combined as ((r0+r1)+(r2+r3)) + ((r4+r5)+(r6+r7)) like numpy.
    let r0 = values[start] as number,
      r1 = values[start + 1] as number;
    let r2 = values[start + 2] as number,
      r3 = values[start + 3] as number;
    let r4 = values[start + 4] as number,
      r5 = values[start + 5] as number;
    let r6 = values[start + 6] as number,
      r7 = values[start + 7] as number;
    let i = 8;
    for (; i < length - (length % 8); i += 8) {
      const k = start + i;
      r0 += values[k] as number;
      r1 += values[k + 1] as number;
      r2 += values[k + 2] as number;
      r3 += values[k + 3] as number;
      r4 += values[k + 4] as number;
      r5 += values[k + 5] as number;
      r6 += values[k + 6] as number;
      r7 += values[k + 7] as number;
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < length; i++) res += values[start + i] as number;
    return res;
  }
  let half = Math.floor(length / 2);
  half -= half % 8;
  return pairwiseSum(values, start, half) + pairwiseSum(values, start + half, length - half);
}

/** numpy's `np.mean` of a 1-D float64 array: pairwise sum divided by the count (NaN when empty). */
export function numpyMean(values: ArrayLike<number>): number {
  return pairwiseSum(values) / values.length;
}
