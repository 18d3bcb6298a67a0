// The sampling explorer's view: a next-token distribution typed as "token probability" lines (turned
// into logits z = ln p), a temperature, top-k and top-p -> the reshaped distribution as SVG bars
// (entered vs final), which tokens survive, softmax filled in for the first token, and a reproducible
// draw from a seed. All the maths comes from src/lib/metrics (logitsFromProbs, sampleDistribution,
// softmax, sampleToken, mulberry32, fsum). Ships to the browser.
import {
  fsum,
  logitsFromProbs,
  mulberry32,
  sampleDistribution,
  sampleToken,
  softmax,
  type SamplingResult,
} from '../metrics/index.ts';
import { formatNumber } from './format.ts';
import { parseNumber, parseText } from './parse.ts';
import { errorView, type CalculatorView, type FieldValues } from './view.ts';
import { h, type VNode } from './vnode.ts';

/** The page's example: "After the rain my garden was ..." */
export const SMP_DEFAULTS = {
  tokens: 'wet 0.4\nslippery 0.34\nmuddy 0.15\ngreen 0.07\ncold 0.04',
  temperature: '1',
  topK: '0',
  topP: '1',
  seed: '42',
} as const;

/** Most tokens (lines) accepted: enough to explore, few enough to chart. */
export const SMP_MAX_TOKENS = 40;
/** Longest token text accepted. */
export const SMP_MAX_TOKEN_LENGTH = 40;
export const SMP_MAX_TEMPERATURE = 2;
export const SMP_MAX_SEED = 4_294_967_295;
/** How far the entered probabilities may be from a sum of 1 before the "normalized" note is shown. */
const SUM_TOLERANCE = 1e-9;
/** Terms written out in a filled-in sum before it is shortened with "…". */
const WRITTEN_TERMS = 5;

const OUTPUTS = ['sum', 'formula', 'final', 'kept', 'draw'] as const;
const REGIONS = ['chart', 'table'] as const;

export type TokenStatus = 'kept' | 'top-k' | 'top-p' | 'greedy-chosen' | 'greedy-other';

/** Everything the explorer shows, as numbers (the unit tests compare these with the reference vectors). */
export interface SamplingModel {
  readonly tokens: readonly string[];
  /** The probabilities as entered. */
  readonly entered: readonly number[];
  /** Their sum (exactly rounded). */
  readonly sum: number;
  /** z = ln p (−Infinity for p = 0). */
  readonly logits: readonly number[];
  /** The entered distribution normalized: softmax(z) at T = 1, i.e. p / Σp. */
  readonly original: readonly number[];
  readonly temperature: number;
  readonly topK: number;
  readonly topP: number;
  readonly seed: number;
  readonly result: SamplingResult;
  readonly status: readonly TokenStatus[];
  /** The first mulberry32 output for the seed, and the token index it draws. */
  readonly u: number;
  readonly drawn: number;
}

type ModelResult = { ok: true; model: SamplingModel } | { ok: false; errors: Record<string, string> };

const quoted = (token: string) => `“${token}”`;

/** Reads "token probability" lines ("wet 0.4", "New York: 0.2"), or says what is wrong. */
export function parseTokenLines(text: string): { tokens: string[]; probs: number[] } | { message: string } {
  const whole = parseText(text);
  if (!whole.ok) return { message: whole.message };
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) return { message: 'Enter one token and its probability per line, for example “wet 0.4”.' };
  if (lines.length > SMP_MAX_TOKENS)
    return { message: `That is ${lines.length} lines; the limit is ${SMP_MAX_TOKENS} tokens.` };
  const tokens: string[] = [];
  const probs: number[] = [];
  for (const [index, line] of lines.entries()) {
    const match = /^(.+?)[\s:=,;]+(\S+)$/u.exec(line);
    if (!match)
      return {
        message: `Line ${index + 1} (“${line.slice(0, 30)}”): write a token, a space and its probability, for example “wet 0.4”.`,
      };
    const token = match[1]!.trim();
    if (token.length > SMP_MAX_TOKEN_LENGTH)
      return { message: `Line ${index + 1}: the token is longer than ${SMP_MAX_TOKEN_LENGTH} characters.` };
    if (tokens.includes(token))
      return { message: `Line ${index + 1}: ${quoted(token)} is listed twice; give each token once.` };
    const parsed = parseNumber(match[2]!, { min: 0, max: 1 });
    if (!parsed.ok) {
      const why = parsed.message.startsWith('Enter a number of')
        ? 'a probability must be between 0 and 1.'
        : parsed.message;
      return { message: `Line ${index + 1} (${quoted(token)}): ${why}` };
    }
    tokens.push(token);
    probs.push(parsed.value);
  }
  if (probs.every((p) => p === 0)) return { message: 'At least one probability must be greater than 0.' };
  return { tokens, probs };
}

