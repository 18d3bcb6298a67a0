// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// nltk 3.8 nltk.translate.bleu_score on pre-tokenized text: no tokenization, no
// lower-casing, log terms added with an exactly rounded sum as math.fsum does.
import { check, MetricError } from './errors.ts';
import { fsum } from './fsum.ts';
import { brevityPenalty, closestRefLength, modifiedPrecision, type ModifiedPrecision } from './bleu-counts.ts';

/** sys.float_info.min, nltk's stand-in for a zero precision (not Number.MIN_VALUE). */
export const DBL_MIN = 2.2250738585072014e-308;

/** Options of {@link sentenceBleu} and {@link corpusBleu}. */
export interface BleuOptions {
  /** Weights per n-gram order, default [0.25, 0.25, 0.25, 0.25]. */
  readonly weights?: readonly number[];
  /** "none" (nltk method0: zero counts → DBL_MIN) or "method1" (zero counts → ε / denominator). Default "none". */
  readonly smoothing?: 'none' | 'method1';
  /** ε of method1, default 0.1. */
  readonly epsilon?: number;
  /** With default weights and fewer than 4 hypothesis tokens, use c orders of weight 1/c. Default false. */
  readonly autoReweigh?: boolean;
}

export interface BleuCore {
  readonly bleu: number;
  readonly brevityPenalty: number;
  /** nltk's UserWarning "The hypothesis contains 0 counts of n-gram overlaps" (smoothing "none" only). */
  readonly zeroCountWarning: boolean;
  /** p_n = numerator / denominator per order, unsmoothed (nltk's Fraction as a float). */
  readonly precisionValues: number[];
  /**
   * The p_n that BLEU takes the log of: p_n, or for a zero count DBL_MIN ("none") or
   * ε / denominator ("method1"). Null when p_1 = 0: nltk then returns 0 before smoothing.
   */
  readonly smoothedPrecisionValues: number[] | null;
}

/** nltk's corpus_bleu after the counting: early 0, smoothing, reweighing, fsum of w·ln p. */
function combineBleu(
  fnName: string,
  numerators: readonly number[],
  denominators: readonly number[],
  hypLength: number,
  refLength: number,
  options: BleuOptions,
): BleuCore {
  const bp = brevityPenalty(refLength, hypLength);
  const precisionValues = numerators.map((num, i) => num / denominators[i]!);
  if (numerators[0] === 0) {
    return { bleu: 0, brevityPenalty: bp, zeroCountWarning: false, precisionValues, smoothedPrecisionValues: null };
  }
  // Checked only past the early 0, as nltk only reaches its smoothing function there.
  const smoothing = options.smoothing ?? 'none';
  if (smoothing !== 'none' && smoothing !== 'method1')
    throw new MetricError(fnName, `unknown smoothing "${String(smoothing)}"`);
  const epsilon = options.epsilon ?? 0.1;
  const p = numerators.map((num, i) =>
    num !== 0 ? precisionValues[i]! : smoothing === 'none' ? DBL_MIN : epsilon / denominators[i]!,
  );
  // nltk takes log(p) of every order: with method1 and an epsilon of 0 or less, a zero count makes p ≤ 0
  // and nltk raises (math domain error). Refuse the same inputs rather than quietly drop the order.
  if (p.some((value) => !(value > 0)))
    throw new MetricError(fnName, `method1 smoothing needs an epsilon above 0, got ${String(epsilon)}`);
  let weights = options.weights ?? [0.25, 0.25, 0.25, 0.25];
  const isDefault = weights.length === 4 && weights.every((w) => w === 0.25);
  if (options.autoReweigh === true && hypLength < 4 && isDefault)
    weights = new Array<number>(hypLength).fill(1 / hypLength);
  const terms: number[] = [];
  for (let i = 0; i < Math.min(weights.length, p.length); i++) terms.push(weights[i]! * Math.log(p[i]!));
  return {
    bleu: bp * Math.exp(fsum(terms)),
    brevityPenalty: bp,
    zeroCountWarning: smoothing === 'none' && numerators.some((x) => x === 0),
    precisionValues,
    smoothedPrecisionValues: p,
  };
}

