// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// Which n-grams ROUGE-N counts as matches, position by position, so a calculator can
// highlight them. Counted with the same n-gram keys as rougeNTokens (src/lib/text/ngrams.ts).
import { check } from './errors.ts';
import { countKeys, ngramKeys } from '../text/ngrams.ts';

/** Clipped n-gram matches of one order between a reference and a candidate token list. */
export interface RougeNMatches {
  readonly n: number;
  /** Σ min(count_ref, count_cand): the overlap of ROUGE-N, matched on either side. */
  readonly overlap: number;
  /** Number of n-grams of each list (0 when it is shorter than n). */
  readonly candidateGrams: number;
  readonly referenceGrams: number;
  /** Token positions covered by a matched n-gram (each n-gram occurrence matched at most once). */
  readonly referenceMarked: readonly boolean[];
  readonly candidateMarked: readonly boolean[];
  /** Matched n-grams in candidate order (tokens joined by single spaces), with how often each is matched. */
  readonly grams: ReadonlyMap<string, number>;
}

/** Marks, left to right, each n-gram occurrence that still has an unmatched partner on the other side. */
function markSide(tokens: readonly string[], keys: readonly string[], other: ReadonlyMap<string, number>, n: number) {
  const left = new Map(other);
  const marked = tokens.map(() => false);
  const grams = new Map<string, number>();
  let matched = 0;
  keys.forEach((key, i) => {
    const count = left.get(key) ?? 0;
    if (count === 0) return;
    left.set(key, count - 1);
    matched++;
    const text = tokens.slice(i, i + n).join(' ');
    grams.set(text, (grams.get(text) ?? 0) + 1);
    for (let k = i; k < i + n; k++) marked[k] = true;
  });
  return { marked, grams, matched };
}

/**
 * The clipped n-gram matches behind ROUGE-N: the overlap, each list's n-gram count
 * and, for highlighting, the token positions of the matched occurrences on both sides
 * (earliest occurrences first) and the matched n-grams with their counts.
 * overlap / max(candidateGrams, 1) and overlap / max(referenceGrams, 1) are
 * {@link rougeNTokens}'s precision and recall. Throws MetricError unless n is an integer ≥ 1.
 * @example rougeNMatches(['the', 'the', 'the'], ['the', 'the', 'the', 'the', 'the'], 1).candidateMarked // [true, true, true, false, false]
 */
export function rougeNMatches(reference: readonly string[], candidate: readonly string[], n: number): RougeNMatches {
  check(Number.isInteger(n) && n >= 1, 'rougeNMatches', `n must be an integer >= 1 (got ${n})`);
  const vocabulary = new Map<string, number>();
  const refKeys = ngramKeys(reference, n, vocabulary);
  const candKeys = ngramKeys(candidate, n, vocabulary);
  const cand = markSide(candidate, candKeys, countKeys(refKeys), n);
  const ref = markSide(reference, refKeys, countKeys(candKeys), n);
  return {
    n,
    overlap: cand.matched,
    candidateGrams: candKeys.length,
    referenceGrams: refKeys.length,
    referenceMarked: ref.marked,
    candidateMarked: cand.marked,
    grams: cand.grams,
  };
}
