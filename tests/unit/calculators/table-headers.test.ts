// Every table a calculator draws tells a screen reader which header cell labels which data: a header in
// the table head labels its column (scope="col"), a header at the start of a body row labels its row
// (scope="row"). Without the scope, a screen reader reading a cell of the ROC matrix or the cost table
// announces the number alone.
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
