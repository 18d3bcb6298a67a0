// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// sacreBLEU 2.x (2.6.0) BLEU on raw strings: the `13a` tokenizer, `BLEU.compute_bleu`
// with its four smoothing methods and effective order, and the defaults of
// `sacrebleu.sentence_bleu` / `sacrebleu.corpus_bleu`. A second BLEU convention next
// to nltk's (bleu.ts): scores are on the 0–100 scale.
import { check } from './errors.ts';
import { closestRefLength } from './bleu-counts.ts';
import { ngramCounts } from '../text/ngrams.ts';
import { rstripPythonWhitespace, splitPythonWhitespace, tokenize13a } from '../text/tokenize-13a.ts';

/** sacreBLEU's smoothing methods (Chen & Cherry 2014: none, method 1 floor, method 2 add-k, method 3 exp). */
export type SacreSmoothMethod = 'exp' | 'none' | 'floor' | 'add-k';

/** The sacreBLEU tokenizers ported here: `13a` (the default) and `none` (split on whitespace only). */
export type SacreTokenize = '13a' | 'none';

/** Smoothing options shared by every sacreBLEU function. */
export interface SacreSmoothingOptions {
  /** Default "exp" (sentence and corpus), "none" for {@link sacreComputeBleu} as in `compute_bleu`. */
  readonly smoothMethod?: SacreSmoothMethod;
  /** Floor value of "floor" (default 0.1) or k of "add-k" (default 1); ignored by "exp" and "none". Must be ≥ 0. */
  readonly smoothValue?: number;
  /** Average only over the orders that have hypothesis n-grams. Default true for sentences, false otherwise. */
  readonly useEffectiveOrder?: boolean;
  /** Largest n-gram order, an integer ≥ 1. Default 4. */
  readonly maxNgramOrder?: number;
}

/** Options of {@link sacreSentenceBleu} and {@link sacreCorpusBleu}. */
export interface SacreBleuOptions extends SacreSmoothingOptions {
  /** "13a" (default, mteval-v13a punctuation splitting) or "none" (whitespace only). */
  readonly tokenize?: SacreTokenize;
  /** Lower-case hypothesis and references before tokenizing. Default false (case-sensitive). */
  readonly lowercase?: boolean;
}

/** sacreBLEU's `BLEUScore`: the score and its sufficient statistics. */
export interface SacreBleuScore {
  /** BLEU on the 0–100 scale. */
  readonly score: number;
  /** Matched (clipped) n-grams per order 1 … maxNgramOrder; with "add-k", orders ≥ 2 include the added k, as in sacreBLEU. */
  readonly counts: number[];
  /** Hypothesis n-grams per order (no max(1, ·)); with "add-k", orders ≥ 2 include the added k. */
  readonly totals: number[];
  /** Per-order precisions in percent after smoothing; 0 for orders not reached (and all 0 when nothing matched). */
  readonly precisions: number[];
  /** Brevity penalty: 1 if sysLen ≥ refLen, 0 if sysLen = 0, else exp(1 − refLen / sysLen). */
  readonly bp: number;
  /** Hypothesis length in tokens (summed over the corpus). */
  readonly sysLen: number;
  /** Closest reference length (ties → shorter), summed over the corpus. */
  readonly refLen: number;
}

const SMOOTH_DEFAULTS: Readonly<Record<SacreSmoothMethod, number>> = { exp: 0, none: 0, floor: 0.1, 'add-k': 1 };

/** sacrebleu.utils.my_log: ln, with ln 0 floored to −9999999999 (so the score becomes 0, not NaN). */
function myLog(x: number): number {
  return x === 0 ? -9999999999 : Math.log(x);
}

interface Resolved {
  readonly smoothMethod: SacreSmoothMethod;
  readonly smoothValue: number;
  readonly useEffectiveOrder: boolean;
  readonly maxNgramOrder: number;
}