/** Reads the fields and runs the decoding pipeline, or says what is wrong and where. */
export function samplingModel(values: FieldValues): ModelResult {
  const errors: Record<string, string> = {};
  const parsedTokens = parseTokenLines(values['tokens'] ?? '');
  if ('message' in parsedTokens) errors['tokens'] = parsedTokens.message;
  const temperature = parseNumber(values['temperature'] ?? '', { min: 0, max: SMP_MAX_TEMPERATURE });
  if (!temperature.ok) errors['temperature'] = temperature.message;
  const topK = parseNumber(values['topK'] ?? '', { min: 0, max: 2000, integer: true });
  if (!topK.ok) errors['topK'] = topK.message;
  const topP = parseNumber(values['topP'] ?? '', { min: 0, max: 1 });
  if (!topP.ok) errors['topP'] = topP.message;
  const seed = parseNumber(values['seed'] ?? '', { min: 0, max: SMP_MAX_SEED, integer: true });
  if (!seed.ok) errors['seed'] = seed.message;
  if ('message' in parsedTokens || !temperature.ok || !topK.ok || !topP.ok || !seed.ok) return { ok: false, errors };
  const { tokens, probs } = parsedTokens;
  // Probabilities become logits with the natural log; p = 0 is a logit of −∞ (probability 0 after softmax).
  const logits = logitsFromProbs(probs);
  const options = { temperature: temperature.value, topK: topK.value, topP: topP.value };
  let result: SamplingResult;
  let afterK: readonly number[];
  try {
    result = sampleDistribution(logits, options);
    afterK = result.greedy ? result.kept : sampleDistribution(logits, { ...options, topP: 1 }).kept;
  } catch {
    return { ok: false, errors: { temperature: 'This temperature cannot be used with these probabilities.' } };
  }
  const status: TokenStatus[] = tokens.map((_, i) => {
    if (result.greedy) return result.kept.includes(i) ? 'greedy-chosen' : 'greedy-other';
    if (result.kept.includes(i)) return 'kept';
    return afterK.includes(i) ? 'top-p' : 'top-k';
  });
  return {
    ok: true,
    model: {
      tokens,
      entered: probs,
      sum: fsum(probs),
      logits,
      original: softmax(logits, 1),
      temperature: temperature.value,
      topK: topK.value,
      topP: topP.value,
      seed: seed.value,
      result,
      status,
      u: mulberry32(seed.value)(),
      drawn: sampleToken(result.probs, seed.value),
    },
  };
}

/** The seed for the next "Sample a token" press: one more than the current seed (wrapping at 2³²). */
export function nextSeed(values: FieldValues): string {
  const seed = parseNumber(values['seed'] ?? '', { min: 0, max: SMP_MAX_SEED, integer: true });
  if (!seed.ok) return SMP_DEFAULTS.seed;
  return String(seed.value >= SMP_MAX_SEED ? 0 : seed.value + 1);
}

/** The position for the temperature slider, or null when the typed temperature is not usable. */
export function temperatureSlider(values: FieldValues): string | null {
  const t = parseNumber(values['temperature'] ?? '', { min: 0, max: SMP_MAX_TEMPERATURE });
  return t.ok ? String(t.value) : null;
}

const num = (value: number) => formatNumber(value, 4);

/** "a + b + c" with at most WRITTEN_TERMS terms, then "… (N terms)". */
function writtenSum(terms: readonly string[]): string {
  if (terms.length <= WRITTEN_TERMS) return terms.join(' + ');
  return `${terms.slice(0, WRITTEN_TERMS - 1).join(' + ')} + … (${terms.length} terms)`;
}

