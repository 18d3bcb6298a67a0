// Speed targets with 10× margins so that they hold on a busy 2-core machine
// while other test files run in parallel; `npm run bench` checks the real targets
// (10,000² LCS ≤ 50 ms, ≥ 20 × js-rouge, Hirschberg 5,000² ≤ 300 ms).
import { lcs as jsRougeLcs } from 'js-rouge';
import { describe, expect, test } from 'vitest';
import * as M from '../../../src/lib/metrics/index.ts';

function tokens(count: number, vocabulary: number, seed: number): string[] {
  const next = M.mulberry32(seed);
  return Array.from({ length: count }, () => `w${Math.floor(vocabulary * next() ** 3)}`);
}

function fastest(fn: () => unknown, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('speed (generous margins; see bench/metrics.bench.ts for the real targets)', () => {
  const a = tokens(10_000, 5_000, 1);
  const b = tokens(10_000, 5_000, 2);

  test('bit-parallel LCS of 10,000 × 10,000 tokens takes under 500 ms', () => {
    expect(fastest(() => M.lcsLength(a, b), 6)).toBeLessThan(500);
  });

  test('Hirschberg alignment of 5,000 × 5,000 tokens takes under 3 s', () => {
    expect(fastest(() => M.lcsAlignment(a.slice(0, 5000), b.slice(0, 5000)), 3)).toBeLessThan(3000);
  });

  test('bit-parallel LCS is at least 5 times faster than js-rouge at 5,000 × 5,000 tokens', () => {
    const x = a.slice(0, 5000);
    const y = b.slice(0, 5000);
    expect(M.lcsLength(x, y)).toBe(jsRougeLcs(x, y).length);
    const ours = fastest(() => M.lcsLength(x, y), 9);
    const theirs = fastest(() => jsRougeLcs(x, y), 2);
    expect(theirs / ours).toBeGreaterThan(5);
  });
});
