// The ROUGE calculator's view: a reference and a candidate text -> ROUGE-1, ROUGE-2, ROUGE-L and
// ROUGE-N (n chosen, 1-9), each with precision, recall and F filled in, the matched n-grams and the
// longest common subsequence highlighted in both token lists. Scores and matches come from
// src/lib/metrics (rouge-score 0.1.2 conventions); the view only formats and highlights them.
// Ships to the browser.
import {
  lcsAlignment,
  lcsLength,
  rougeLTokens,
  rougeNMatches,
  rougeNTokens,
  tokenize,
  type RougeNMatches,
  type RougeScore,
} from '../metrics/index.ts';
import { formatCount, formatNumber } from './format.ts';
import { parseNumber, parseText } from './parse.ts';
import { errorView, type CalculatorView, type FieldValues } from './view.ts';
import { h, type VNode } from './vnode.ts';

/** The page's worked example ("The apple fell from the tree"), ROUGE-N with n = 3. */
export const ROUGE_DEFAULTS = {
  reference: 'The apple fell from the tree.',
  candidate: 'An apple fell from the old tree.',
  n: '3',
  highlight: 'n',
  stem: '',
} as const;

export const ROUGE_HIGHLIGHT_OPTIONS = [
  { value: 'n', label: 'n-grams of ROUGE-N (the n chosen above)' },
  { value: '1', label: 'unigrams (ROUGE-1)' },
] as const;

/** Most tokens per text: bounds the LCS alignment (|ref| × |cand| steps) so typing stays responsive. */
export const ROUGE_MAX_TOKENS = 5_000;
/** Tokens shown per text in the highlighted displays; the scores always use every token. */
export const ROUGE_SHOWN_TOKENS = 600;
/** Matched n-grams listed by name under a display. */
const LISTED_GRAMS = 30;

const VARIANTS = ['r1', 'r2', 'rl', 'rn'] as const;
const OUTPUTS = [...VARIANTS.flatMap((v) => [`${v}p`, `${v}r`, `${v}f`]), 'nLabel'] as const;
const REGIONS = ['ngrams', 'lcs'] as const;

/** Everything the calculator shows, as numbers (the unit tests compare these with the reference). */
export interface RougeModel {
  readonly reference: readonly string[];
  readonly candidate: readonly string[];
  readonly n: number;
  readonly stem: boolean;
  readonly rouge1: RougeScore;
  readonly rouge2: RougeScore;
  readonly rougeL: RougeScore;
  readonly rougeN: RougeScore;
  readonly matches1: RougeNMatches;
  readonly matches2: RougeNMatches;
  readonly matchesN: RougeNMatches;
  readonly lcs: number;
  /** One LCS as [reference index, candidate index] pairs. */
  readonly lcsPairs: ReadonlyArray<readonly [number, number]>;
}

type ModelResult = { ok: true; model: RougeModel } | { ok: false; errors: Record<string, string> };

function readText(text: string, what: string, stem: boolean): { tokens: string[] } | { message: string } {
  const parsed = parseText(text, true);
  if (!parsed.ok)
    return { message: parsed.message === 'Enter some text.' ? `Enter the ${what} text.` : parsed.message };
  const tokens = tokenize(text, { useStemmer: stem });
  if (tokens.length > ROUGE_MAX_TOKENS) {
    return {
      message: `That is ${formatCount(tokens.length)} tokens; this calculator compares at most ${formatCount(ROUGE_MAX_TOKENS)}.`,
    };
  }
  return { tokens };
}

/** Parses the fields and computes every score, match and the LCS. */
export function rougeModel(values: FieldValues): ModelResult {
  const errors: Record<string, string> = {};
  const stem = values['stem'] === 'on';
  const reference = readText(values['reference'] ?? '', 'reference', stem);
  if ('message' in reference) errors['reference'] = reference.message;
  const candidate = readText(values['candidate'] ?? '', 'candidate', stem);
  if ('message' in candidate) errors['candidate'] = candidate.message;
  const n = parseNumber(values['n'] ?? '', { min: 1, max: 9, integer: true });
  if (!n.ok) errors['n'] = n.message;
  if ('message' in reference || 'message' in candidate || !n.ok) return { ok: false, errors };

  const ref = reference.tokens;
  const cand = candidate.tokens;
  return {
    ok: true,
    model: {
      reference: ref,
      candidate: cand,
      n: n.value,
      stem,
      rouge1: rougeNTokens(ref, cand, 1),
      rouge2: rougeNTokens(ref, cand, 2),
      rougeL: rougeLTokens(ref, cand),
      rougeN: rougeNTokens(ref, cand, n.value),
      matches1: rougeNMatches(ref, cand, 1),
      matches2: rougeNMatches(ref, cand, 2),
      matchesN: rougeNMatches(ref, cand, n.value),
      lcs: lcsLength(ref, cand),
      lcsPairs: lcsAlignment(ref, cand),
    },
  };
}

const GRAM_NAMES = ['', 'unigram', 'bigram', 'trigram'];
/** "unigrams", "4-grams"; singular for a count of 1. */
export function gramName(n: number, count = 2): string {
  const name = GRAM_NAMES[n] ?? `${n}-gram`;
  return count === 1 ? name : `${name}s`;
}

/** "overlap 5 / 7 candidate unigrams = 0.7143"; `what` is singular ("candidate unigram"). */
function ratio(count: number, total: number, what: string, value: number, label: string): string {
  if (total === 0) return `${label} ${count}, no ${what}s: ${formatNumber(value)}`;
  return `${label} ${count} / ${total} ${what}${total === 1 ? '' : 's'} = ${formatNumber(value)}`;
}

