// The perplexity calculator's view: the probabilities (or natural / base-2 log-probabilities) a
// model gave to each observed token -> perplexity and cross-entropy in nats and bits with the
// formulas filled in, and a bar chart of each token's probability or surprisal (SVG + data table).
// The metrics come from src/lib/metrics (numpy arithmetic). Ships to the browser.
import {
  logProbProblem,
  logProbReport,
  perplexityReport,
  probabilityProblem,
  probsFromLogProbs,
  surprisals,
  surprisalsFromLogProbs,
} from '../metrics/index.ts';
import { formatCount, formatNumber } from './format.ts';
import { parseNumber, parseText, MAX_LIST_ITEMS } from './parse.ts';
import { errorView, type CalculatorView, type FieldValues } from './view.ts';
import { h, type VNode } from './vnode.ts';

/** The page's worked example: four tokens with probabilities 0.5, 0.25, 0.8 and 0.1. */
export const PPL_DEFAULTS = {
  values: '0.5, 0.25, 0.8, 0.1',
  kind: 'prob',
  bars: 'prob',
} as const;

export type PplKind = 'prob' | 'ln' | 'log2';

export const PPL_KIND_OPTIONS = [
  { value: 'prob', label: 'probabilities p (0 to 1)' },
  { value: 'ln', label: 'natural-log probabilities ln p (≤ 0)' },
  { value: 'log2', label: 'base-2 log probabilities log₂ p (≤ 0)' },
] as const;

export const PPL_BAR_OPTIONS = [
  { value: 'prob', label: 'probability p' },
  { value: 'surprisal', label: 'surprisal −ln p (nats)' },
] as const;

/** Tokens drawn in the chart and listed in the table; the metrics always use every token. */
export const PPL_CHARTED_TOKENS = 200;
/** Terms written out in a filled-in sum before it is shortened with "…". */
const WRITTEN_TERMS = 6;

const OUTPUTS = ['nats', 'bits', 'ppl'] as const;
const REGIONS = ['note', 'chart', 'table'] as const;

/** Everything the calculator shows, as numbers (the unit tests compare these with the reference). */
export interface PplModel {
  readonly kind: PplKind;
  /** The numbers as entered. */
  readonly values: readonly number[];
  readonly perplexity: number;
  readonly nats: number;
  readonly bits: number;
  /** 1 / perplexity: the geometric mean of the token probabilities (the chart's reference line). */
  readonly meanProbability: number;
  /** Per token: probability and surprisal −ln p in nats (for the chart and the table). */
  readonly probs: readonly number[];
  readonly surprisals: readonly number[];
}

type ModelResult = { ok: true; model: PplModel } | { ok: false; errors: Record<string, string> };

const NEG_INFINITY = /^[-−]\s*inf(inity)?$/i;

/** Numbers separated by commas, semicolons, spaces or new lines; "-inf" is allowed for a log-probability. */
function parseValues(text: string, kind: PplKind): { values: number[] } | { message: string } {
  const whole = parseText(text);
  if (!whole.ok) return { message: whole.message };
  const items = text.split(/[\s,;]+/).filter(Boolean);
  if (items.length === 0) return { message: 'Enter at least one number (one per token).' };
  if (items.length > MAX_LIST_ITEMS)
    return { message: `That is ${formatCount(items.length)} numbers; the limit is ${formatCount(MAX_LIST_ITEMS)}.` };
  const values: number[] = [];
  for (const [index, item] of items.entries()) {
    if (kind !== 'prob' && NEG_INFINITY.test(item)) {
      values.push(Number.NEGATIVE_INFINITY);
      continue;
    }
    const parsed = parseNumber(item);
    if (!parsed.ok) return { message: `Number ${index + 1} (“${item.slice(0, 30)}”): ${parsed.message}` };
    values.push(parsed.value);
  }
  return { values };
}

/** Rewrites the library's validity message ("probs[1] = 1.5 is …") in the reader's terms (1-based). */
function problemMessage(problem: string, values: readonly number[], kind: PplKind): string {
  const index = /\[(\d+)\]/.exec(problem)?.[1];
  if (index === undefined) return `Enter at least one number: ${problem}.`;
  const i = Number(index);
  const value = formatNumber(values[i], 6);
  return kind === 'prob'
    ? `Number ${i + 1} (${value}) is not a probability: each must be between 0 and 1.`
    : `Number ${i + 1} (${value}) is positive, so it is not a log-probability: a log of p ≤ 1 is ≤ 0.`;
}

/** Parses the fields and computes perplexity, cross-entropy and the per-token values. */
export function pplModel(values: FieldValues): ModelResult {
  const kind: PplKind = values['kind'] === 'ln' || values['kind'] === 'log2' ? values['kind'] : 'prob';
  const parsed = parseValues(values['values'] ?? '', kind);
  if ('message' in parsed) return { ok: false, errors: { values: parsed.message } };
  const list = parsed.values;
  const problem = kind === 'prob' ? probabilityProblem(list) : logProbProblem(list);
  if (problem !== null) return { ok: false, errors: { values: problemMessage(problem, list, kind) } };

  const base = kind === 'ln' ? 'e' : '2';
  const report = kind === 'prob' ? perplexityReport(list) : logProbReport(list, base);
  return {
    ok: true,
    model: {
      kind,
      values: list,
      perplexity: report.perplexity,
      nats: report.meanNllNats,
      bits: report.meanNllBits,
      meanProbability: report.geometricMeanProbability,
      probs: kind === 'prob' ? list : probsFromLogProbs(list, base),
      surprisals: kind === 'prob' ? surprisals(list) : surprisalsFromLogProbs(list, base),
    },
  };
}