function resolveSmoothing(
  fnName: string,
  options: SacreSmoothingOptions,
  defaults: { smoothMethod: SacreSmoothMethod; useEffectiveOrder: boolean },
): Resolved {
  check(typeof options === 'object' && options !== null, fnName, 'options must be an object');
  const smoothMethod = options.smoothMethod ?? defaults.smoothMethod;
  check(
    Object.hasOwn(SMOOTH_DEFAULTS, smoothMethod),
    fnName,
    `unknown smoothMethod "${String(smoothMethod)}" (expected "exp", "none", "floor" or "add-k")`,
  );
  const smoothValue = options.smoothValue ?? SMOOTH_DEFAULTS[smoothMethod];
  check(
    typeof smoothValue === 'number' && Number.isFinite(smoothValue) && smoothValue >= 0,
    fnName,
    `smoothValue must be a finite number ≥ 0 (got ${String(smoothValue)})`,
  );
  const useEffectiveOrder = options.useEffectiveOrder ?? defaults.useEffectiveOrder;
  check(typeof useEffectiveOrder === 'boolean', fnName, 'useEffectiveOrder must be a boolean');
  const maxNgramOrder = options.maxNgramOrder ?? 4;
  check(
    Number.isInteger(maxNgramOrder) && maxNgramOrder >= 1,
    fnName,
    `maxNgramOrder must be an integer ≥ 1 (got ${String(maxNgramOrder)})`,
  );
  return { smoothMethod, smoothValue, useEffectiveOrder, maxNgramOrder };
}

/** BLEU.compute_bleu, on validated statistics (copies of the count arrays). */
function computeBleu(
  correct: number[],
  total: number[],
  sysLen: number,
  refLen: number,
  { smoothMethod, smoothValue, useEffectiveOrder, maxNgramOrder }: Resolved,
): SacreBleuScore {
  let bp = 1;
  if (sysLen < refLen) bp = sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0;
  const precisions = new Array<number>(maxNgramOrder).fill(0);
  // Early stop if there are no matches (sacreBLEU #141): 0 whatever the smoothing.
  if (!correct.some((c) => c !== 0))
    return { score: 0, counts: correct, totals: total, precisions, bp, sysLen, refLen };

  let smoothMteval = 1;
  let effOrder = maxNgramOrder;
  for (let n = 1; n <= maxNgramOrder; n++) {
    if (smoothMethod === 'add-k' && n > 1) {
      correct[n - 1] = correct[n - 1]! + smoothValue;
      total[n - 1] = total[n - 1]! + smoothValue;
    }
    if (total[n - 1] === 0) break;
    if (useEffectiveOrder) effOrder = n;
    if (correct[n - 1] === 0) {
      if (smoothMethod === 'exp') {
        smoothMteval *= 2;
        precisions[n - 1] = 100 / (smoothMteval * total[n - 1]!);
      } else if (smoothMethod === 'floor') {
        precisions[n - 1] = (100 * smoothValue) / total[n - 1]!;
      }
    } else {
      precisions[n - 1] = (100 * correct[n - 1]!) / total[n - 1]!;
    }
  }
  let logSum = 0;
  for (let i = 0; i < effOrder; i++) logSum += myLog(precisions[i]!);
  return { score: bp * Math.exp(logSum / effOrder), counts: correct, totals: total, precisions, bp, sysLen, refLen };
}

/**
 * sacreBLEU's `BLEU.compute_bleu`: BLEU (0–100) from sufficient statistics.
 * BP = 1 if sysLen ≥ refLen, 0 if sysLen = 0, else exp(1 − refLen / sysLen);
 * score = BP · exp(mean of ln p_n) over the orders 1 … maxNgramOrder (1 … the last
 * order with totals > 0 under effective order), p_n = 100 · counts / totals in
 * percent. Conventions: no match at any order → 0 at once (precisions all 0);
 * the loop stops at the first order with totals = 0 (without effective order the
 * orders after it keep p = 0, so the score is 0); a zero count is smoothed by
 * "exp" (the k-th zero order gets 100 / (2^k · totals)), "floor" (100 · value /
 * totals) or "add-k" (k added to counts and totals of orders ≥ 2); with "none",
 * or "floor" 0, ln 0 is floored to −9999999999, giving 0. Defaults are
 * compute_bleu's own: smoothing "none", no effective order, order 4. Throws
 * MetricError when counts/totals are not maxNgramOrder non-negative finite numbers,
 * the lengths are negative or non-finite, or an option is invalid.
 * @example sacreComputeBleu([9, 7, 5, 3], [10, 8, 6, 4], 11, 11).score // 83.75922397… (sacreBLEU's test_scoring)
 */
