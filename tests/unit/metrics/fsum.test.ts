// fsum against the cases of CPython's own test of math.fsum (Lib/test/test_math.py, testFsum), whose
// results Python computes exactly; several sit on a rounding half-way point, where Shewchuk's algorithm
// needs its final correction step.
import { describe, expect, test } from 'vitest';
import { fsum, pairwiseSum } from '../../../src/lib/metrics/index.ts';

const range = (from: number, to: number, step = 1) =>
  Array.from({ length: Math.ceil((to - from) / step) }, (_, i) => from + i * step);

describe('fsum matches math.fsum', () => {
  test.each([
    ['no terms', [], 0],
    ['one zero', [0], 0],
    ['huge terms that cancel around a tiny one', [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], 1e-100],
    ['a half-way case rounded down', [2 ** 53, -0.5, -(2 ** -54)], 2 ** 53 - 1],
    ['a half-way case rounded up', [2 ** 53, 1.0, 2 ** -100], 2 ** 53 + 2],
    ['a half-way case above 2^53', [2 ** 53 + 10, 1.0, 2 ** -100], 2 ** 53 + 12],
    ['a half-way case below 2^53', [2 ** 53 - 4, 0.5, 2 ** -54], 2 ** 53 - 3],
    ['three terms of very different size', [1e16, 1.0, 1e-16], 10000000000000002.0],
    ['terms that cancel exactly', [1e16 - 2, 1 - 2 ** -53, -(1e16 - 2), -(1 - 2 ** -53)], 0],
    // Found by running CPython's math.fsum on random mixes of huge, tiny and subnormal terms: each case
    // exercises one step of the final rounding (a partial that cancels, an exact top sum, a half-way tail).
    ['a subnormal that survives two huge terms', [1, 5 * 2 ** -1074, 5 * 2 ** 52, -3 * 2 ** 51], 15762598695796738],
    ['a small and a larger term', [0.5, -14], -13.5],
    ['terms that cancel down to a tiny remainder', [40, 2 ** -1074, 5 * 2 ** -54, -1, -40], -0.9999999999999997],
    ['a half-way case tipped by a subnormal', [6, 2 ** 54 - 4, -(2 ** -1074)], 2 ** 54],
    ['a half-way case not tipped', [2, -3 * 2 ** -54, 5 * 2 ** -1074], 1.9999999999999998],
  ])('on %s', (_case, values, expected) => {
    expect(fsum(values)).toBe(expected);
  });

  test('on the first 1,000 harmonic terms and their alternating sum', () => {
    // float.fromhex('0x1.df11f45f4e61ap+2') and float.fromhex('-0x1.62a2af1bd3624p-1').
    expect(fsum(range(1, 1001).map((n) => 1 / n))).toBe(0x1df11f45f4e61a * 2 ** (2 - 52));
    expect(fsum(range(1, 1001).map((n) => (-1) ** n / n))).toBe(-0x162a2af1bd3624 * 2 ** (-1 - 52));
  });

  test('propagates infinities and NaN as a plain sum does', () => {
    expect(fsum([1, Number.POSITIVE_INFINITY, 2])).toBe(Number.POSITIVE_INFINITY);
    expect(fsum([Number.NEGATIVE_INFINITY, 1e308])).toBe(Number.NEGATIVE_INFINITY);
    expect(fsum([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])).toBeNaN();
    expect(fsum([1, Number.NaN])).toBeNaN();
  });
});

describe('pairwiseSum matches np.add.reduce', () => {
  // Terms of very different size (±2^53 next to 0.5, 1 and 3), so that each grouping of the sum rounds
  // differently: a left-to-right sum, eight accumulators without the split in halves, or halves of
  // another size give other results. Drawn with a linear congruential generator (BigInt, as Python's integers).
  const TERMS = [2 ** 53, -(2 ** 53), 1, 0.5, 3];
  function terms(n: number): number[] {
    const out: number[] = [];
    let s = 12345n;
    for (let i = 0; i < n; i++) {
      s = (s * 1103515245n + 12345n) % 2147483648n;
      out.push(TERMS[Number((s >> 16n) % 5n)]!);
    }
    return out;
  }

  // Expected values: float(np.add.reduce(np.array(terms(n)))) with numpy 2.4.6.
  test.each([
    [8, 3.5, 'eight accumulators, no loop'],
    [40, -7.205759403792791e16, 'eight accumulators over four more blocks of eight'],
    [128, -8.10647932926688e16, 'the largest block summed without splitting'],
    [150, -9.907919180215078e16, 'split into 72 + 78 (half rounded down to a multiple of 8)'],
    [300, 1.801439850948224e16, 'split twice'],
  ])('on %i terms: %d (%s)', (n, expected) => {
    expect(pairwiseSum(terms(n))).toBe(expected);
  });

  test('sums from `start` to the end when no length is given', () => {
    expect(pairwiseSum([1, 2, 3, 4], 2)).toBe(7);
  });
});
