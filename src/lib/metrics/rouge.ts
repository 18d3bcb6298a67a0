// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// Google rouge-score 0.1.2 (rouge_scorer.py): ROUGE-N, ROUGE-L and ROUGE-Lsum
// with its default tokenizer and optional nltk Porter stemming.
import { check } from './errors.ts';
import { lcsLength } from '../text/lcs.ts';
import { lcsReferenceIndices } from '../text/lcs-backtrack.ts';
import { ngramCounts } from '../text/ngrams.ts';
import { tokenize } from '../text/tokenize.ts';

/** Precision, recall and F1 of one ROUGE variant. */
export interface RougeScore {
  readonly precision: number;
  readonly recall: number;
  readonly fmeasure: number;
}

/** Options shared by the ROUGE functions. */
export interface RougeOptions {
  /** Porter-stem tokens longer than 3 characters (rouge-score `use_stemmer`). Default false. */
  readonly useStemmer?: boolean;
}

const ZERO: RougeScore = { precision: 0, recall: 0, fmeasure: 0 };

function score(precision: number, recall: number): RougeScore {
  return { precision, recall, fmeasure: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * ROUGE-N on token lists: clipped n-gram overlap Σ min(count_ref, count_cand);
 * P = overlap / max(#candidate n-grams, 1), R = overlap / max(#reference n-grams, 1),
 * F = 2PR / (P + R) or 0 when P + R = 0. Lists shorter than n → all zeros.
 * Throws MetricError unless n is an integer ≥ 1.
 * @example rougeNTokens(['the', 'cat'], ['the', 'cat', 'sat'], 1).precision // 0.6666666666666666
 */
export function rougeNTokens(reference: readonly string[], candidate: readonly string[], n: number): RougeScore {
  check(Number.isInteger(n) && n >= 1, 'rougeN', `n must be an integer >= 1 (got ${n})`);
  const vocabulary = new Map<string, number>();
  const ref = ngramCounts(reference, n, vocabulary);
  const cand = ngramCounts(candidate, n, vocabulary);
  let overlap = 0;
  for (const [gram, count] of ref) overlap += Math.min(count, cand.get(gram) ?? 0);
  const refTotal = Math.max(reference.length - n + 1, 0);
  const candTotal = Math.max(candidate.length - n + 1, 0);
  return score(overlap / Math.max(candTotal, 1), overlap / Math.max(refTotal, 1));
}

/**
 * ROUGE-N of two texts (rouge-score tokenizer). Empty or punctuation-only
 * text → all zeros, never an error. Throws MetricError unless n is an integer ≥ 1.
 * @example rougeN('the cat sat on the mat', 'the cat lay on the mat', 2).fmeasure // 0.6
 */
export function rougeN(reference: string, candidate: string, n: number, options: RougeOptions = {}): RougeScore {
  return rougeNTokens(tokenize(reference, options), tokenize(candidate, options), n);
}

/**
 * ROUGE-L on token lists: LCS length (bit-parallel) over candidate length (P)
 * and reference length (R). Either list empty → all zeros. Never throws.
 * @example rougeLTokens(['a', 'b', 'c', 'd'], ['a', 'c', 'd']).recall // 0.75
 */
export function rougeLTokens(reference: readonly string[], candidate: readonly string[]): RougeScore {
  if (reference.length === 0 || candidate.length === 0) return ZERO;
  const lcs = lcsLength(reference, candidate);
  return score(lcs / candidate.length, lcs / reference.length);
}

/**
 * ROUGE-L of two texts (sentence-level LCS, newlines are just whitespace).
 * Empty text on either side → all zeros. Never throws.
 * @example rougeL('police killed the gunman', 'police kill the gunman').fmeasure // 0.75
 */
export function rougeL(reference: string, candidate: string, options: RougeOptions = {}): RougeScore {
  return rougeLTokens(tokenize(reference, options), tokenize(candidate, options));
}

/** Non-empty `\n`-separated lines, tokenized (rouge-score without split_summaries). */
function sentences(text: string, options: RougeOptions): string[][] {
  return text
    .split('\n')
    .filter((s) => s.length > 0)
    .map((s) => tokenize(s, options));
}

function countTokens(sents: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sents) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/**
 * ROUGE-Lsum on sentence token lists: for each reference sentence, the union of
 * its LCS positions with every candidate sentence (rouge-score backtrack order);
 * each hit is capped by the token's remaining count on both sides.
 * P = hits / candidate tokens, R = hits / reference tokens. No tokens → zeros. Never throws.
 * @example rougeLsumTokens([['a', 'b'], ['c']], [['a', 'c']]).recall // 0.6666666666666666
 */
export function rougeLsumTokens(
  reference: readonly (readonly string[])[],
  candidate: readonly (readonly string[])[],
): RougeScore {
  const m = reference.reduce((s, x) => s + x.length, 0);
  const n = candidate.reduce((s, x) => s + x.length, 0);
  if (m === 0 || n === 0) return ZERO;
  const refLeft = countTokens(reference);
  const candLeft = countTokens(candidate);
  let hits = 0;
  for (const r of reference) {
    const union = new Set<number>();
    for (const c of candidate) for (const i of lcsReferenceIndices(r, c)) union.add(i);
    for (const i of [...union].sort((x, y) => x - y)) {
      const t = r[i]!;
      const inCand = candLeft.get(t) ?? 0;
      const inRef = refLeft.get(t) ?? 0;
      if (inCand > 0 && inRef > 0) {
        hits++;
        candLeft.set(t, inCand - 1);
        refLeft.set(t, inRef - 1);
      }
    }
  }
  return score(hits / n, hits / m);
}

/**
 * ROUGE-Lsum of two texts whose sentences are separated by newlines.
 * Empty text → all zeros. Never throws.
 * @example rougeLsum('the cat sat\nit was happy', 'the cat sat\nhappy it was').fmeasure // 0.8333333333333334
 */
export function rougeLsum(reference: string, candidate: string, options: RougeOptions = {}): RougeScore {
  return rougeLsumTokens(sentences(reference, options), sentences(candidate, options));
}
