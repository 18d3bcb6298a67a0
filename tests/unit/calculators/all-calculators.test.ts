// What every calculator owes its reader, checked on all of them at once.
// Tables: a header in the table head labels its column (scope="col"), a header at the start of a body row
// labels its row (scope="row"); without the scope, a screen reader reading a cell of the ROC matrix or the
// cost table announces the number alone.
// Charts: an SVG is one image (role="img") named by its <title> and described by its <desc>, through ids
// that must exist in the same markup, or the chart is announced as nothing.
// Input: a wrong field empties every result (no stale chart or number next to the message); a field left
// out is read as an empty one.
import { describe, expect, test } from 'vitest';
import { BIAS_DEFAULTS, biasView } from '../../../src/lib/calculators/bias.ts';
import { BLEU_DEFAULTS, bleuView } from '../../../src/lib/calculators/bleu.ts';
import { CONFUSION_DEFAULTS, confusionView } from '../../../src/lib/calculators/confusion.ts';
import { SPLIT_DEFAULTS, splitView } from '../../../src/lib/calculators/data-split.ts';
import { PPL_DEFAULTS, pplView } from '../../../src/lib/calculators/perplexity.ts';
import { REGRESSION_DEFAULTS, regressionView } from '../../../src/lib/calculators/regression.ts';
import { ROC_DEFAULTS, rocView } from '../../../src/lib/calculators/roc.ts';
import { ROUGE_DEFAULTS, rougeView } from '../../../src/lib/calculators/rouge.ts';
import { SMP_DEFAULTS, samplingView } from '../../../src/lib/calculators/sampling.ts';
import { COST_DEFAULTS, costView } from '../../../src/lib/calculators/token-cost.ts';
import type { CalculatorView } from '../../../src/lib/calculators/view.ts';
import type { VElement, VNode } from '../../../src/lib/calculators/vnode.ts';
import { elements, textOf } from './svg.ts';

const calculators: [string, (values: Record<string, string>) => CalculatorView, Record<string, string>][] = [
  ['bias', biasView, BIAS_DEFAULTS],
  ['BLEU', bleuView, BLEU_DEFAULTS],
  ['confusion matrix', confusionView, CONFUSION_DEFAULTS],
  ['data split', splitView, SPLIT_DEFAULTS],
  ['perplexity', pplView, PPL_DEFAULTS],
  ['regression', regressionView, REGRESSION_DEFAULTS],
  ['ROC', rocView, ROC_DEFAULTS],
  ['ROUGE', rougeView, ROUGE_DEFAULTS],
  ['sampling', samplingView, SMP_DEFAULTS],
  ['token cost', costView, COST_DEFAULTS],
];

const views: [string, () => CalculatorView][] = [
  ['bias', () => biasView(BIAS_DEFAULTS)],
  ['BLEU', () => bleuView(BLEU_DEFAULTS)],
  ['confusion matrix', () => confusionView(CONFUSION_DEFAULTS)],
  ['data split', () => splitView(SPLIT_DEFAULTS)],
  ['perplexity', () => pplView(PPL_DEFAULTS)],
  ['regression', () => regressionView(REGRESSION_DEFAULTS)],
  ['ROC', () => rocView(ROC_DEFAULTS)],
  ['ROUGE', () => rougeView(ROUGE_DEFAULTS)],
  ['sampling', () => samplingView(SMP_DEFAULTS)],
  ['token cost', () => costView(COST_DEFAULTS)],
];

/** Each header cell with where it sits: in the table head, or first in a body row. */
function headers(node: VNode | undefined): { text: string; scope: unknown; place: 'head' | 'row start' | 'other' }[] {
  const found: { text: string; scope: unknown; place: 'head' | 'row start' | 'other' }[] = [];
  const walk = (element: VElement, inHead: boolean) => {
    if (element.tag === 'tr') {
      element.children.forEach((child, i) => {
        if (typeof child === 'string' || child.tag !== 'th') return;
        const place = inHead ? 'head' : i === 0 ? 'row start' : 'other';
        found.push({ text: textOf(child), scope: child.attrs['scope'], place });
      });
      return;
    }
    for (const child of element.children) if (typeof child !== 'string') walk(child, inHead || element.tag === 'thead');
  };
  if (node !== undefined && typeof node !== 'string') walk(node, false);
  return found;
}

