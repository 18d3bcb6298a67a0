import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { allocateByWeight } from '../../../src/lib/practice/allocate.ts';
import { displayOrder, hashString, seededShuffle, shuffleWith } from '../../../src/lib/practice/shuffle.ts';

describe('allocateByWeight', () => {
  test.each([
    [65, [20, 24, 28, 14, 14], [13, 16, 18, 9, 9]],
    [10, [20, 24, 28, 14, 14], [2, 3, 3, 1, 1]],
    [520, [20, 24, 28, 14, 14], [104, 125, 145, 73, 73]],
    [0, [1, 2], [0, 0]],
    [7, [1, 0, 1], [4, 0, 3]],
    [3, [1, 1, 1], [1, 1, 1]],
    [1, [1, 3], [0, 1]],
    [2, [1, 1, 1], [1, 1, 0]],
  ])('splits %i by %j into %j', (total, weights, expected) => {
    expect(allocateByWeight(total, weights)).toEqual(expected);
  });

  test('gives a tied remainder to the heavier weight first', () => {
    // 5 × [1, 3] / 4 = [1.25, 3.75]: floors 1 + 3, the seat left goes to the larger remainder (0.75).
    expect(allocateByWeight(5, [1, 3])).toEqual([1, 4]);
    // 3 × [2, 1, 1, 2] / 6 = [1, .5, .5, 1]: the two .5 remainders tie on weight too; the earlier wins.
    expect(allocateByWeight(3, [2, 1, 1, 2])).toEqual([1, 1, 0, 1]);
    // 2 × [1, 2, 1] / 4 = [.5, 1, .5]: equal remainders and weights, so the earlier entry gets the seat.
    expect(allocateByWeight(2, [1, 2, 1])).toEqual([1, 1, 0]);
    // 2 × [1, 3] / 4 = [.5, 1.5]: equal remainders, different weights: the heavier gets the seat.
    expect(allocateByWeight(2, [1, 3])).toEqual([0, 2]);
  });

  test('treats remainders equal but for rounding noise as a tie', () => {
    // 110 × 24 % = 26.4 and 110 × 14 % = 15.4 leave .4 each, but in floating point the second is larger by
    // about 1e-15: the tie goes to the heavier domain 2, not to domain 4 by the noise.
    expect(allocateByWeight(110, [20, 24, 28, 14, 14])).toEqual([22, 27, 31, 15, 15]);
  });

  test('always adds up to the total and stays within one of the exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 }).filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const counts = allocateByWeight(total, weights);
          const sum = weights.reduce((a, b) => a + b, 0);
          expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
          counts.forEach((count, i) => expect(Math.abs(count - (total * weights[i]!) / sum)).toBeLessThan(1));
        },
      ),
    );
  });

  test.each([
    [-1, [1], /total must be a whole number >= 0 \(got -1\)/],
    [1.5, [1], /total must be a whole number/],
    [Number.NaN, [1], /total must be a whole number/],
    [5, [], /weights must not be empty/],
    [5, [1, -1], /weights must be finite numbers >= 0/],
    [5, [1, Number.POSITIVE_INFINITY], /weights must be finite numbers >= 0/],
    [5, [0, 0], /weights must not all be 0/],
  ])('refuses total %d with weights %j', (total, weights, message) => {
    expect(() => allocateByWeight(total, weights)).toThrow(RangeError);
    expect(() => allocateByWeight(total, weights)).toThrow(message);
  });
});

describe('hashString', () => {
  test.each([
    ['', 2166136261],
    ['a', 3826002220],
    ['foobar', 3214735720],
  ])('gives the FNV-1a value of %j', (text, hash) => {
    expect(hashString(text)).toBe(hash);
  });
});

describe('shuffling', () => {
  test('shuffleWith leaves the input alone and returns a permutation', () => {
    const items = [1, 2, 3, 4, 5, 6];
    const result = shuffleWith(items, () => 0);
    expect(items).toEqual([1, 2, 3, 4, 5, 6]);
    // random() = 0 always swaps position i with 0: a rotation by one.
    expect(result).toEqual([2, 3, 4, 5, 6, 1]);
    expect(shuffleWith(items, () => 0.999)).toEqual(items);
  });

  test('shuffleWith draws one number per item after the first, no more', () => {
    // Forms share one generator between several shuffles: an extra draw would change every later one.
    for (let length = 0; length <= 6; length += 1) {
      let draws = 0;
      shuffleWith(
        Array.from({ length }, (_, i) => i),
        () => {
          draws += 1;
          return 0.5;
        },
      );
      expect(draws).toBe(Math.max(0, length - 1));
    }
  });

  test('seededShuffle is reproducible and depends on the seed', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    expect(seededShuffle(items, 7)).toEqual(seededShuffle(items, 7));
    expect(seededShuffle(items, 7)).not.toEqual(seededShuffle(items, 8));
    expect([...seededShuffle(items, 7)].sort((a, b) => a - b)).toEqual(items);
  });
});

describe('displayOrder', () => {
  test('is a permutation, fixed for the id, and never the identity from 2 items up', () => {
    for (let count = 1; count <= 10; count += 1)
      for (let n = 0; n < 300; n += 1) {
        const id = `question-${n}`;
        const order = displayOrder(id, count);
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));
        expect(displayOrder(id, count)).toEqual(order);
        if (count >= 2) expect(order.some((value, index) => value !== index)).toBe(true);
      }
  });

  test('differs between questions', () => {
    const orders = new Set(Array.from({ length: 50 }, (_, n) => displayOrder(`q-${n}`, 5).join(',')));
    expect(orders.size).toBeGreaterThan(20);
  });

  test('rotates an identity shuffle by one', () => {
    // Find an id whose raw shuffle of 2 is the identity (half of them), and check the rotation.
    const id = Array.from({ length: 100 }, (_, n) => `r-${n}`).find(
      (candidate) => seededShuffle([0, 1], hashString(candidate)).join() === '0,1',
    )!;
    expect(displayOrder(id, 2)).toEqual([1, 0]);
  });

  test('keeps a shuffle that leaves some items in place but is not the identity', () => {
    const ids = Array.from({ length: 200 }, (_, n) => `p-${n}`);
    const raw = (id: string) => seededShuffle([0, 1, 2, 3], hashString(id));
    const partial = ids.filter((id) => {
      const order = raw(id);
      return order.some((value, i) => value === i) && order.some((value, i) => value !== i);
    });
    expect(partial.length).toBeGreaterThan(10);
    for (const id of partial) expect(displayOrder(id, 4)).toEqual(raw(id));
  });

  test('gives [] and [0] for no item and one item', () => {
    expect(displayOrder('x', 0)).toEqual([]);
    expect(displayOrder('x', 1)).toEqual([0]);
  });
});