function fFormula(score: RougeScore): string {
  const p = formatNumber(score.precision);
  const r = formatNumber(score.recall);
  if (score.precision + score.recall === 0) return `P + R = 0, so F = 0`;
  return `2 × ${p} × ${r} / (${p} + ${r}) = ${formatNumber(score.fmeasure)}`;
}

function nOutputs(prefix: string, m: RougeNMatches, score: RougeScore): Record<string, string> {
  return {
    [`${prefix}p`]: ratio(m.overlap, m.candidateGrams, `candidate ${gramName(m.n, 1)}`, score.precision, 'overlap'),
    [`${prefix}r`]: ratio(m.overlap, m.referenceGrams, `reference ${gramName(m.n, 1)}`, score.recall, 'overlap'),
    [`${prefix}f`]: fFormula(score),
  };
}

/** A token list with the marked positions grouped into <mark> runs; the text stays text. */
function tokenLine(label: string, tokens: readonly string[], marked: (i: number) => boolean): VNode {
  const children: VNode[] = [h('span', { class: 'rouge-who' }, [label])];
  if (tokens.length === 0) {
    children.push(h('span', { class: 'rouge-none' }, ['(no tokens: nothing here is a–z or 0–9)']));
    return h('p', { class: 'rouge-tokens' }, children);
  }
  const shown = Math.min(tokens.length, ROUGE_SHOWN_TOKENS);
  let i = 0;
  while (i < shown) {
    const on = marked(i);
    let j = i;
    while (j < shown && marked(j) === on) j++;
    const text = tokens.slice(i, j).join(' ');
    children.push(' ', on ? h('mark', {}, [text]) : text);
    i = j;
  }
  if (tokens.length > shown) {
    children.push(
      ' ',
      h('span', { class: 'rouge-none' }, [`… and ${formatCount(tokens.length - shown)} more tokens (not shown)`]),
    );
  }
  return h('p', { class: 'rouge-tokens' }, children);
}

function gramList(m: RougeNMatches): string {
  if (m.overlap === 0) return `No ${gramName(m.n)} of the candidate is in the reference.`;
  const entries = [...m.grams]
    .slice(0, LISTED_GRAMS)
    .map(([gram, count]) => `“${gram}”${count > 1 ? ` ×${count}` : ''}`);
  const more = m.grams.size > LISTED_GRAMS ? `, and ${formatCount(m.grams.size - LISTED_GRAMS)} more` : '';
  return `Matched ${gramName(m.n, m.overlap)} (${m.overlap}): ${entries.join(', ')}${more}.`;
}

function ngramRegion(model: RougeModel, m: RougeNMatches): VNode {
  const stemmed = model.stem ? ', stemmed' : '';
  return h('div', { class: 'rouge-display' }, [
    h('p', { class: 'rouge-caption' }, [
      `Tokens as compared${stemmed}; highlighted: matched ${gramName(m.n)} (each occurrence counted at most as often as in the other text).`,
    ]),
    tokenLine('Reference', model.reference, (i) => m.referenceMarked[i] === true),
    tokenLine('Candidate', model.candidate, (i) => m.candidateMarked[i] === true),
    h('p', { class: 'rouge-list' }, [gramList(m)]),
  ]);
}

function lcsRegion(model: RougeModel): VNode {
  const inRef = new Set(model.lcsPairs.map(([i]) => i));
  const inCand = new Set(model.lcsPairs.map(([, j]) => j));
  const words = model.lcsPairs.map(([i]) => model.reference[i]!);
  const shown = words.slice(0, 200).join(' ');
  return h('div', { class: 'rouge-display' }, [
    h('p', { class: 'rouge-caption' }, ['Highlighted: one longest common subsequence (same order, gaps allowed).']),
    tokenLine('Reference', model.reference, (i) => inRef.has(i)),
    tokenLine('Candidate', model.candidate, (i) => inCand.has(i)),
    h('p', { class: 'rouge-list' }, [
      model.lcs === 0
        ? 'The texts share no token, so the LCS is empty.'
        : `LCS (${model.lcs} ${model.lcs === 1 ? 'token' : 'tokens'}): “${shown}${words.length > 200 ? ' …' : ''}”.`,
    ]),
  ]);
}

/** The calculator's view for the given field texts. */
export function rougeView(values: FieldValues): CalculatorView {
  const result = rougeModel(values);
  if (!result.ok) return errorView(result.errors, OUTPUTS, REGIONS);
  const m = result.model;
  const lcs = m.lcs;
  const outputs: Record<string, string> = {
    ...nOutputs('r1', m.matches1, m.rouge1),
    ...nOutputs('r2', m.matches2, m.rouge2),
    ...nOutputs('rn', m.matchesN, m.rougeN),
    rlp: ratio(lcs, m.candidate.length, 'candidate token', m.rougeL.precision, 'LCS'),
    rlr: ratio(lcs, m.reference.length, 'reference token', m.rougeL.recall, 'LCS'),
    rlf: fFormula(m.rougeL),
    nLabel: `ROUGE-${m.n}`,
  };
  const highlighted = values['highlight'] === '1' ? m.matches1 : m.matchesN;
  const f = (s: RougeScore) => formatNumber(s.fmeasure);
  return {
    errors: {},
    outputs,
    regions: { ngrams: ngramRegion(m, highlighted), lcs: lcsRegion(m) },
    summary: `F scores: ROUGE-1 ${f(m.rouge1)}, ROUGE-2 ${f(m.rouge2)}, ROUGE-L ${f(m.rougeL)}, ROUGE-${m.n} ${f(m.rougeN)}.`,
  };
}