const STATUS_TEXT: Readonly<Record<TokenStatus, string>> = {
  kept: '✓ kept',
  'top-k': '✕ removed by top-k',
  'top-p': '✕ removed by top-p',
  'greedy-chosen': '✓ chosen (greedy)',
  'greedy-other': '✕ not chosen (greedy)',
};

function sumNote(m: SamplingModel): string {
  if (Math.abs(m.sum - 1) <= SUM_TOLERANCE) return 'The entered probabilities add up to 1.';
  const sum = formatNumber(m.sum, 6);
  return `Normalized: the entered probabilities add up to ${sum}, not 1, so softmax of ln p divides each by ${sum} (the “entered” bars show p / ${sum}).`;
}

function softmaxFormula(m: SamplingModel): string {
  const name = m.tokens[0]!;
  if (m.result.greedy)
    return `T = 0 is greedy decoding: no softmax (dividing by 0 is not defined); the most probable token, ${quoted(m.tokens[m.result.kept[0]!]!)}, gets probability 1.`;
  const t = num(m.temperature);
  const term = (z: number) => `exp(${num(z)}/${t})`;
  return `p(${name}) = exp(z / T) / Σⱼ exp(zⱼ / T) = ${term(m.logits[0]!)} / [${writtenSum(m.logits.map(term))}] = ${num(m.result.softmax![0]!)}`;
}

function finalFormula(m: SamplingModel): string {
  const name = m.tokens[0]!;
  const status = m.status[0]!;
  if (m.result.greedy)
    return status === 'greedy-chosen'
      ? `p′(${name}) = 1: greedy decoding always picks it.`
      : `p′(${name}) = 0: greedy decoding always picks ${quoted(m.tokens[m.result.kept[0]!]!)}.`;
  if (status === 'top-k' || status === 'top-p') return `p′(${name}) = 0: removed by ${status}.`;
  const soft = m.result.softmax!;
  if (m.result.kept.length === m.tokens.length)
    return `p′(${name}) = ${num(m.result.probs[0]!)}: no token was removed, so nothing is renormalized.`;
  const kept = m.result.kept.map((i) => num(soft[i]!));
  return `p′(${name}) = ${num(soft[0]!)} / (${writtenSum(kept)}) = ${num(m.result.probs[0]!)}`;
}

function keptSentence(m: SamplingModel): string {
  const names = (indices: readonly number[]) => indices.map((i) => m.tokens[i]!).join(', ');
  if (m.result.greedy)
    return `Greedy decoding (temperature 0): always ${quoted(m.tokens[m.result.kept[0]!]!)}, the most probable token; top-k and top-p change nothing.`;
  const removed = m.tokens.flatMap((token, i) =>
    m.status[i] === 'top-k' || m.status[i] === 'top-p' ? [`${token} (${m.status[i]})`] : [],
  );
  const tie = m.result.boundaryTie
    ? ' Two tokens tie at the cut-off: this explorer keeps the one listed first (Hugging Face’s top-k would keep both).'
    : '';
  return `${m.result.kept.length} of ${m.tokens.length} tokens survive: ${names(m.result.kept)}.${removed.length ? ` Removed: ${removed.join(', ')}.` : ''}${tie}`;
}

function drawSentence(m: SamplingModel): string {
  return `Seed ${m.seed}: u = ${num(m.u)} → ${quoted(m.tokens[m.drawn]!)} (the first token, in list order, whose running total of final probabilities passes u).`;
}

// Chart geometry (layout only): per token a line with its name and status, then the entered bar and
// the final bar. Narrow enough to stay legible on a phone.
const WIDTH = 400;
const BAR_MAX = 320;
const ROW_H = 58;
const TOP = 28;
const px = (value: number) => Math.round(value * 100) / 100;
const short = (token: string) => (token.length > 24 ? `${token.slice(0, 23)}…` : token);

