// The confusion-matrix calculator's view against the classification vectors (scikit-learn 1.2.1):
// the filled-in formulas of the 2 × 2 part and every cell of the per-class report table.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CONFUSION_DEFAULTS, confusionView } from '../../../src/lib/calculators/confusion.ts';
import { formatNumber } from '../../../src/lib/calculators/format.ts';
import { toHtml, type VNode } from '../../../src/lib/calculators/vnode.ts';
import { decodeFloat } from '../helpers/close.ts';
import { elements, textOf } from './svg.ts';

interface Averaged {
  precision: unknown;
  recall: unknown;
  f1: unknown;
}
interface Block {
  per_class: { precision: unknown[]; recall: unknown[]; f1: unknown[]; specificity: unknown[]; support: number[] };
  macro: Averaged;
  micro: Averaged;
  weighted: Averaged;
  binary?: Averaged & { specificity: unknown };
}
interface ClassificationCase {
  name: string;
  kind: string;
  input: { matrix: number[][]; tp?: number; fp?: number; fn?: number; tn?: number };
  expected: { n_samples: number; accuracy: unknown; by_zero_division: Record<string, Block> };
}
const file = JSON.parse(readFileSync('tests/vectors/classification.json', 'utf8')) as { cases: ClassificationCase[] };

// The calculator takes up to 20 classes of counts up to 10⁹; the vectors' cases within that.
const fits = (c: ClassificationCase) =>
  c.input.matrix.length <= 20 && c.input.matrix.every((row) => row.every((count) => count <= 1e9));
const matrixCases = file.cases.filter(fits);
const binaryCases = file.cases.filter((c) => c.kind === 'binary_confusion_matrix' && fits(c));

const num = (value: unknown) => decodeFloat(value) as number;
const shown = (value: unknown) => formatNumber(num(value));
const matrixText = (matrix: number[][]) => matrix.map((row) => row.join(' ')).join('\n');

/** The text of a node and its children. */
const text = (node: VNode): string => (typeof node === 'string' ? node : node.children.map(text).join(''));
/** Every table row as the text of its cells. */
function rows(node: VNode | undefined): string[][] {
  if (node === undefined || typeof node === 'string') return [];
  if (node.tag === 'tr') return [node.children.map(text)];
  return node.children.flatMap(rows);
}
function caption(node: VNode | undefined): string {
  if (node === undefined || typeof node === 'string') return '';
  if (node.tag === 'caption') return text(node);
  return node.children.map(caption).join('');
}

describe('confusionView: the 2 × 2 formulas on the reference vectors', () => {
  test('covers the binary cases', () => {
    expect(binaryCases.length).toBeGreaterThan(20);
  });

  test.each(binaryCases.map((c) => [c.name, c] as const))('fills in %s', (_, c) => {
    const { tp, fp, fn, tn } = c.input as Required<ClassificationCase['input']>;
    const view = confusionView({
      ...CONFUSION_DEFAULTS,
      tp: `${tp}`,
      fp: `${fp}`,
      fn: `${fn}`,
      tn: `${tn}`,
      beta: '1',
    });
    expect(view.errors).toEqual({});
    // The "nan" block is undefined (NaN) exactly where a denominator is 0.
    const binary = c.expected.by_zero_division['nan']!.binary!;
    const filled = (value: unknown, formula: string, denominator: string) =>
      Number.isNaN(num(value))
        ? expect.stringMatching(`^undefined: ${denominator} = 0 \\(`)
        : `${formula} = ${shown(value)}`;
    expect(view.outputs).toEqual({
      accuracy: filled(
        c.expected.accuracy,
        `(${tp} + ${tn}) / (${tp} + ${tn} + ${fp} + ${fn})`,
        `${tp} \\+ ${tn} \\+ ${fp} \\+ ${fn}`,
      ),
      precision: filled(binary.precision, `${tp} / (${tp} + ${fp})`, `${tp} \\+ ${fp}`),
      recall: filled(binary.recall, `${tp} / (${tp} + ${fn})`, `${tp} \\+ ${fn}`),
      specificity: filled(binary.specificity, `${tn} / (${tn} + ${fp})`, `${tn} \\+ ${fp}`),
      f1: filled(binary.f1, `2 × ${tp} / (2 × ${tp} + ${fp} + ${fn})`, `2 × ${tp} \\+ ${fp} \\+ ${fn}`),
      // β = 1: F-beta is F1, written with β² = 1.
      fbeta: filled(
        binary.f1,
        `(1 + 1) × ${tp} / ((1 + 1) × ${tp} + 1 × ${fn} + ${fp})`,
        `\\(1 \\+ 1\\) × ${tp} \\+ 1 × ${fn} \\+ ${fp}`,
      ),
    });
  });

  test.each(binaryCases.map((c) => [c.name, c] as const))('F2 of %s agrees with precision and recall', (_, c) => {
    const { tp, fp, fn, tn } = c.input as Required<ClassificationCase['input']>;
    const binary = c.expected.by_zero_division['nan']!.binary!;
    const [p, r] = [num(binary.precision), num(binary.recall)];
    const fbeta = confusionView({
      ...CONFUSION_DEFAULTS,
      tp: `${tp}`,
      fp: `${fp}`,
      fn: `${fn}`,
      tn: `${tn}`,
      beta: '2',
    }).outputs['fbeta'];
    // Fβ = (1 + β²)·TP / ((1 + β²)·TP + β²·FN + FP), shown with the counts in their places.
    expect(fbeta).toMatch(
      new RegExp(`^\\(1 \\+ 4\\) × ${tp} / \\(\\(1 \\+ 4\\) × ${tp} \\+ 4 × ${fn} \\+ ${fp}\\) = |^undefined`),
    );
    if (Number.isNaN(p) || Number.isNaN(r) || 4 * p + r === 0) return;
    // The same score from the reference's precision and recall: Fβ = (1 + β²)·P·R / (β²·P + R).
    const shownValue = Number(fbeta?.split(' = ')[1]);
    expect(Math.abs(shownValue - (5 * p * r) / (4 * p + r))).toBeLessThanOrEqual(0.5e-4 + 1e-12);
  });

  test('shows the textbook F2 of the default counts', () => {
    // TP 80, FP 10, FN 20: (5 × 80) / (5 × 80 + 4 × 20 + 10) = 400 / 490.
    const view = confusionView(CONFUSION_DEFAULTS);
    expect(view.outputs['fbeta']).toBe(`(1 + 4) × 80 / ((1 + 4) × 80 + 4 × 20 + 10) = ${formatNumber(400 / 490)}`);
    expect(view.outputs['accuracy']).toBe(`(80 + 90) / (80 + 90 + 10 + 20) = 0.85`);
    expect(view.summary).toBe('Precision 80 / (80 + 10) = 0.8889; recall 80 / (80 + 20) = 0.8.');
  });
});

