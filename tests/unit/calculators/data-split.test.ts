import { describe, expect, test } from 'vitest';
import { SPLIT_DEFAULTS, splitModel, splitView } from '../../../src/lib/calculators/data-split.ts';
import { toHtml, type VNode } from '../../../src/lib/calculators/vnode.ts';

const html = (node: VNode | undefined) => (node === undefined ? '' : toHtml(node));
const withDefaults = (changes: Record<string, string>) => ({ ...SPLIT_DEFAULTS, ...changes });

describe('splitView', () => {
  test('splits the page’s 1200 records 70 / 15 / 15 into 840, 180 and 180', () => {
    const view = splitView(SPLIT_DEFAULTS);
    expect(view.errors).toEqual({});
    expect(view.outputs).toEqual({
      train: '1,200 × 70 % = 840',
      validation: '1,200 × 15 % = 180',
      test: '1,200 × 15 % = 180',
    });
    expect(view.summary).toBe('Training 840, validation 180, test 180 of 1,200 examples.');
  });

  test('rounds 1001 examples by the largest remainder so the counts still add up', () => {
    const view = splitView(withDefaults({ total: '1001' }));
    expect(view.outputs).toEqual({
      train: '1,001 × 70 % = 700.7 → 701 (rounded up: it has one of the largest remainders)',
      validation: '1,001 × 15 % = 150.15 → 150 (rounded down to its whole part)',
      test: '1,001 × 15 % = 150.15 → 150 (rounded down to its whole part)',
    });
  });

  test('gives the leftover example to the largest remainder with 33.3 / 33.3 / 33.4', () => {
    const result = splitModel({ total: '10', trainPct: '33.3', validationPct: '33.3', testPct: '33.4' });
    expect(result.ok && result.model.counts).toEqual([3, 3, 4]);
  });

  test('breaks a tie in the remainders in favor of training, then validation', () => {
    const result = splitModel({ total: '10', trainPct: '35', validationPct: '35', testPct: '30' });
    expect(result.ok && result.model.counts).toEqual([4, 3, 3]);
  });

  test('splits an empty dataset into zeros', () => {
    expect(splitView(withDefaults({ total: '0' })).outputs['train']).toBe('0 × 70 % = 0');
  });

  test('refuses percentages that do not add up to 100, saying the current sum', () => {
    const view = splitView(withDefaults({ trainPct: '80' }));
    expect(view.errors).toEqual({
      testPct: 'The three percentages add up to 110 %, not 100 %. Change one of them so that they add up to 100.',
    });
    expect(view.outputs).toEqual({ train: '—', validation: '—', test: '—' });
    expect(splitView(withDefaults({ testPct: '14.5' })).errors['testPct']).toMatch(/add up to 99.5 %/);
  });

  test.each([
    ['total', '', 'Enter a number.'],
    ['total', '12.5', 'Enter a whole number.'],
    ['total', '-5', 'Enter a number of at least 0.'],
    ['total', '1e13', 'Enter a number of at most 1,000,000,000,000.'],
    ['trainPct', 'seventy', '“seventy” is not a number.'],
    ['validationPct', '-15', 'Enter a number of at least 0.'],
    ['testPct', '150', 'Enter a number of at most 100.'],
  ])('refuses %s = %j with a message', (name, text, message) => {
    expect(splitView(withDefaults({ [name]: text })).errors).toEqual({ [name]: message });
  });

  test('refuses a 1 MB paste at once', () => {
    expect(splitView(withDefaults({ total: '9'.repeat(1_000_000) })).errors['total']).toMatch(/too long/);
  });

  test('draws a proportional SVG bar with a title and a description', () => {
    const bar = html(splitView(SPLIT_DEFAULTS).regions['bar']);
    expect(bar).toMatch(/^<svg [^>]*role="img"/);
    expect(bar).toContain('<title id="split-chart-title">');
    expect(bar).toContain('1,200 examples: Training 840 (70 %), Validation 180 (15 %), Test 180 (15 %).');
    // 70 % and 15 % of the 340-unit bar.
    expect(bar).toContain('class="split-seg split-seg--train" x="0" y="2" width="238"');
    expect(bar).toContain('class="split-seg split-seg--validation" x="238" y="2" width="51"');
  });

  test('names every set in a legend line, even a slice too thin to label', () => {
    const bar = html(splitView(withDefaults({ trainPct: '98', validationPct: '1', testPct: '1' })).regions['bar']);
    for (const line of ['Training</text>', '98 % · 1,176', 'Validation</text>', '1 % · 12', 'Test</text>']) {
      expect(bar).toContain(line);
    }
  });

  test('gives the bar’s numbers as a table', () => {
    const table = html(splitView(withDefaults({ total: '1001' })).regions['table']);
    expect(table).toContain('<th scope="row">Training set</th><td>70 %</td><td>700.7</td><td>701</td><td>60–80 %</td>');
  });

  test('names the shares outside the common ranges', () => {
    expect(html(splitView(SPLIT_DEFAULTS).regions['ranges'])).toContain(
      'All three shares are inside the common ranges',
    );
    expect(
      html(splitView(withDefaults({ trainPct: '90', validationPct: '5', testPct: '5' })).regions['ranges']),
    ).toContain('training 90 %, validation 5 %, test 5 %');
  });
});
