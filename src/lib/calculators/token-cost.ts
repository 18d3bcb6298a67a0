// The token-cost calculator's view: tokens per request, the number of requests, the reader's own
// per-1,000-token prices and a batch discount -> on-demand and batch cost with the formula filled
// in, and the savings, plus a two-bar SVG comparison. The amounts come from tokenCost in
// src/lib/metrics. Ships to the browser.
import { tokenCost } from '../metrics/index.ts';
import { formatCount, formatNumber } from './format.ts';
import { parseNumber } from './parse.ts';
import { errorView, type CalculatorView, type FieldValues } from './view.ts';
import { h, type VNode } from './vnode.ts';

/**
 * The page's worked example (content/worked-examples bedrock-token-cost): 10,000 requests of 2,000
 * input and 500 output tokens at MADE-UP example prices of 0.0008 and 0.0032 per 1,000 tokens, batch
 * 50 % off. These prices are practice numbers, not current Amazon Bedrock prices.
 */
export const COST_DEFAULTS = {
  inputTokens: '2000',
  outputTokens: '500',
  requests: '10000',
  inputPrice: '0.0008',
  outputPrice: '0.0032',
  discount: '50',
} as const;

const TOKEN_RULES = { min: 0, max: 10_000_000, integer: true } as const;
const REQUEST_RULES = { min: 0, max: 1e9, integer: true } as const;
const PRICE_RULES = { min: 0, max: 1000 } as const;
const DISCOUNT_RULES = { min: 0, max: 100 } as const;

const OUTPUTS = ['inputPart', 'outputPart', 'perRequest', 'onDemand', 'batch', 'savings'] as const;
const REGIONS = ['chart'] as const;

/** Everything the calculator shows, as numbers (the unit tests check these). */
export interface CostModel {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly requests: number;
  readonly inputPrice: number;
  readonly outputPrice: number;
  /** Percent, 0 to 100, as typed. */
  readonly discountPct: number;
  readonly inputPart: number;
  readonly outputPart: number;
  readonly perRequest: number;
  readonly onDemand: number;
  readonly batch: number;
  readonly savings: number;
}

type ModelResult = { ok: true; model: CostModel } | { ok: false; errors: Record<string, string> };

/**
 * An amount of money: at least two decimals (cents), and up to six for the small per-request amounts
 * (0.0016, 0.0135); thousands separators; below 0.000001 in scientific notation.
 */
export function money(value: number): string {
  if (!Number.isFinite(value) || (value !== 0 && Math.abs(value) < 1e-6)) return formatNumber(value, 6);
  return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 6 });
}

/** Reads the fields and prices the workload, or says what is wrong and where. */
export function costModel(values: FieldValues): ModelResult {
  const errors: Record<string, string> = {};
  const read = (name: string, rules: Parameters<typeof parseNumber>[1]): number => {
    const parsed = parseNumber(values[name] ?? '', rules);
    if (parsed.ok) return parsed.value;
    errors[name] = parsed.message;
    return 0;
  };
  const inputTokens = read('inputTokens', TOKEN_RULES);
  const outputTokens = read('outputTokens', TOKEN_RULES);
  const requests = read('requests', REQUEST_RULES);
  const inputPrice = read('inputPrice', PRICE_RULES);
  const outputPrice = read('outputPrice', PRICE_RULES);
  const discountPct = read('discount', DISCOUNT_RULES);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const cost = tokenCost({
    requests,
    batchDiscountPercent: discountPct,
    inputTokens,
    outputTokens,
    inputPricePer1k: inputPrice,
    outputPricePer1k: outputPrice,
  });
  return {
    ok: true,
    model: {
      inputTokens,
      outputTokens,
      requests,
      inputPrice,
      outputPrice,
      discountPct,
      inputPart: cost.inputPerRequest,
      outputPart: cost.outputPerRequest,
      perRequest: cost.perRequest,
      onDemand: cost.onDemand,
      batch: cost.batch,
      savings: cost.savings,
    },
  };
}

const price = (value: number) => formatNumber(value, 8);

