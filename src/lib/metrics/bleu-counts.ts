// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// The counting half of nltk 3.8 BLEU: clipped n-gram precision, closest reference
// length and brevity penalty.
import { check } from './errors.ts';
import { ngramCounts } from '../text/ngrams.ts';

/** Clipped n-gram counts of one order. */
export interface ModifiedPrecision {
  readonly n: number;
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * Modified (clipped) n-gram precision of one hypothesis: each n-gram count is
 * clipped to its largest count in any single reference. Denominator =
 * max(1, #hypothesis n-grams), so a hypothesis shorter than n gives 0/1.
 * Throws MetricError when there is no reference (nltk raises too).
 * @example modifiedPrecision([['the', 'cat', 'is', 'on', 'the', 'mat']], ['the', 'the', 'the'], 1) // { n: 1, numerator: 2, denominator: 3 }
 */
export function modifiedPrecision(
  references: readonly (readonly string[])[],
  hypothesis: readonly string[],
  n: number,
): ModifiedPrecision {
  check(references.length > 0, 'modifiedPrecision', 'references must contain at least one token list');
  const vocabulary = new Map<string, number>();
  const counts = ngramCounts(hypothesis, n, vocabulary);
  const maxRef = new Map<string, number>();
  for (const reference of references) {
    const refCounts = ngramCounts(reference, n, vocabulary);
    for (const gram of counts.keys()) maxRef.set(gram, Math.max(maxRef.get(gram) ?? 0, refCounts.get(gram) ?? 0));
  }
  let numerator = 0;
  let total = 0;
  for (const [gram, count] of counts) {
    numerator += Math.min(count, maxRef.get(gram) ?? 0);
    total += count;
  }
  return { n, numerator, denominator: Math.max(1, total) };
}

/**
 * Length of the reference closest to `hypLength`; ties go to the shorter one.
 * Throws MetricError when there is no reference.
 * @example closestRefLength([['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']], 6) // 4
 */
export function closestRefLength(references: readonly (readonly string[])[], hypLength: number): number {
  check(references.length > 0, 'closestRefLength', 'references must contain at least one token list');
  let best = references[0]!.length;
  for (const r of references) {
    const d = Math.abs(r.length - hypLength);
    const bestD = Math.abs(best - hypLength);
    if (d < bestD || (d === bestD && r.length < best)) best = r.length;
  }
  return best;
}

/**
 * Brevity penalty: 1 if c > r, 0 if c = 0, else exp(1 − r / c), with c the
 * hypothesis length and r the (closest) reference length.
 * Throws MetricError on negative or non-integer lengths.
 * @example brevityPenalty(6, 3) // 0.36787944117144233 (= e^-1)
 */
export function brevityPenalty(refLength: number, hypLength: number): number {
  for (const v of [refLength, hypLength]) {
    check(Number.isInteger(v) && v >= 0, 'brevityPenalty', `lengths must be non-negative integers (got ${v})`);
  }
  if (hypLength > refLength) return 1;
  if (hypLength === 0) return 0;
  return Math.exp(1 - refLength / hypLength);
}
