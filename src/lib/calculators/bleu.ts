// The BLEU calculator's view: one or more references (one per line) and a candidate -> the clipped
// precisions p1..p4 with their counts, the brevity penalty with c and r, and sentence BLEU as nltk 3.8
// computes it, without smoothing (method0: a zero count becomes DBL_MIN) or with method1. Tokens are
// split on whitespace and compared exactly. Ships to the browser.
import { DBL_MIN, sentenceBleu, type SentenceBleuResult } from '../metrics/index.ts';
import { formatCount, formatNumber } from './format.ts';
import { parseText } from './parse.ts';
import { errorView, type CalculatorView, type FieldValues } from './view.ts';
import { h, type VNode } from './vnode.ts';

/** The page's worked example: a translation that drops one "the". */
export const BLEU_DEFAULTS = {
  references: 'the cat is sitting on the mat',
  candidate: 'the cat is sitting on mat',
  smooth: '',
} as const;

/** nltk method1's ε: a zero count becomes ε / (number of candidate n-grams). */
export const BLEU_EPSILON = 0.1;
/** Most references accepted (one per line). */
export const BLEU_MAX_REFERENCES = 50;
/** Most tokens per text: nltk's counting is linear, this only keeps the page responsive. */
export const BLEU_MAX_TOKENS = 5_000;

const ORDERS = [1, 2, 3, 4] as const;
const OUTPUTS = ['p1', 'p2', 'p3', 'p4', 'lengths', 'bp', 'bleu'] as const;
const REGIONS = ['note'] as const;

/** Everything the calculator shows, as numbers (the unit tests compare these with the reference). */
export interface BleuModel {
  readonly references: string[][];
  readonly candidate: string[];
  readonly smoothing: 'none' | 'method1';
  readonly result: SentenceBleuResult;
}

type ModelResult = { ok: true; model: BleuModel } | { ok: false; errors: Record<string, string> };

/** nltk compares tokens exactly: split on whitespace, nothing else. */
export const whitespaceTokens = (text: string): string[] => text.split(/\s+/).filter(Boolean);

const tooMany = (count: number) =>
  `That is ${formatCount(count)} tokens; this calculator compares at most ${formatCount(BLEU_MAX_TOKENS)} per text.`;

/** Parses the fields and computes sentence BLEU. */
export function bleuModel(values: FieldValues): ModelResult {
  const errors: Record<string, string> = {};
  const smoothing = values['smooth'] === 'on' ? 'method1' : 'none';
  const refText = parseText(values['references'] ?? '');
  let references: string[][] = [];
  if (!refText.ok) errors['references'] = refText.message;
  else {
    references = refText.value
      .split('\n')
      .map(whitespaceTokens)
      .filter((tokens) => tokens.length > 0);
    const longest = Math.max(0, ...references.map((r) => r.length));
    if (references.length === 0) errors['references'] = 'Enter at least one reference, one per line.';
    else if (references.length > BLEU_MAX_REFERENCES)
      errors['references'] = `That is ${references.length} references; the limit is ${BLEU_MAX_REFERENCES}.`;
    else if (longest > BLEU_MAX_TOKENS) errors['references'] = tooMany(longest);
  }
  const candText = parseText(values['candidate'] ?? '', true);
  const candidate = candText.ok ? whitespaceTokens(candText.value) : [];
  if (!candText.ok)
    errors['candidate'] = candText.message === 'Enter some text.' ? 'Enter the candidate sentence.' : candText.message;
  else if (candidate.length > BLEU_MAX_TOKENS) errors['candidate'] = tooMany(candidate.length);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    model: {
      references,
      candidate,
      smoothing,
      result: sentenceBleu(references, candidate, { smoothing, epsilon: BLEU_EPSILON }),
    },
  };
}

const ORDER_NAMES = ['', 'unigram', 'bigram', 'trigram', '4-gram'];
const SUBSCRIPT = ['₀', '₁', '₂', '₃', '₄'];