export function sacreComputeBleu(
  counts: readonly number[],
  totals: readonly number[],
  sysLen: number,
  refLen: number,
  options: SacreSmoothingOptions = {},
): SacreBleuScore {
  const fn = 'sacreComputeBleu';
  const resolved = resolveSmoothing(fn, options, { smoothMethod: 'none', useEffectiveOrder: false });
  for (const [label, values] of [
    ['counts', counts],
    ['totals', totals],
  ] as const) {
    check(Array.isArray(values), fn, `${label} must be an array`);
    check(
      values.length === resolved.maxNgramOrder,
      fn,
      `${label} must have maxNgramOrder = ${resolved.maxNgramOrder} entries (got ${values.length})`,
    );
    values.forEach((v, i) =>
      check(typeof v === 'number' && Number.isFinite(v) && v >= 0, fn, `${label}[${i}] must be a finite number ≥ 0`),
    );
  }
  for (const [label, v] of [
    ['sysLen', sysLen],
    ['refLen', refLen],
  ] as const) {
    check(typeof v === 'number' && Number.isFinite(v) && v >= 0, fn, `${label} must be a finite number ≥ 0`);
  }
  return computeBleu([...counts], [...totals], sysLen, refLen, resolved);
}

interface Preprocess {
  readonly tokenize: SacreTokenize;
  readonly lowercase: boolean;
}

function resolvePreprocess(fnName: string, options: SacreBleuOptions): Preprocess {
  const tokenize = options.tokenize ?? '13a';
  check(
    tokenize === '13a' || tokenize === 'none',
    fnName,
    `unknown tokenize "${String(tokenize)}" (expected "13a" or "none")`,
  );
  const lowercase = options.lowercase ?? false;
  check(typeof lowercase === 'boolean', fnName, 'lowercase must be a boolean');
  return { tokenize, lowercase };
}

/** BLEU._preprocess_segment, then extract_all_word_ngrams's `line.split()`. */
function segmentTokens(text: string, { tokenize, lowercase }: Preprocess): string[] {
  const line = rstripPythonWhitespace(lowercase ? text.toLowerCase() : text);
  return splitPythonWhitespace(tokenize === '13a' ? tokenize13a(line) : line);
}

/** [hypLen, refLen, correct…, total…] of one segment, as BLEU._compute_segment_statistics. */
function segmentStatistics(
  hypothesis: readonly string[],
  references: readonly (readonly string[])[],
  maxOrder: number,
): { hypLen: number; refLen: number; correct: number[]; total: number[] } {
  const vocabulary = new Map<string, number>();
  const correct = new Array<number>(maxOrder).fill(0);
  const total = new Array<number>(maxOrder).fill(0);
  for (let n = 1; n <= maxOrder; n++) {
    const hypCounts = ngramCounts(hypothesis, n, vocabulary);
    if (hypCounts.size === 0) continue;
    // Largest count of each n-gram in any single reference.
    const refMax = new Map<string, number>();
    for (const reference of references) {
      for (const [gram, count] of ngramCounts(reference, n, vocabulary)) {
        if (count > (refMax.get(gram) ?? 0)) refMax.set(gram, count);
      }
    }
    for (const [gram, count] of hypCounts) {
      total[n - 1] = total[n - 1]! + count;
      correct[n - 1] = correct[n - 1]! + Math.min(count, refMax.get(gram) ?? 0);
    }
  }
  return { hypLen: hypothesis.length, refLen: closestRefLength(references, hypothesis.length), correct, total };
}

/**
 * Sentence BLEU as sacreBLEU 2.x `sacrebleu.sentence_bleu` (= `BLEU(effective_order=True).sentence_score`):
 * hypothesis and references are raw strings, optionally lower-cased, right-stripped
 * and tokenized with `13a` (default) or split on whitespace only (`tokenize: 'none'`);
 * clipped n-gram counts against the per-n-gram maximum over the references; refLen =
 * the closest reference length (ties → shorter); score (0–100) as
 * {@link sacreComputeBleu} with defaults smoothing "exp", effective order on, order
 * 4. Conventions: no n-gram match at all (including an empty hypothesis) → 0 for
 * every smoothing; an empty reference string counts as a reference of length 0
 * (sacreBLEU 2.6 keeps it). Case-sensitive unless `lowercase`. Throws MetricError
 * when the hypothesis is not a string, `references` is empty or holds a non-string,
 * or an option is invalid.
 * @example sacreSentenceBleu('The dog bit the man.', ['The dog bit the man.']).score // 100.00000000000004 (exp(ln 100), as sacreBLEU)
 */
