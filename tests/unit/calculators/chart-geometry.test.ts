// The chart helpers shared by the ROC and regression charts, on hand-computed values.
import { describe, expect, test } from 'vitest';
import { linearScale, niceTicks, paddedDomain, px } from '../../../src/lib/calculators/chart-roc.ts';

describe('linearScale', () => {
  test('maps the domain onto the range, reversed ranges included', () => {
    const x = linearScale(0, 10, 100, 300);
    expect([x(0), x(2.5), x(10), x(-5)]).toEqual([100, 150, 300, 0]);
    const y = linearScale(-1, 1, 200, 0);
    expect([y(-1), y(0), y(1)]).toEqual([200, 100, 0]);
  });

  test('maps a zero-width or infinite domain to the middle of the range', () => {
    expect(linearScale(3, 3, 0, 100)(3)).toBe(50);
    expect(linearScale(3, 3, 20, 40)(1e9)).toBe(30);
    expect(linearScale(0, Number.POSITIVE_INFINITY, 0, 100)(5)).toBe(50);
  });
});

test('px rounds to two decimals', () => {
  expect([px(1.234), px(1.235e2), px(-0.006), px(2)]).toEqual([1.23, 123.5, -0.01, 2]);
});

describe('niceTicks', () => {
  test.each([
    [0, 1, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [0, 10, 5, [0, 2, 4, 6, 8, 10]],
    // raw step 25 → 50: the first of 10, 20, 50 that is not smaller.
    [0, 100, 4, [0, 50, 100]],
    // raw step 2.22 → 5; the first tick is the first multiple of 5 not below -3.2.
    [-3.2, 7.9, 5, [0, 5]],
    [0.001, 0.0042, 3, [0.002, 0.004]],
    [12, 13, 5, [12, 12.2, 12.4, 12.6, 12.8, 13]],
    [0, 7, 5, [0, 2, 4, 6]],
    [0, 45, 5, [0, 10, 20, 30, 40]],
  ])('covers [%d, %d] in about %d round steps', (min, max, count, ticks) => {
    expect(niceTicks(min, max, count)).toEqual(ticks);
  });

  test('gives the minimum alone for an empty, reversed or infinite range', () => {
    expect(niceTicks(4, 4)).toEqual([4]);
    expect(niceTicks(5, 1)).toEqual([5]);
    expect(niceTicks(0, Number.POSITIVE_INFINITY)).toEqual([0]);
    expect(niceTicks(Number.NaN, 1)).toEqual([Number.NaN]);
  });

  test('never gives more than 50 ticks', () => {
    expect(niceTicks(0, 1, 1000)).toHaveLength(50);
  });
});

describe('paddedDomain', () => {
  test('pads a range by 6 % on each side', () => {
    expect(paddedDomain([2, 12, 7])).toEqual([2 - 0.6, 12 + 0.6]);
  });

  test('pads a single value by 10 % of its size, or by 1 around zero', () => {
    expect(paddedDomain([5, 5])).toEqual([4.5, 5.5]);
    expect(paddedDomain([-5])).toEqual([-5.5, -4.5]);
    expect(paddedDomain([0])).toEqual([-1, 1]);
  });

  test('falls back to [0, 1] without finite values', () => {
    expect(paddedDomain([])).toEqual([0, 1]);
    expect(paddedDomain([1, Number.POSITIVE_INFINITY])).toEqual([0, 1]);
  });
});
