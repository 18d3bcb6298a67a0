// The data-split calculator's view: a dataset size and three percentages -> the training, validation
// and test counts (largest-remainder rounding, so they always add up to the dataset size), each with
// its share filled in, a proportional SVG bar and a data table. The counts and exact shares come from
// dataSplit and splitShares in src/lib/metrics. Ships to the browser.
import { dataSplit, fsum, MetricError, splitShares } from '../metrics/index.ts';
import { formatCount, formatNumber } from './format.ts';
import { parseNumber } from './parse.ts';
import { errorView, type CalculatorView, type FieldValues } from './view.ts';
import { h, type VNode } from './vnode.ts';

/** The page's worked example: 1,200 labeled records split 70 / 15 / 15. */
export const SPLIT_DEFAULTS = {
  total: '1200',
  trainPct: '70',
  validationPct: '15',
  testPct: '15',
} as const;

/** Largest dataset accepted (a safe integer for the counts, and far beyond any real labeled set). */
export const SPLIT_MAX_TOTAL = 1e12;

const PARTS = [
  { key: 'train', field: 'trainPct', name: 'Training', range: [60, 80] },
  { key: 'validation', field: 'validationPct', name: 'Validation', range: [10, 20] },
  { key: 'test', field: 'testPct', name: 'Test', range: [10, 20] },
] as const;

const OUTPUTS = ['train', 'validation', 'test'] as const;
const REGIONS = ['bar', 'table', 'ranges'] as const;

/** Everything the calculator shows, as numbers (the unit tests check these). */
export interface SplitModel {
  readonly total: number;
  readonly pct: readonly [number, number, number];
  readonly counts: readonly [number, number, number];
  /** The exact share total × pct / 100 of each part, before rounding (for the filled-in formula). */
  readonly shares: readonly [number, number, number];
}

type ModelResult = { ok: true; model: SplitModel } | { ok: false; errors: Record<string, string> };

/** Reads the fields and splits the dataset, or says what is wrong and where. */
export function splitModel(values: FieldValues): ModelResult {
  const errors: Record<string, string> = {};
  const total = parseNumber(values['total'] ?? '', { min: 0, max: SPLIT_MAX_TOTAL, integer: true });
  if (!total.ok) errors['total'] = total.message;
  const pct: number[] = [];
  for (const part of PARTS) {
    const parsed = parseNumber(values[part.field] ?? '', { min: 0, max: 100 });
    if (parsed.ok) pct.push(parsed.value);
    else errors[part.field] = parsed.message;
  }
  if (!total.ok || pct.length !== 3) return { ok: false, errors };
  const [train, validation, test] = pct as [number, number, number];
  const percentages = { trainPct: train, validationPct: validation, testPct: test };
  let counts;
  try {
    counts = dataSplit(total.value, percentages);
  } catch (error) {
    if (!(error instanceof MetricError)) throw error;
    const sum = formatNumber(fsum(pct), 6);
    return {
      ok: false,
      errors: {
        testPct: `The three percentages add up to ${sum} %, not 100 %. Change one of them so that they add up to 100.`,
      },
    };
  }
  // The exact shares are shown next to the rounded counts.
  const shares = splitShares(total.value, percentages);
  return {
    ok: true,
    model: {
      total: total.value,
      pct: [train, validation, test],
      counts: [counts.train, counts.validation, counts.test],
      shares: [shares.train, shares.validation, shares.test],
    },
  };
}

/** "1,001 × 70 % = 700.7 → 701 (rounded up: largest remainder)". */
function filledCount(total: number, pct: number, share: number, count: number): string {
  const exact = formatNumber(share, 4);
  const head = `${formatCount(total)} × ${formatNumber(pct, 6)} % = `;
  if (Number.isInteger(share)) return `${head}${formatCount(count)}`;
  const how = count > share ? 'rounded up: it has one of the largest remainders' : 'rounded down to its whole part';
  return `${head}${exact} → ${formatCount(count)} (${how})`;
}

// Chart geometry (layout only).
// A narrow drawing (about a phone's width in CSS pixels) so its text stays readable when the SVG is
// scaled down to fit a phone; on wide screens CSS caps its width. The bar is split in proportion; the
// names and shares go in a legend below it, one line each, so thin slices never crowd their labels.
const WIDTH = 340;
const BAR_Y = 2;
const BAR_HEIGHT = 32;
const LEGEND_Y = BAR_Y + BAR_HEIGHT + 12;
const LINE_H = 20;
const HEIGHT = LEGEND_Y + PARTS.length * LINE_H;