describe('calculator tables', () => {
  test.each(views)('the %s calculator scopes every header cell of its tables', (_, build) => {
    const view = build();
    const all = Object.values(view.regions).flatMap(headers);
    const tables = Object.values(view.regions).flatMap((region) =>
      elements(region).filter((element) => element.tag === 'table'),
    );
    for (const header of all) {
      const expected = header.place === 'head' ? 'col' : 'row';
      expect(header.scope, `${header.place} header “${header.text}”`).toBe(expected);
    }
    // Every table has both kinds, or there is no table in this view's regions.
    expect(all.some((header) => header.place === 'head')).toBe(tables.length > 0);
    expect(all.some((header) => header.place === 'row start')).toBe(tables.length > 0);
    expect(all.filter((header) => header.place === 'other')).toEqual([]);
  });
});

describe('calculator charts', () => {
  test.each(views)('the %s calculator names and describes each chart through ids that exist', (_, build) => {
    for (const [name, region] of Object.entries(build().regions)) {
      const all = elements(region);
      const ids = new Set(all.map((element) => element.attrs['id']).filter((id) => id !== undefined));
      for (const svg of all.filter((element) => element.tag === 'svg')) {
        expect(svg.attrs['role'], `${name}: svg role`).toBe('img');
        const named = String(svg.attrs['aria-labelledby'] ?? '').split(' ');
        const described = String(svg.attrs['aria-describedby'] ?? '')
          .split(' ')
          .filter(Boolean);
        const refs = [...named, ...described];
        const own = elements(svg);
        const title = own.find((element) => element.tag === 'title');
        const desc = own.find((element) => element.tag === 'desc');
        // The name starts with the title; the description (by either attribute) is the desc.
        expect(named[0], `${name}: the chart's name`).toBe(title?.attrs['id']);
        expect(refs, `${name}: the chart's description`).toContain(desc?.attrs['id']);
        expect(textOf(title!).length).toBeGreaterThan(10);
        expect(textOf(desc!).length).toBeGreaterThan(10);
        // Text sits in <text>, <title> or <desc>: a bare string elsewhere in a drawing is not drawn.
        const stray = own
          .filter((element) => !['text', 'tspan', 'title', 'desc'].includes(element.tag))
          .flatMap((element) => element.children.filter((child) => typeof child === 'string'));
        expect(stray, `${name}: text outside <text>`).toEqual([]);
      }
      for (const element of all) {
        for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls']) {
          const value = element.attrs[attr];
          if (value === undefined) continue;
          for (const id of String(value).split(' ')) expect(ids.has(id), `${name}: ${attr} → #${id}`).toBe(true);
        }
      }
    }
  });
});

describe('a field the calculator cannot use', () => {
  // Each field emptied in turn, the others as in the page's example: a required field is named, alone,
  // and every result is emptied; an optional one (a checkbox, a choice) changes no error.
  const cases = calculators.flatMap(([calculator, view, defaults]) =>
    Object.keys(defaults).map((field) => [calculator, field, view, defaults] as const),
  );
  test.each(cases)('the %s calculator, its field %s emptied', (_, field, view, defaults) => {
    const good = view(defaults);
    const bad = view({ ...defaults, [field]: '' });
    if (Object.keys(bad.errors).length === 0) {
      expect(bad.summary).not.toMatch(/correction/);
      return;
    }
    expect(Object.keys(bad.errors)).toEqual([field]);
    expect(bad.summary).toBe('One field needs a correction.');
    expect(Object.keys(bad.outputs).sort()).toEqual(Object.keys(good.outputs).sort());
    // A dash for each result; the bias calculator leaves its explaining sentences empty instead.
    for (const [name, text] of Object.entries(bad.outputs))
      expect(text, name).toBe(name.endsWith('Meaning') ? '' : '—');
    expect(Object.keys(bad.regions).sort()).toEqual(Object.keys(good.regions).sort());
    for (const region of Object.values(bad.regions)) expect(region).toBe('');
  });

  test('is named in the cases above for most fields', () => {
    const required = cases.filter(([, field, view, defaults]) => field in view({ ...defaults, [field]: '' }).errors);
    expect(required.length).toBeGreaterThan(30);
  });
});

describe('fields missing altogether', () => {
  test.each(calculators)(
    'are read by the %s calculator as empty fields, with the same messages',
    (_, view, defaults) => {
      const empty = Object.fromEntries(Object.keys(defaults).map((name) => [name, '']));
      const missing = view({}).errors;
      expect(Object.keys(missing).length).toBeGreaterThan(0);
      expect(missing).toEqual(view(empty).errors);
    },
  );
});