/** "ln 0.5 + ln 0.25 + … + ln 0.1" (shortened after a few terms). */
function sumText(values: readonly number[], term: (value: string) => string): string {
  const terms = values.map((v) => term(formatNumber(v)));
  if (terms.length <= WRITTEN_TERMS) return terms.join(' + ');
  return `${terms.slice(0, 3).join(' + ')} + … + ${terms.at(-1)!}`;
}

const paren = (text: string) => (text.startsWith('−') ? `(${text})` : text);

function outputsFor(m: PplModel): Record<string, string> {
  const n = m.values.length;
  const nats = formatNumber(m.nats);
  const bits = formatNumber(m.bits);
  const ppl = formatNumber(m.perplexity);
  const terms = n > WRITTEN_TERMS ? ` (${formatCount(n)} terms)` : '';
  if (m.kind === 'prob') {
    return {
      nats: `H = −(${sumText(m.values, (v) => `ln ${v}`)}) / ${n}${terms} = ${nats} nats per token`,
      bits: `−(${sumText(m.values, (v) => `log₂ ${v}`)}) / ${n} = ${bits} bits per token`,
      ppl: `e^H = e^${nats} = ${ppl}`,
    };
  }
  const logs = sumText(m.values, paren);
  if (m.kind === 'ln') {
    return {
      nats: `H = −(${logs}) / ${n}${terms} = ${nats} nats per token`,
      bits: `H / ln 2 = ${nats} / 0.6931 = ${bits} bits per token`,
      ppl: `e^H = e^${nats} = ${ppl}`,
    };
  }
  return {
    nats: `H_bits × ln 2 = ${bits} × 0.6931 = ${nats} nats per token`,
    bits: `H_bits = −(${logs}) / ${n}${terms} = ${bits} bits per token`,
    ppl: `2^H_bits = 2^${bits} = ${ppl}`,
  };
}

function noteRegion(m: PplModel): VNode {
  if (Number.isFinite(m.perplexity)) return '';
  const zero = m.values.findIndex((v) => v === (m.kind === 'prob' ? 0 : Number.NEGATIVE_INFINITY));
  if (zero >= 0) {
    const what = m.kind === 'prob' ? 'probability 0' : 'log-probability −∞ (probability 0)';
    return h('p', { class: 'ppl-note' }, [
      `Token ${zero + 1} has ${what}: the model called the observed token impossible. ln 0 = −∞, so the cross-entropy and the perplexity are infinite (∞), however well the other tokens were predicted. A real model's softmax never gives exactly 0.`,
    ]);
  }
  return h('p', { class: 'ppl-note' }, [
    `The cross-entropy is ${formatNumber(m.nats)} nats, and e^${formatNumber(m.nats)} is larger than the largest double (about 1.8 × 10³⁰⁸), so the perplexity overflows and is shown as ∞.`,
  ]);
}

// Chart layout (SVG user units).
// Drawn narrow so its text stays readable when scaled down to a phone's width; CSS caps it on wide screens.
const WIDTH = 400;
const HEIGHT = 220;
const LEFT = 48;
const RIGHT = 12;
const TOP = 24;
const BOTTOM = 34;

const px = (value: number) => Math.round(value * 100) / 100;

/** Round tick values from 0 to at least `max` (steps of 1, 2 or 5 × 10ⁿ). */
function ticksUpTo(max: number): number[] {
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let k = 0; ticks.length < 12; k++) {
    const tick = Number((k * step).toPrecision(12));
    ticks.push(tick);
    if (tick >= max) break;
  }
  return ticks;
}