function barChart(model: SplitModel): VNode {
  const { total, counts, pct } = model;
  let x = 0;
  const segments: VNode[] = [];
  const legend: VNode[] = [];
  PARTS.forEach((part, i) => {
    const count = counts[i]!;
    // Proportional width; an empty dataset shows the percentages instead.
    const width = total > 0 ? (count / total) * WIDTH : (pct[i]! / 100) * WIDTH;
    if (width > 0) {
      segments.push(
        h('rect', {
          class: `split-seg split-seg--${part.key}`,
          x: Math.round(x * 100) / 100,
          y: BAR_Y,
          width: Math.round(width * 100) / 100,
          height: BAR_HEIGHT,
        }),
      );
    }
    const y = LEGEND_Y + i * LINE_H;
    legend.push(
      h('rect', { class: `split-seg split-seg--${part.key}`, x: 0, y, width: 14, height: 14 }),
      h('text', { class: 'split-label', x: 22, y: y + 12 }, [part.name]),
      h('text', { class: 'split-value', x: WIDTH, y: y + 12, 'text-anchor': 'end' }, [
        `${formatNumber(pct[i]!, 2)} % · ${formatCount(count)}`,
      ]),
    );
    x += width;
  });
  const desc = PARTS.map((part, i) => `${part.name} ${formatCount(counts[i]!)} (${formatNumber(pct[i]!, 4)} %)`).join(
    ', ',
  );
  return h(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-labelledby': 'split-chart-title split-chart-desc',
      class: 'split-chart',
    },
    [
      h('title', { id: 'split-chart-title' }, ['The dataset as one bar, split in proportion']),
      h('desc', { id: 'split-chart-desc' }, [`${formatCount(total)} examples: ${desc}.`]),
      ...segments,
      ...legend,
    ],
  );
}

function dataTable(model: SplitModel): VNode {
  const rows = PARTS.map((part, i) =>
    h('tr', {}, [
      h('th', { scope: 'row' }, [`${part.name} set`]),
      h('td', {}, [`${formatNumber(model.pct[i]!, 4)} %`]),
      h('td', {}, [formatNumber(model.shares[i]!, 4)]),
      h('td', {}, [formatCount(model.counts[i]!)]),
      h('td', {}, [`${part.range[0]}–${part.range[1]} %`]),
    ]),
  );
  return h('table', { class: 'calculator__table split-table' }, [
    h('caption', {}, [`The split of ${formatCount(model.total)} examples (the bar's data)`]),
    h('thead', {}, [
      h(
        'tr',
        {},
        ['Set', 'Percentage', 'Exact share', 'Count', 'Common range'].map((text) => h('th', { scope: 'col' }, [text])),
      ),
    ]),
    h('tbody', {}, rows),
    h('tfoot', {}, [
      h('tr', {}, [
        h('th', { scope: 'row' }, ['Total']),
        h('td', {}, ['100 %']),
        h('td', {}, [formatCount(model.total)]),
        h('td', {}, [formatCount(model.total)]),
        h('td', {}, ['']),
      ]),
    ]),
  ]);
}

/** Says which percentages lie outside the common ranges (a rule of thumb, not a rule). */
function rangesNote(model: SplitModel): VNode {
  const outside = PARTS.flatMap((part, i) => {
    const pct = model.pct[i]!;
    return pct < part.range[0] || pct > part.range[1] ? [`${part.name.toLowerCase()} ${formatNumber(pct, 4)} %`] : [];
  });
  const text =
    outside.length === 0
      ? 'All three shares are inside the common ranges (training 60–80 %, validation 10–20 %, test 10–20 %).'
      : `Outside the common ranges (training 60–80 %, validation 10–20 %, test 10–20 %): ${outside.join(', ')}. That can be fine (very large datasets often keep smaller validation and test shares), but check that each set is still big enough for its job.`;
  return h('p', { class: 'split-ranges' }, [text]);
}

/** The calculator's view for the given field texts. */
export function splitView(values: FieldValues): CalculatorView {
  const result = splitModel(values);
  if (!result.ok) return errorView(result.errors, [...OUTPUTS], [...REGIONS]);
  const { model } = result;
  const outputs = Object.fromEntries(
    PARTS.map((part, i) => [part.key, filledCount(model.total, model.pct[i]!, model.shares[i]!, model.counts[i]!)]),
  );
  return {
    errors: {},
    outputs,
    regions: { bar: barChart(model), table: dataTable(model), ranges: rangesNote(model) },
    summary: `Training ${formatCount(model.counts[0])}, validation ${formatCount(model.counts[1])}, test ${formatCount(model.counts[2])} of ${formatCount(model.total)} examples.`,
  };
}