function filledOutputs(m: CostModel): Record<string, string> {
  const pct = formatNumber(m.discountPct, 4);
  return {
    inputPart: `${formatCount(m.inputTokens)} / 1,000 × ${price(m.inputPrice)} = ${money(m.inputPart)}`,
    outputPart: `${formatCount(m.outputTokens)} / 1,000 × ${price(m.outputPrice)} = ${money(m.outputPart)}`,
    perRequest: `${money(m.inputPart)} + ${money(m.outputPart)} = ${money(m.perRequest)}`,
    onDemand: `${money(m.perRequest)} × ${formatCount(m.requests)} = ${money(m.onDemand)}`,
    batch: `${money(m.onDemand)} × (1 − ${pct} %) = ${money(m.batch)}`,
    savings: `${money(m.onDemand)} − ${money(m.batch)} = ${money(m.savings)} (${pct} % less)`,
  };
}

// Chart geometry (layout only).
// A narrow drawing (about a phone's width in CSS pixels) so its text stays readable when the SVG is
// scaled down to fit a phone; on wide screens CSS caps its width. Each row is a line of text (name on
// the left, amount on the right, so a long amount never runs off a bar) above its bar.
const WIDTH = 340;
const ROW_H = 44;
const BAR_H = 16;

function comparisonChart(m: CostModel): VNode {
  const bars = [
    { label: 'On-demand', value: m.onDemand, cls: 'cost-bar--ondemand' },
    { label: 'Batch', value: m.batch, cls: 'cost-bar--batch' },
  ];
  const max = m.onDemand > 0 ? m.onDemand : 1;
  const height = bars.length * ROW_H;
  return h(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: 'img',
      'aria-labelledby': 'cost-chart-title cost-chart-desc',
      class: 'cost-chart',
    },
    [
      h('title', { id: 'cost-chart-title' }, ['On-demand and batch cost of the workload']),
      h('desc', { id: 'cost-chart-desc' }, [
        `On-demand ${money(m.onDemand)}, batch ${money(m.batch)}; batch saves ${money(m.savings)}.`,
      ]),
      ...bars.flatMap((bar, i) => {
        const y = i * ROW_H;
        const width = Math.round((bar.value / max) * WIDTH * 100) / 100;
        return [
          h('text', { class: 'cost-label', x: 0, y: y + 14 }, [bar.label]),
          h('text', { class: 'cost-value', x: WIDTH, y: y + 14, 'text-anchor': 'end' }, [money(bar.value)]),
          h('rect', { class: `cost-bar ${bar.cls}`, x: 0, y: y + 20, width, height: BAR_H }),
        ];
      }),
    ],
  );
}

/** The calculator's view for the given field texts. */
export function costView(values: FieldValues): CalculatorView {
  const result = costModel(values);
  if (!result.ok) return errorView(result.errors, [...OUTPUTS], [...REGIONS]);
  const { model } = result;
  return {
    errors: {},
    outputs: filledOutputs(model),
    regions: {
      chart: h('div', {}, [
        comparisonChart(model),
        h('details', { class: 'cost-data' }, [
          h('summary', {}, ['The chart as a table']),
          h('table', { class: 'calculator__table' }, [
            h('thead', {}, [h('tr', {}, [h('th', { scope: 'col' }, ['Mode']), h('th', { scope: 'col' }, ['Cost'])])]),
            h('tbody', {}, [
              h('tr', {}, [h('th', { scope: 'row' }, ['On-demand']), h('td', {}, [money(model.onDemand)])]),
              h('tr', {}, [
                h('th', { scope: 'row' }, [`Batch (${formatNumber(model.discountPct, 4)} % off)`]),
                h('td', {}, [money(model.batch)]),
              ]),
              h('tr', {}, [h('th', { scope: 'row' }, ['Savings']), h('td', {}, [money(model.savings)])]),
            ]),
          ]),
        ]),
      ]),
    },
    summary: `On-demand ${money(model.onDemand)}; batch ${money(model.batch)}; batch saves ${money(model.savings)}.`,
  };
}