/** p_n as shown: the clipped count over the candidate's n-grams, and what BLEU uses in its place when 0. */
function precisionText(model: BleuModel, index: number): string {
  const { result } = model;
  const { numerator, denominator, n } = result.precisions[index]!;
  const name = ORDER_NAMES[n]!;
  const short =
    model.candidate.length < n ? ` (no ${name}s in ${model.candidate.length} tokens; nltk divides by at least 1)` : '';
  const raw = `${numerator} / ${denominator} = ${formatNumber(result.precisionValues[index])}${short}`;
  // smoothedPrecisionValues is null exactly when p₁ = 0 (nltk returns 0 before smoothing).
  if (numerator > 0 || result.smoothedPrecisionValues === null) return raw;
  if (model.smoothing === 'method1') {
    return `${raw}, smoothed to ${BLEU_EPSILON} / ${denominator} = ${formatNumber(result.smoothedPrecisionValues[index])}`;
  }
  return `${raw}, replaced by DBL_MIN = ${formatNumber(DBL_MIN)}`;
}

function lengthsText(model: BleuModel): string {
  const lengths = model.references.map((r) => r.length);
  const c = model.candidate.length;
  const r = model.result.refLength;
  if (lengths.length === 1) return `c = ${c} candidate tokens; r = ${r} reference tokens`;
  const shown = lengths.length > 10 ? `${lengths.slice(0, 10).join(', ')}, …` : lengths.join(', ');
  return `c = ${c} candidate tokens; reference lengths ${shown}: the closest is r = ${r} (ties go to the shorter)`;
}

function bpText(model: BleuModel): string {
  const c = model.candidate.length;
  const r = model.result.refLength;
  const bp = formatNumber(model.result.brevityPenalty);
  if (c > r) return `c = ${c} > r = ${r}, so BP = 1`;
  return `c = ${c} ≤ r = ${r}: BP = exp(1 − ${r} / ${c}) = ${bp}`;
}

function bleuText(model: BleuModel): string {
  const { result } = model;
  if (result.smoothedPrecisionValues === null) {
    return 'p₁ = 0: no candidate token is in a reference, so nltk returns BLEU = 0';
  }
  const used = result.smoothedPrecisionValues;
  const product = ORDERS.map((_, i) => formatNumber(used[i])).join(' × ');
  return `${formatNumber(result.brevityPenalty)} × (${product})^¼ = ${formatNumber(result.bleu)}`;
}

function noteRegion(model: BleuModel): VNode {
  const { result } = model;
  const empty = result.precisions.filter((p) => p.numerator === 0).map((p) => `p${SUBSCRIPT[p.n]}`);
  if (result.precisions[0]!.numerator === 0) {
    return h('p', { class: 'bleu-note' }, [
      'No token of the candidate appears in any reference (remember: “The” and “the” differ). nltk then returns 0 at once, with or without smoothing.',
    ]);
  }
  if (empty.length === 0) return '';
  if (model.smoothing === 'method1') {
    return h('p', { class: 'bleu-note' }, [
      `${empty.join(', ')} ${empty.length === 1 ? 'has' : 'have'} no match. With smoothing (nltk method1), a zero count becomes ε / (number of candidate n-grams), ε = ${BLEU_EPSILON}, so BLEU stays a usable number.`,
    ]);
  }
  return h('p', { class: 'bleu-note' }, [
    `${empty.join(', ')} ${empty.length === 1 ? 'has' : 'have'} no match, so the plain geometric mean would be 0. Without smoothing, nltk replaces each zero precision by DBL_MIN = ${formatNumber(DBL_MIN)} (the smallest normal double) and warns; each such order multiplies BLEU by about 10⁻⁷⁷, so BLEU collapses to a tiny number (${formatNumber(result.bleu)}), not exactly 0. Turn on smoothing to score a short sentence usefully.`,
  ]);
}

/** The calculator's view for the given field texts. */
export function bleuView(values: FieldValues): CalculatorView {
  const result = bleuModel(values);
  if (!result.ok) return errorView(result.errors, OUTPUTS, REGIONS);
  const model = result.model;
  const outputs: Record<string, string> = {
    lengths: lengthsText(model),
    bp: bpText(model),
    bleu: bleuText(model),
  };
  ORDERS.forEach((n, i) => (outputs[`p${n}`] = precisionText(model, i)));
  return {
    errors: {},
    outputs,
    regions: { note: noteRegion(model) },
    summary: `BLEU ${formatNumber(model.result.bleu)}; brevity penalty ${formatNumber(model.result.brevityPenalty)}.`,
  };
}
