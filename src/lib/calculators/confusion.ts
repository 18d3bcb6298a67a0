// The confusion-matrix calculator's view: four counts (and β) -> accuracy, precision, recall,
// specificity, F1, F-beta with their formulas filled in; an N x N matrix -> per-class metrics and
// macro / micro / weighted averages under a chosen zero_division convention. Ships to the browser.
import {
  accuracy,
  classificationReport,
  fBetaScore,
  f1Score,
  precision,
  recall,
  specificity,
  type ConfusionCounts,
  type ZeroDivision,
} from '../metrics/index.ts';
import { formatNumber } from './format.ts';
import { parseNumber, parseNumberList, parseText } from './parse.ts';
import { errorView, type CalculatorView, type FieldValues } from './view.ts';
import { h, type VNode } from './vnode.ts';

export const CONFUSION_DEFAULTS = {
  tp: '80',
  fp: '10',
  fn: '20',
  tn: '90',
  beta: '2',
  matrix: '50 3 2\n4 40 6\n1 5 39',
  zeroDivision: 'warn',
} as const;

export const ZERO_DIVISION_OPTIONS = [
  { value: 'warn', label: '0 with a warning (scikit-learn default, "warn")' },
  { value: '0', label: '0 (zero_division=0)' },
  { value: '1', label: '1 (zero_division=1)' },
  { value: 'nan', label: 'undefined, left out of averages (zero_division=nan)' },
] as const;

const COUNT_RULES = { min: 0, max: 1e9, integer: true } as const;
const BINARY_OUTPUTS = ['accuracy', 'precision', 'recall', 'specificity', 'f1', 'fbeta'] as const;

/** "0.8889 = 40 / (40 + 5)", or why the ratio is undefined. */
function filled(value: number | null, numerator: string, denominator: string, why: string): string {
  if (value === null) return `undefined: ${denominator} = 0 (${why})`;
  return `${numerator} / (${denominator}) = ${formatNumber(value)}`;
}

function binaryOutputs(c: ConfusionCounts, beta: number): Record<string, string> {
  const { tp, fp, fn, tn } = c;
  const b2 = formatNumber(beta * beta);
  return {
    accuracy: filled(accuracy(c), `(${tp} + ${tn})`, `${tp} + ${tn} + ${fp} + ${fn}`, 'no samples'),
    precision: filled(precision(c), `${tp}`, `${tp} + ${fp}`, 'nothing was predicted positive'),
    recall: filled(recall(c), `${tp}`, `${tp} + ${fn}`, 'there are no actual positives'),
    specificity: filled(specificity(c), `${tn}`, `${tn} + ${fp}`, 'there are no actual negatives'),
    f1: filled(f1Score(c), `2 × ${tp}`, `2 × ${tp} + ${fp} + ${fn}`, 'precision and recall are both undefined'),
    fbeta: filled(
      fBetaScore(c, beta),
      `(1 + ${b2}) × ${tp}`,
      `(1 + ${b2}) × ${tp} + ${b2} × ${fn} + ${fp}`,
      'precision and recall are both undefined',
    ),
  };
}

/** Parses "50 3 2 / 4 40 6 / ..." (rows on lines) into a square matrix, or says what is wrong. */
function parseMatrix(text: string): { matrix: number[][] } | { message: string } {
  const whole = parseText(text);
  if (!whole.ok) return { message: whole.message };
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0) return { message: 'Enter one row of counts per line.' };
  if (lines.length > 20) return { message: `That is ${lines.length} rows; the limit is 20 classes.` };
  const matrix: number[][] = [];
  for (const [index, line] of lines.entries()) {
    const row = parseNumberList(line, { ...COUNT_RULES, maxItems: 20 });
    if (!row.ok) return { message: `Row ${index + 1}: ${row.message}` };
    matrix.push(row.value);
  }
  const bad = matrix.findIndex((row) => row.length !== matrix.length);
  if (bad >= 0)
    return {
      message: `Row ${bad + 1} has ${matrix[bad]!.length} counts; a ${matrix.length}-class matrix needs ${matrix.length} per row.`,
    };
  return { matrix };
}

const cell = (tag: 'th' | 'td', text: string, attrs: Record<string, string> = {}) => h(tag, attrs, [text]);

function reportTable(matrix: number[][], zeroDivision: ZeroDivision): VNode {
  const report = classificationReport(matrix, { zeroDivision });
  const { perClass } = report;
  const row = (label: string, values: number[], support: string) =>
    h('tr', {}, [
      cell('th', label, { scope: 'row' }),
      ...values.map((value) => cell('td', formatNumber(value))),
      cell('td', support),
    ]);
  return h('table', { class: 'calculator__table' }, [
    h('caption', {}, [
      `Per class (one vs rest) and averages; accuracy ${formatNumber(report.accuracy)} over ${report.nSamples} samples`,
    ]),
    h('thead', {}, [
      h(
        'tr',
        {},
        ['Class', 'Precision', 'Recall', 'F1', 'Specificity', 'Support'].map((text) =>
          cell('th', text, { scope: 'col' }),
        ),
      ),
    ]),
    h('tbody', {}, [
      ...matrix.map((_, c) =>
        row(
          `Class ${c}`,
          [perClass.precision[c]!, perClass.recall[c]!, perClass.f1[c]!, perClass.specificity[c]!],
          String(perClass.support[c]),
        ),
      ),
      ...(['macro', 'micro', 'weighted'] as const).map((kind) =>
        h('tr', {}, [
          cell('th', `${kind[0]!.toUpperCase()}${kind.slice(1)} average`, { scope: 'row' }),
          ...[report[kind].precision, report[kind].recall, report[kind].f1].map((value) =>
            cell('td', formatNumber(value)),
          ),
          cell('td', '—'),
          cell('td', String(report.nSamples)),
        ]),
      ),
    ]),
  ]);
}

const ZERO_DIVISIONS: Readonly<Record<string, ZeroDivision>> = { warn: 'warn', '0': 0, '1': 1, nan: 'nan' };

/** The calculator's view for the given field texts. */
export function confusionView(values: FieldValues): CalculatorView {
  const errors: Record<string, string> = {};
  const counts: Partial<Record<'tp' | 'fp' | 'fn' | 'tn', number>> = {};
  for (const name of ['tp', 'fp', 'fn', 'tn'] as const) {
    const parsed = parseNumber(values[name] ?? '', COUNT_RULES);
    if (parsed.ok) counts[name] = parsed.value;
    else errors[name] = parsed.message;
  }
  const beta = parseNumber(values['beta'] ?? '', { above: 0, max: 100 });
  if (!beta.ok) errors['beta'] = beta.message;
  const matrix = parseMatrix(values['matrix'] ?? '');
  if ('message' in matrix) errors['matrix'] = matrix.message;
  const zeroDivision = ZERO_DIVISIONS[values['zeroDivision'] ?? 'warn'] ?? 'warn';
  if (Object.keys(errors).length > 0 || !beta.ok || 'message' in matrix) {
    return errorView(errors, [...BINARY_OUTPUTS], ['report']);
  }
  const c = counts as ConfusionCounts;
  const outputs = binaryOutputs(c, beta.value);
  return {
    errors,
    outputs,
    regions: { report: reportTable(matrix.matrix, zeroDivision) },
    summary: `Precision ${outputs['precision']}; recall ${outputs['recall']}.`,
  };
}