function chartRegion(m: PplModel, surprisal: boolean): VNode {
  const count = Math.min(m.values.length, PPL_CHARTED_TOKENS);
  const heights = (surprisal ? m.surprisals : m.probs).slice(0, count);
  const finite = heights.filter(Number.isFinite);
  const reference = surprisal ? m.nats : m.meanProbability;
  const top = surprisal ? Math.max(0.5, ...finite, Number.isFinite(reference) ? reference : 0) : 1;
  const ticks = surprisal ? ticksUpTo(top) : [0, 0.25, 0.5, 0.75, 1];
  const yMax = ticks.at(-1)!;
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const y = (v: number) => px(TOP + plotH - (Math.min(v, yMax) / yMax) * plotH);
  const slot = plotW / count;
  const barW = px(Math.max(slot * 0.7, 0.5));
  const labelEvery = Math.max(1, Math.ceil(count / 12));
  const what = surprisal ? 'surprisal −ln p in nats' : 'probability p';
  const parts: VNode[] = [
    h('title', { id: 'ppl-chart-title' }, [`Bar chart: ${what} of each token`]),
    h('desc', { id: 'ppl-chart-desc' }, [
      `${count} bars${m.values.length > count ? ` (the first ${count} of ${m.values.length} tokens)` : ''}. ${
        surprisal
          ? `Taller bars are tokens the model found more surprising; the dashed line is the mean, the cross-entropy H = ${formatNumber(m.nats)} nats.`
          : `Taller bars are tokens the model predicted better; the dashed line is the geometric mean probability 1 / perplexity = ${formatNumber(reference)}.`
      } The table below lists the same values.`,
    ]),
  ];
  for (const tick of ticks) {
    parts.push(
      h('line', { class: 'ppl-grid', x1: LEFT, x2: WIDTH - RIGHT, y1: y(tick), y2: y(tick) }),
      h('text', { class: 'ppl-tick', x: LEFT - 6, y: y(tick) + 4, 'text-anchor': 'end' }, [formatNumber(tick, 2)]),
    );
  }
  heights.forEach((value, i) => {
    const x = px(LEFT + i * slot + (slot - barW) / 2);
    const infinite = !Number.isFinite(value);
    const barTop = infinite ? TOP : y(value);
    parts.push(
      h('rect', {
        class: infinite ? 'ppl-bar ppl-bar--inf' : 'ppl-bar',
        x,
        y: barTop,
        width: barW,
        height: px(TOP + plotH - barTop),
      }),
    );
    if (infinite) {
      parts.push(h('text', { class: 'ppl-inf', x: px(x + barW / 2), y: TOP + 12, 'text-anchor': 'middle' }, ['∞']));
    }
    if (i % labelEvery === 0) {
      parts.push(
        h('text', { class: 'ppl-tick', x: px(x + barW / 2), y: HEIGHT - BOTTOM + 14, 'text-anchor': 'middle' }, [
          String(i + 1),
        ]),
      );
    }
  });
  if (Number.isFinite(reference) && reference > 0 && reference <= yMax) {
    const label = surprisal ? `mean H = ${formatNumber(reference)}` : `1 / perplexity = ${formatNumber(reference)}`;
    parts.push(
      h('line', { class: 'ppl-mean', x1: LEFT, x2: WIDTH - RIGHT, y1: y(reference), y2: y(reference) }),
      h('text', { class: 'ppl-mean-label', x: WIDTH - RIGHT - 4, y: y(reference) - 6, 'text-anchor': 'end' }, [label]),
    );
  }
  parts.push(
    h('line', { class: 'ppl-axis-line', x1: LEFT, x2: WIDTH - RIGHT, y1: TOP + plotH, y2: TOP + plotH }),
    h('text', { class: 'ppl-axis', x: LEFT + plotW / 2, y: HEIGHT - 4, 'text-anchor': 'middle' }, ['token']),
    h('text', { class: 'ppl-axis', x: 4, y: 13 }, [surprisal ? 'surprisal −ln p (nats)' : 'probability p']),
  );
  return h(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-labelledby': 'ppl-chart-title ppl-chart-desc',
      class: 'ppl-chart',
    },
    parts,
  );
}

function tableRegion(m: PplModel): VNode {
  const count = Math.min(m.values.length, PPL_CHARTED_TOKENS);
  const entered = m.kind === 'prob' ? 'p as entered' : m.kind === 'ln' ? 'ln p as entered' : 'log₂ p as entered';
  const headers = ['Token', ...(m.kind === 'prob' ? [] : [entered]), 'Probability p', 'Surprisal −ln p (nats)'];
  const rows = m.values
    .slice(0, count)
    .map((value, i) =>
      h('tr', {}, [
        h('th', { scope: 'row' }, [String(i + 1)]),
        ...(m.kind === 'prob' ? [] : [h('td', {}, [formatNumber(value)])]),
        h('td', {}, [formatNumber(m.probs[i])]),
        h('td', {}, [formatNumber(m.surprisals[i])]),
      ]),
    );
  const more = m.values.length > count ? `; the first ${count} of ${formatCount(m.values.length)} tokens` : '';
  return h('table', { class: 'calculator__table ppl-table' }, [
    h('caption', {}, [`Each token's probability and surprisal (the chart's data${more})`]),
    h('thead', {}, [
      h(
        'tr',
        {},
        headers.map((text) => h('th', { scope: 'col' }, [text])),
      ),
    ]),
    h('tbody', {}, rows),
  ]);
}

/** The calculator's view for the given field texts. */
export function pplView(values: FieldValues): CalculatorView {
  const result = pplModel(values);
  if (!result.ok) return errorView(result.errors, OUTPUTS, REGIONS);
  const m = result.model;
  return {
    errors: {},
    outputs: outputsFor(m),
    regions: {
      note: noteRegion(m),
      chart: chartRegion(m, values['bars'] === 'surprisal'),
      table: tableRegion(m),
    },
    summary: `Perplexity ${formatNumber(m.perplexity)}; cross-entropy ${formatNumber(m.nats)} nats, ${formatNumber(m.bits)} bits per token.`,
  };
}