describe('confusionView: the report table on the reference vectors', () => {
  test('covers binary and multiclass cases', () => {
    expect(matrixCases.length).toBeGreaterThan(60);
    expect(matrixCases.some((c) => c.input.matrix.length >= 5)).toBe(true);
  });

  const blocks = matrixCases.flatMap((c) =>
    Object.keys(c.expected.by_zero_division).map((zd) => [`${c.name}, zero_division ${zd}`, c, zd] as const),
  );
  test.each(blocks)('lists every class and average of %s', (_, c, zd) => {
    const view = confusionView({ ...CONFUSION_DEFAULTS, matrix: matrixText(c.input.matrix), zeroDivision: zd });
    expect(view.errors).toEqual({});
    const block = c.expected.by_zero_division[zd]!;
    const pc = block.per_class;
    const n = c.expected.n_samples;
    expect(caption(view.regions['report'])).toBe(
      `Per class (one vs rest) and averages; accuracy ${shown(c.expected.accuracy)} over ${n} samples`,
    );
    const average = (label: string, a: Averaged) => [
      label,
      shown(a.precision),
      shown(a.recall),
      shown(a.f1),
      '—',
      `${n}`,
    ];
    expect(rows(view.regions['report'])).toEqual([
      ['Class', 'Precision', 'Recall', 'F1', 'Specificity', 'Support'],
      ...c.input.matrix.map((_, k) => [
        `Class ${k}`,
        shown(pc.precision[k]),
        shown(pc.recall[k]),
        shown(pc.f1[k]),
        shown(pc.specificity[k]),
        `${pc.support[k]}`,
      ]),
      average('Macro average', block.macro),
      average('Micro average', block.micro),
      average('Weighted average', block.weighted),
    ]);
  });

  test('never shows NaN, Infinity or null, even for an all-zero matrix', () => {
    const view = confusionView({ ...CONFUSION_DEFAULTS, matrix: '0 0\n0 0', tp: '0', fp: '0', fn: '0', tn: '0' });
    const all = [...Object.values(view.outputs), toHtml(view.regions['report']!), view.summary].join(' ');
    expect(all).not.toMatch(/NaN|Infinity|null/);
    expect(view.outputs['accuracy']).toBe('undefined: 0 + 0 + 0 + 0 = 0 (no samples)');
  });
});