export function sacreSentenceBleu(
  hypothesis: string,
  references: readonly string[],
  options: SacreBleuOptions = {},
): SacreBleuScore {
  const fn = 'sacreSentenceBleu';
  const resolved = resolveSmoothing(fn, options, { smoothMethod: 'exp', useEffectiveOrder: true });
  const preprocess = resolvePreprocess(fn, options);
  check(typeof hypothesis === 'string', fn, 'hypothesis must be a string');
  check(Array.isArray(references), fn, 'references must be an array of strings');
  check(references.length > 0, fn, 'references must contain at least one string');
  references.forEach((r, i) => check(typeof r === 'string', fn, `references[${i}] is not a string`));
  const stats = segmentStatistics(
    segmentTokens(hypothesis, preprocess),
    references.map((r) => segmentTokens(r, preprocess)),
    resolved.maxNgramOrder,
  );
  return computeBleu(stats.correct, stats.total, stats.hypLen, stats.refLen, resolved);
}

/**
 * Corpus BLEU as sacreBLEU 2.x `sacrebleu.corpus_bleu` (= `BLEU().corpus_score`):
 * `referenceStreams[k][i]` is the k-th reference of hypothesis i (sacreBLEU's layout:
 * one stream per reference set). Each segment is preprocessed and counted as in
 * {@link sacreSentenceBleu}; counts, totals, hypothesis lengths and closest
 * reference lengths are summed over the corpus before one {@link sacreComputeBleu},
 * so the score is not the mean of sentence scores. Defaults: tokenize "13a",
 * smoothing "exp", effective order off, order 4. Conventions: all-empty hypotheses
 * → 0 (they are kept, not dropped); no match at all → 0. Throws MetricError when
 * `hypotheses` or `referenceStreams` is empty, a stream's length differs from the
 * number of hypotheses (sacreBLEU would silently truncate to the shortest), an
 * entry is not a string, or an option is invalid.
 * @example sacreCorpusBleu(['The dog bit the man.', "It wasn't surprising."], [['The dog bit the man.', 'It was not unexpected.']]).score // 63.98166741645535
 */
export function sacreCorpusBleu(
  hypotheses: readonly string[],
  referenceStreams: readonly (readonly string[])[],
  options: SacreBleuOptions = {},
): SacreBleuScore {
  const fn = 'sacreCorpusBleu';
  const resolved = resolveSmoothing(fn, options, { smoothMethod: 'exp', useEffectiveOrder: false });
  const preprocess = resolvePreprocess(fn, options);
  check(Array.isArray(hypotheses), fn, 'hypotheses must be an array of strings');
  check(hypotheses.length > 0, fn, 'hypotheses must contain at least one string');
  hypotheses.forEach((h, i) => check(typeof h === 'string', fn, `hypotheses[${i}] is not a string`));
  check(Array.isArray(referenceStreams), fn, 'referenceStreams must be an array of string arrays');
  check(referenceStreams.length > 0, fn, 'referenceStreams must contain at least one reference stream');
  referenceStreams.forEach((stream, k) => {
    check(Array.isArray(stream), fn, `referenceStreams[${k}] is not an array`);
    check(
      stream.length === hypotheses.length,
      fn,
      `referenceStreams[${k}] has ${stream.length} references for ${hypotheses.length} hypotheses`,
    );
    stream.forEach((r, i) => check(typeof r === 'string', fn, `referenceStreams[${k}][${i}] is not a string`));
  });
  const correct = new Array<number>(resolved.maxNgramOrder).fill(0);
  const total = new Array<number>(resolved.maxNgramOrder).fill(0);
  let sysLen = 0;
  let refLen = 0;
  hypotheses.forEach((hypothesis, i) => {
    const stats = segmentStatistics(
      segmentTokens(hypothesis, preprocess),
      referenceStreams.map((stream) => segmentTokens(stream[i]!, preprocess)),
      resolved.maxNgramOrder,
    );
    sysLen += stats.hypLen;
    refLen += stats.refLen;
    for (let n = 0; n < resolved.maxNgramOrder; n++) {
      correct[n] = correct[n]! + stats.correct[n]!;
      total[n] = total[n]! + stats.total[n]!;
    }
  });
  return computeBleu(correct, total, sysLen, refLen, resolved);
}
