// fsum against the cases of CPython's own test of math.fsum (Lib/test/test_math.py, testFsum), whose
// results Python computes exactly; several sit on a rounding half-way point, where Shewchuk's algorithm
// needs its final correction step.
import { describe, expect, test } from 'vitest';
import { fsum } from '../../../src/lib/metrics/index.ts';

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
