// The data-split calculator's bar, legend, table and range note for 1,200 examples split 70 / 15 / 15
// (840, 180 and 180, worked by hand) and a few edge cases.
import { describe, expect, test } from 'vitest';
import { SPLIT_DEFAULTS, splitView } from '../../../src/lib/calculators/data-split.ts';
import type { VNode } from '../../../src/lib/calculators/vnode.ts';
import { at, byClass, elements, expectInsideViewBox, textOf, viewBox } from './svg.ts';

const view = (changes: Record<string, string> = {}) => splitView({ ...SPLIT_DEFAULTS, ...changes });
const rows = (node: VNode | undefined) =>
  elements(node)
    .filter((element) => element.tag === 'tr')
    .map((row) => row.children.map(textOf));
/** The bar's segments (the legend's swatches are the 14-unit squares). */
const segments = (node: VNode | undefined) => byClass(node, 'split-seg').filter((rect) => at(rect, 'width') !== 14);

describe('the split bar', () => {
  test('fills the width with segments in proportion, side by side, in order', () => {
    const bar = view().regions['bar'];
    // 340 units wide: 70 % is 238, 15 % is 51.
    expect(viewBox(bar).width).toBe(340);
    const parts = segments(bar);
    expect(parts.map((rect) => rect.attrs['class'])).toEqual([
      'split-seg split-seg--train',
      'split-seg split-seg--validation',
      'split-seg split-seg--test',
    ]);
    expect(parts.map((rect) => at(rect, 'width'))).toEqual([238, 51, 51]);
    expect(parts.map((rect) => at(rect, 'x'))).toEqual([0, 238, 289]);
    expectInsideViewBox(bar);
  });

  test('follows the rounded counts, not the percentages, so the bar matches the numbers beside it', () => {
    // 7 examples at 70 / 15 / 15 %: shares 4.9, 1.05, 1.05 round to 5, 1, 1 (largest remainder).
    const bar = view({ total: '7' }).regions['bar'];
    expect(byClass(bar, 'split-value').map(textOf)).toEqual(['70 % · 5', '15 % · 1', '15 % · 1']);
    const widths = segments(bar).map((rect) => at(rect, 'width'));
    expect(widths).toEqual([5, 1, 1].map((count) => Math.round((count / 7) * 340 * 100) / 100));
  });

  test('leaves out an empty part, and shows the percentages for an empty dataset', () => {
    const noValidation = segments(view({ trainPct: '80', validationPct: '0', testPct: '20' }).regions['bar']);
    expect(noValidation.map((rect) => rect.attrs['class'])).toEqual([
      'split-seg split-seg--train',
      'split-seg split-seg--test',
    ]);
    const empty = view({ total: '0' }).regions['bar'];
    expect(segments(empty).map((rect) => at(rect, 'width'))).toEqual([238, 51, 51]);
  });

  test('lists each set under the bar, one line each, with its share and count', () => {
    const bar = view().regions['bar'];
    const swatches = byClass(bar, 'split-seg').filter((rect) => at(rect, 'width') === 14);
    const labels = byClass(bar, 'split-label');
    const values = byClass(bar, 'split-value');
    expect(labels.map(textOf)).toEqual(['Training', 'Validation', 'Test']);
    expect(values.map(textOf)).toEqual(['70 % · 840', '15 % · 180', '15 % · 180']);
    const barBottom = at(segments(bar)[0]!, 'y') + at(segments(bar)[0]!, 'height');
    swatches.forEach((swatch, i) => {
      expect(at(swatch, 'y')).toBeGreaterThan(barBottom);
      if (i > 0) expect(at(swatch, 'y')).toBeGreaterThanOrEqual(at(swatches[i - 1]!, 'y') + 14);
      // Label and value on the swatch's line: below its top, above the next line.
      expect(at(labels[i]!, 'y')).toBeGreaterThan(at(swatch, 'y'));
      expect(at(labels[i]!, 'y')).toBeLessThanOrEqual(at(swatch, 'y') + 14);
      expect(at(values[i]!, 'y')).toBe(at(labels[i]!, 'y'));
      expect(at(labels[i]!, 'x')).toBeGreaterThan(14);
      expect(values[i]!.attrs['text-anchor']).toBe('end');
      expect(at(values[i]!, 'x')).toBe(viewBox(bar).width);
    });
    expect(at(swatches.at(-1)!, 'y') + 14).toBeLessThanOrEqual(viewBox(bar).height);
  });

  test('names and describes itself for screen readers', () => {
    const bar = view().regions['bar'];
    const svg = elements(bar)[0]!;
    expect([svg.attrs['role'], svg.attrs['aria-labelledby'], svg.attrs['class']]).toEqual([
      'img',
      'split-chart-title split-chart-desc',
      'split-chart',
    ]);
    expect(textOf(elements(bar).find((e) => e.tag === 'title')!)).toBe('The dataset as one bar, split in proportion');
    const desc = elements(bar).find((e) => e.tag === 'desc')!;
    expect(desc.attrs['id']).toBe('split-chart-desc');
    expect(textOf(desc)).toBe('1,200 examples: Training 840 (70 %), Validation 180 (15 %), Test 180 (15 %).');
  });
});

describe('the split table and range note', () => {
  test('give the bar’s numbers, with a total row', () => {
    const table = view().regions['table'];
    expect(textOf(elements(table).find((e) => e.tag === 'caption')!)).toBe(
      "The split of 1,200 examples (the bar's data)",
    );
    expect(rows(table)).toEqual([
      ['Set', 'Percentage', 'Exact share', 'Count', 'Common range'],
      ['Training set', '70 %', '840', '840', '60–80 %'],
      ['Validation set', '15 %', '180', '180', '10–20 %'],
      ['Test set', '15 %', '180', '180', '10–20 %'],
      ['Total', '100 %', '1,200', '1,200', ''],
    ]);
    expect(
      elements(table)
        .filter((e) => e.tag === 'th' && e.attrs['scope'] === 'row')
        .map(textOf),
    ).toEqual(['Training set', 'Validation set', 'Test set', 'Total']);
    expect(elements(table)[0]?.attrs['class']).toBe('calculator__table split-table');
  });

  test('count a share exactly at the edge of a common range as inside it', () => {
    const edges = view({ trainPct: '80', validationPct: '10', testPct: '10' }).regions['ranges'];
    expect(textOf(edges!)).toBe(
      'All three shares are inside the common ranges (training 60–80 %, validation 10–20 %, test 10–20 %).',
    );
    expect(elements(edges)[0]?.attrs['class']).toBe('split-ranges');
    const low = view({ trainPct: '60', validationPct: '20', testPct: '20' }).regions['ranges'];
    expect(textOf(low!)).toMatch(/^All three shares are inside/);
    const outside = view({ trainPct: '59', validationPct: '21', testPct: '20' }).regions['ranges'];
    expect(textOf(outside!)).toMatch(/: training 59 %, validation 21 %\. That can be fine/);
  });

  test('show no regions for input it cannot use', () => {
    const bad = view({ total: '-1' });
    expect(bad.regions).toEqual({ bar: '', table: '', ranges: '' });
    expect(bad.errors).toEqual({ total: 'Enter a number of at least 0.' });
  });
});