describe('confusionView: input it cannot use', () => {
  test('names each bad count and leaves every result empty', () => {
    const view = confusionView({ ...CONFUSION_DEFAULTS, tp: '-1', fn: '2.5', beta: '0' });
    expect(view.errors).toEqual({
      tp: 'Enter a number of at least 0.',
      fn: 'Enter a whole number.',
      beta: 'Enter a number greater than 0.',
    });
    expect(Object.values(view.outputs)).toEqual(['—', '—', '—', '—', '—', '—']);
    expect(view.regions['report']).toBe('');
    expect(view.summary).toBe('3 fields need a correction.');
  });

  test.each([
    ['a row too short', '1 2\n3', 'Row 2 has 1 counts; a 2-class matrix needs 2 per row.'],
    ['a fraction', '1 2\n3 0.5', 'Row 2: '],
    ['no rows', '  \n ', 'Enter '],
    ['21 classes', Array.from({ length: 21 }, () => '1').join('\n'), 'That is 21 rows; the limit is 20 classes.'],
  ])('refuses a matrix with %s', (_, matrix, message) => {
    const view = confusionView({ ...CONFUSION_DEFAULTS, matrix });
    expect(view.errors['matrix']).toContain(message);
    expect(view.summary).toBe('One field needs a correction.');
  });

  test('falls back to the "warn" convention for an unknown zero_division', () => {
    const matrix = '0 0\n0 5';
    const unknown = confusionView({ ...CONFUSION_DEFAULTS, matrix, zeroDivision: 'bogus' });
    expect(unknown).toEqual(confusionView({ ...CONFUSION_DEFAULTS, matrix, zeroDivision: 'warn' }));
    expect(unknown).not.toEqual(confusionView({ ...CONFUSION_DEFAULTS, matrix, zeroDivision: '1' }));
  });
});

describe('confusionView: what it says in the edge cases', () => {
  test('says why each ratio is undefined', () => {
    const view = confusionView({ ...CONFUSION_DEFAULTS, tp: '0', fp: '0', fn: '0', tn: '0' });
    expect(view.outputs).toEqual({
      accuracy: 'undefined: 0 + 0 + 0 + 0 = 0 (no samples)',
      precision: 'undefined: 0 + 0 = 0 (nothing was predicted positive)',
      recall: 'undefined: 0 + 0 = 0 (there are no actual positives)',
      specificity: 'undefined: 0 + 0 = 0 (there are no actual negatives)',
      f1: 'undefined: 2 × 0 + 0 + 0 = 0 (precision and recall are both undefined)',
      fbeta: 'undefined: (1 + 4) × 0 + 4 × 0 + 0 = 0 (precision and recall are both undefined)',
    });
  });

  test('gives the report table row and column headers for screen readers', () => {
    const report = confusionView(CONFUSION_DEFAULTS).regions['report'];
    const headers = (scope: string) =>
      elements(report)
        .filter((element) => element.tag === 'th' && element.attrs['scope'] === scope)
        .map(textOf);
    expect(headers('col')).toEqual(['Class', 'Precision', 'Recall', 'F1', 'Specificity', 'Support']);
    expect(headers('row')).toEqual([
      'Class 0',
      'Class 1',
      'Class 2',
      'Macro average',
      'Micro average',
      'Weighted average',
    ]);
    expect(elements(report).filter((element) => element.tag === 'th')).toHaveLength(12);
  });

  test('skips blank and space-only lines between the matrix rows', () => {
    const view = confusionView({ ...CONFUSION_DEFAULTS, matrix: '5 1\n\n   \n2 7\n' });
    expect(view.errors).toEqual({});
    expect(rows(view.regions['report']).map((row) => row[0])).toEqual([
      'Class',
      'Class 0',
      'Class 1',
      'Macro average',
      'Micro average',
      'Weighted average',
    ]);
  });

  test('accepts 20 classes, the limit', () => {
    const matrix = Array.from({ length: 20 }, (_, i) =>
      Array.from({ length: 20 }, (_, j) => (i === j ? 5 : 1)).join(' '),
    ).join('\n');
    const view = confusionView({ ...CONFUSION_DEFAULTS, matrix });
    expect(view.errors).toEqual({});
    expect(rows(view.regions['report'])).toHaveLength(1 + 20 + 3);
  });

  test('names the first row when it is the one of the wrong length', () => {
    expect(confusionView({ ...CONFUSION_DEFAULTS, matrix: '1\n2 3' }).errors['matrix']).toBe(
      'Row 1 has 1 counts; a 2-class matrix needs 2 per row.',
    );
  });

  test('refuses a pasted matrix over the length limit as too long', () => {
    const matrix = '1 2\n3 4\n'.repeat(2_501);
    expect(confusionView({ ...CONFUSION_DEFAULTS, matrix }).errors['matrix']).toBe(
      `That is too long (${matrix.length.toLocaleString('en-US')} characters); the limit is 20,000.`,
    );
  });

  test('shows no results while a single count is wrong, even with β and the matrix fine', () => {
    const view = confusionView({ ...CONFUSION_DEFAULTS, fp: 'x' });
    expect(view.errors).toEqual({ fp: '“x” is not a number.' });
    expect(Object.values(view.outputs)).toEqual(['—', '—', '—', '—', '—', '—']);
    expect(view.regions['report']).toBe('');
    expect(view.summary).toBe('One field needs a correction.');
  });

  test('asks for every field that is missing altogether', () => {
    expect(confusionView({}).errors).toEqual({
      tp: 'Enter a number.',
      fp: 'Enter a number.',
      fn: 'Enter a number.',
      tn: 'Enter a number.',
      beta: 'Enter a number.',
      matrix: 'Enter one row of counts per line.',
    });
  });
});
