// Reproducible large inputs for the benchmark (seeded, Zipf-like vocabulary so
// texts look like natural language: a few frequent words, a long tail).
import { mulberry32 } from '../src/lib/random/mulberry32.ts';

export function zipfTokens(count: number, vocabulary: number, seed: number): string[] {
  const next = mulberry32(seed);
  const weights = Array.from({ length: vocabulary }, (_, r) => 1 / (r + 1));
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const u = next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    out.push(`w${lo}`);
  }
  return out;
}

/** A copy of `tokens` with about `rate` of the positions replaced, deleted or duplicated. */
export function edit(tokens: readonly string[], rate: number, seed: number): string[] {
  const next = mulberry32(seed);
  const out: string[] = [];
  for (const t of tokens) {
    const u = next();
    if (u < rate / 3) out.push(`x${Math.floor(next() * 1000)}`);
    else if (u < (2 * rate) / 3) continue;
    else if (u < rate) out.push(t, t);
    else out.push(t);
  }
  return out;
}

export function randomFloats(count: number, seed: number): number[] {
  const next = mulberry32(seed);
  return Array.from({ length: count }, () => next());
}