function chart(m: SamplingModel): VNode {
  const height = TOP + m.tokens.length * ROW_H;
  const rows = m.tokens.map((token, i) => {
    const y = TOP + i * ROW_H;
    const before = m.original[i]!;
    const after = m.result.probs[i]!;
    const removed = m.status[i] === 'top-k' || m.status[i] === 'top-p' || m.status[i] === 'greedy-other';
    return h('g', { class: removed ? 'smp-row smp-row--removed' : 'smp-row' }, [
      h('text', { class: 'smp-token', x: 0, y: y + 14 }, [short(token)]),
      h('text', { class: 'smp-status', x: WIDTH, y: y + 14, 'text-anchor': 'end' }, [STATUS_TEXT[m.status[i]!]]),
      h('rect', { class: 'smp-bar smp-bar--orig', x: 0, y: y + 20, width: px(before * BAR_MAX), height: 12 }),
      h('text', { class: 'smp-value', x: px(before * BAR_MAX + 5), y: y + 30 }, [num(before)]),
      h('rect', { class: 'smp-bar smp-bar--final', x: 0, y: y + 35, width: px(after * BAR_MAX), height: 12 }),
      h('text', { class: 'smp-value smp-value--final', x: px(after * BAR_MAX + 5), y: y + 45 }, [num(after)]),
    ]);
  });
  const title = m.result.greedy
    ? 'Next-token probabilities: entered and after greedy decoding (temperature 0)'
    : `Next-token probabilities: entered and after temperature ${num(m.temperature)}, top-k and top-p`;
  const desc = m.tokens
    .map(
      (token, i) =>
        `${token}: ${num(m.original[i]!)} → ${num(m.result.probs[i]!)}, ${STATUS_TEXT[m.status[i]!].slice(2)}`,
    )
    .join('; ');
  return h(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: 'img',
      'aria-labelledby': 'smp-chart-title smp-chart-desc',
      class: 'smp-chart',
    },
    [
      h('title', { id: 'smp-chart-title' }, [title]),
      h('desc', { id: 'smp-chart-desc' }, [`${desc}.`]),
      h('rect', { class: 'smp-bar smp-bar--orig', x: 0, y: 4, width: 12, height: 12 }),
      h('text', { class: 'smp-legend', x: 17, y: 14 }, ['entered (upper bar)']),
      h('rect', { class: 'smp-bar smp-bar--final', x: 190, y: 4, width: 12, height: 12 }),
      h('text', { class: 'smp-legend', x: 207, y: 14 }, ['final (lower bar)']),
      ...rows,
    ],
  );
}

function table(m: SamplingModel): VNode {
  const cell = (text: string) => h('td', {}, [text]);
  return h('table', { class: 'calculator__table smp-table' }, [
    h('caption', {}, ['Each token before and after (the chart’s data)']),
    h('thead', {}, [
      h(
        'tr',
        {},
        ['Token', 'Entered p', 'Logit z = ln p', 'After temperature', 'Final p′', 'Status'].map((text) =>
          h('th', { scope: 'col' }, [text]),
        ),
      ),
    ]),
    h(
      'tbody',
      {},
      m.tokens.map((token, i) =>
        h('tr', { class: m.status[i] === 'kept' || m.status[i] === 'greedy-chosen' ? '' : 'smp-table--removed' }, [
          h('th', { scope: 'row' }, [token]),
          cell(num(m.entered[i]!)),
          cell(num(m.logits[i]!)),
          cell(m.result.softmax ? num(m.result.softmax[i]!) : '— (greedy)'),
          cell(num(m.result.probs[i]!)),
          cell(STATUS_TEXT[m.status[i]!]),
        ]),
      ),
    ),
  ]);
}

/** The calculator's view for the given field texts. */
export function samplingView(values: FieldValues): CalculatorView {
  const result = samplingModel(values);
  if (!result.ok) return errorView(result.errors, [...OUTPUTS], [...REGIONS]);
  const { model } = result;
  const top = model.result.probs.indexOf(Math.max(...model.result.probs));
  return {
    errors: {},
    outputs: {
      sum: sumNote(model),
      formula: softmaxFormula(model),
      final: finalFormula(model),
      kept: keptSentence(model),
      draw: drawSentence(model),
    },
    regions: { chart: chart(model), table: table(model) },
    summary: `${model.result.greedy ? 'Greedy decoding. ' : ''}${model.result.kept.length} of ${model.tokens.length} tokens kept; most probable ${model.tokens[top]!} at ${num(model.result.probs[top]!)}. Seed ${model.seed} draws ${quoted(model.tokens[model.drawn]!)}.`,
  };
}