function validateWeights(fnName: string, weights: readonly number[] | undefined): number {
  const w = weights ?? [0.25, 0.25, 0.25, 0.25];
  check(w.length > 0, fnName, 'weights must not be empty');
  w.forEach((x, i) => check(Number.isFinite(x), fnName, `weights[${i}] is not a finite number`));
  return w.length;
}

/** Result of {@link sentenceBleu}. */
export interface SentenceBleuResult extends BleuCore {
  /** Clipped counts of orders 1 … weights.length. */
  readonly precisions: ModifiedPrecision[];
  readonly hypLength: number;
  /** Length of the closest reference (ties → shorter). */
  readonly refLength: number;
}

/**
 * Sentence BLEU as nltk 3.8 `sentence_bleu`: BP · exp(Σ w_n ln p_n) over the
 * clipped precisions p_n. No unigram match → 0 at once (with any smoothing).
 * Without smoothing a zero p_n becomes DBL_MIN (BLEU tiny, not 0, and
 * `zeroCountWarning`); "method1" uses ε / denominator instead. Tokens are
 * compared exactly (case-sensitive). Throws MetricError when `references` is
 * empty or the weights are empty or non-finite.
 * @example sentenceBleu([['the', 'cat', 'is', 'on', 'the', 'mat']], ['the', 'cat', 'is', 'on', 'the', 'mat']).bleu // 1
 */
export function sentenceBleu(
  references: readonly (readonly string[])[],
  hypothesis: readonly string[],
  options: BleuOptions = {},
): SentenceBleuResult {
  const orders = validateWeights('sentenceBleu', options.weights);
  check(references.length > 0, 'sentenceBleu', 'references must contain at least one token list');
  const precisions = Array.from({ length: orders }, (_, i) => modifiedPrecision(references, hypothesis, i + 1));
  const refLength = closestRefLength(references, hypothesis.length);
  const core = combineBleu(
    'sentenceBleu',
    precisions.map((p) => p.numerator),
    precisions.map((p) => p.denominator),
    hypothesis.length,
    refLength,
    options,
  );
  return { ...core, precisions, hypLength: hypothesis.length, refLength };
}

/** One hypothesis with its references. */
export interface BleuItem {
  readonly references: readonly (readonly string[])[];
  readonly hypothesis: readonly string[];
}

/** Result of {@link corpusBleu}. */
export interface CorpusBleuResult extends BleuCore {
  readonly numerators: number[];
  readonly denominators: number[];
  /** Σ hypothesis lengths (c). */
  readonly hypLength: number;
  /** Σ closest reference lengths (r). */
  readonly refLength: number;
}

/**
 * Corpus BLEU as nltk 3.8 `corpus_bleu`: clipped counts and lengths are summed
 * over all items before dividing, so it is not the mean of sentence BLEUs.
 * Same smoothing and zero rules as {@link sentenceBleu}. Throws MetricError when
 * the corpus is empty (nltk raises ZeroDivisionError building p_n = 0/0), when an
 * item has no reference, or when the weights are invalid.
 * @example corpusBleu([{ references: [['a', 'b']], hypothesis: ['a', 'b'] }], { weights: [0.5, 0.5] }).bleu // 1
 */
export function corpusBleu(items: readonly BleuItem[], options: BleuOptions = {}): CorpusBleuResult {
  const orders = validateWeights('corpusBleu', options.weights);
  check(items.length > 0, 'corpusBleu', 'the corpus is empty (every p_n would be 0 / 0)');
  const numerators = new Array<number>(orders).fill(0);
  const denominators = new Array<number>(orders).fill(0);
  let hypLength = 0;
  let refLength = 0;
  items.forEach(({ references, hypothesis }, k) => {
    check(references.length > 0, 'corpusBleu', `item ${k} has no reference`);
    for (let i = 0; i < orders; i++) {
      const p = modifiedPrecision(references, hypothesis, i + 1);
      numerators[i] = numerators[i]! + p.numerator;
      denominators[i] = denominators[i]! + p.denominator;
    }
    hypLength += hypothesis.length;
    refLength += closestRefLength(references, hypothesis.length);
  });
  const core = combineBleu('corpusBleu', numerators, denominators, hypLength, refLength, options);
  return { ...core, numerators, denominators, hypLength, refLength };
}
