import { describe, expect, test } from 'vitest';
import { mulberry32, sampleToken } from '../../../src/lib/random/mulberry32.ts';

// mulberry32 returns the generator's 32-bit output divided by 2^32; these tests compare the 32-bit outputs.
const raw32 = (seed: number, count: number) => {
  const next = mulberry32(seed);
  return Array.from({ length: count }, () => next() * 2 ** 32);
};

describe('mulberry32', () => {
  // Outputs published by other implementations of Tommy Ettinger's mulberry32, not computed here:
  // rtmigo/xrandom_dart, test/mulberry32_test.dart ("Reference values from JS generator", seed 99), and the
  // uvu test of a TypeScript PRNG collection, src/prng/mulberry32 ("From other reference implementation",
  // seed 1985).
  test('gives the published sequence for seed 99', () => {
    expect(raw32(99, 10)).toEqual([
      1118692146, 3456687457, 2323025554, 2964572940, 4890715, 3511320825, 48751514, 452846334, 1703291702, 2881671998,
    ]);
  });

  test('gives the published first outputs for seed 1985', () => {
    expect(raw32(1985, 2)).toEqual([3527837133, 3112574143]);
  });

  test('reduces the seed to 32 bits', () => {
    expect(raw32(99 + 2 ** 32, 3)).toEqual(raw32(99, 3));
    expect(raw32(-1, 3)).toEqual(raw32(2 ** 32 - 1, 3));
  });
});

describe('sampleToken', () => {
  test.each([
    ['an empty list', [], 'sampleToken: probs must not be empty'],
    ['a negative weight', [0.5, -0.1], 'sampleToken: probs[1] must be a finite number >= 0 (got -0.1)'],
    ['NaN', [Number.NaN, 1], 'sampleToken: probs[0] must be a finite number >= 0 (got NaN)'],
    ['an infinite weight', [1, Infinity], 'sampleToken: probs[1] must be a finite number >= 0 (got Infinity)'],
  ])('refuses %s with a message naming it', (_, probs, message) => {
    expect(() => sampleToken(probs, 1)).toThrow(message);
  });

  test('draws by inverse transform on weights that do not sum to 1', () => {
    // Weights 1, 1, 1, 1 (sum 4): token i owns [i/4, (i+1)/4) of the first output u, so the draw is floor(4u).
    for (let seed = 0; seed < 200; seed++) {
      expect(sampleToken([1, 1, 1, 1], seed), `seed ${seed}`).toBe(Math.floor(mulberry32(seed)() * 4));
    }
  });

  test('gives a u exactly on a boundary to the next token (each token owns a half-open interval)', () => {
    const seed = 5;
    const k = mulberry32(seed)() * 2 ** 32; // an integer: u·2^32
    expect(sampleToken([k, 2 ** 32 - k], seed)).toBe(1);
  });

  test('falls back to the last token with a weight, never a zero one, when u·Σp rounds up to Σp', () => {
    // With the smallest positive double as the only weight, u·Σp rounds to Σp itself when u > 0.5, so no
    // running sum exceeds it and the loop ends without a draw.
    const seed = [...Array(100).keys()].find((s) => mulberry32(s)() > 0.5)!;
    expect(sampleToken([Number.MIN_VALUE, 0], seed)).toBe(0);
    expect(sampleToken([0, Number.MIN_VALUE, 0, 0], seed)).toBe(1);
  });
});
