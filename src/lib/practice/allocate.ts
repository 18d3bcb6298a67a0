// Splits a number of questions between the exam domains in proportion to their weights. Pure; ships to
// the browser.

/**
 * Largest-remainder (Hamilton) apportionment: each share gets the whole part of total × weight / Σweight,
 * then the seats left go one each to the largest remainders (ties to the heavier weight, then to the
 * earlier entry). The counts always add up to `total`.
 * Throws RangeError for a total that is not a whole number >= 0, for no weights, or for weights that are
 * negative, not finite or all 0.
 * @example allocateByWeight(65, [20, 24, 28, 14, 14]) // [13, 16, 18, 9, 9]
 */
export function allocateByWeight(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0)
    throw new RangeError(`allocateByWeight: total must be a whole number >= 0 (got ${total})`);
  if (weights.length === 0) throw new RangeError('allocateByWeight: weights must not be empty');
  if (!weights.every((weight) => Number.isFinite(weight) && weight >= 0))
    throw new RangeError('allocateByWeight: weights must be finite numbers >= 0');
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) throw new RangeError('allocateByWeight: weights must not all be 0');
  const exact = weights.map((weight) => (total * weight) / sum);
  const counts = exact.map(Math.floor);
  const left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value), weight: weights[index]! }))
    // Remainders within rounding noise of each other are ties (520 × 24 % and 520 × 14 % both leave .8).
    .sort(
      (a, b) =>
        (Math.abs(b.remainder - a.remainder) > 1e-9 ? b.remainder - a.remainder : 0) ||
        b.weight - a.weight ||
        a.index - b.index,
    );
  for (const { index } of order.slice(0, left)) counts[index]! += 1;
  return counts;
}
