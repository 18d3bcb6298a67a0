// The subgroup bias calculator's view: the four confusion counts of two groups (facet a, the group
// the bias may favor, and facet d) -> SageMaker Clarify's CI, DPL, DPPL, DI, RD, AD and DAR, each with
// its formula filled in and a sentence on what it means. Members, positive labels and predicted
// positives are derived from the four counts, so the inputs cannot contradict each other.
// Ships to the browser.
import {
  accuracy,
  accuracyDifference,
  classImbalance,
  differenceInAcceptanceRates,
  differenceInPositiveProportionsInPredictedLabels,
  differenceInProportionsOfLabels,
  disparateImpact,
  fourFifthsRule,
  labelOutcomes,
  positiveProportion,
  precision,
  predictionOutcomes,
  recall,
  recallDifference,
  type ConfusionCounts,
} from '../metrics/index.ts';
import { BIAS_MEASURES, meanings, ruleVerdict, type BiasModel } from './bias-meanings.ts';
import { formatCount as n, formatNumber as v } from './format.ts';
import { parseNumber } from './parse.ts';
import { errorView, type CalculatorView, type FieldValues } from './view.ts';

/** The responsible-AI page's lender example: group a 600 applicants, group d 400. */
export const BIAS_DEFAULTS = {
  aTp: '270',
  aFp: '30',
  aFn: '90',
  aTn: '210',
  dTp: '112',
  dFp: '28',
  dFn: '48',
  dTn: '212',
} as const;

const COUNTS = ['tp', 'fp', 'fn', 'tn'] as const;
const COUNT_RULES = { min: 0, max: 1e9, integer: true } as const;
/** The field names of a group's four counts: aTp, aFp, aFn, aTn (and the same with d). */
export const groupFields = (group: 'a' | 'd') => COUNTS.map((key) => `${group}${key[0]!.toUpperCase()}${key[1]}`);

const OUTPUTS = ['aDerived', 'dDerived', ...BIAS_MEASURES.flatMap((m) => [m, `${m}Meaning`])];

type Counts = { ok: true; a: ConfusionCounts; d: ConfusionCounts } | { ok: false; errors: Record<string, string> };

/** Reads the eight counts, or says which fields are wrong. */
function readCounts(values: FieldValues): Counts {
  const errors: Record<string, string> = {};
  const groups: Record<string, Record<string, number>> = { a: {}, d: {} };
  for (const group of ['a', 'd'] as const) {
    groupFields(group).forEach((field, i) => {
      const parsed = parseNumber(values[field] ?? '', COUNT_RULES);
      if (parsed.ok) groups[group]![COUNTS[i]!] = parsed.value;
      else errors[field] = parsed.message;
    });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, a: groups['a'] as unknown as ConfusionCounts, d: groups['d'] as unknown as ConfusionCounts };
}

/** Every number the calculator shows, from the library. */
export function biasModel(a: ConfusionCounts, d: ConfusionCounts): BiasModel {
  const [la, ld, pa, pd] = [labelOutcomes(a), labelOutcomes(d), predictionOutcomes(a), predictionOutcomes(d)];
  return {
    a,
    d,
    members: [la.members, ld.members],
    labeled: [la.positives, ld.positives],
    predicted: [pa.positives, pd.positives],
    q: [positiveProportion(la), positiveProportion(ld)],
    qPred: [positiveProportion(pa), positiveProportion(pd)],
    recall: [recall(a), recall(d)],
    accuracy: [accuracy(a), accuracy(d)],
    precision: [precision(a), precision(d)],
    ci: classImbalance(la.members, ld.members),
    dpl: differenceInProportionsOfLabels(la, ld),
    dppl: differenceInPositiveProportionsInPredictedLabels(pa, pd),
    di: disparateImpact(pa, pd),
    rule: fourFifthsRule(pa, pd),
    rd: recallDifference(a, d),
    ad: accuracyDifference(a, d),
    dar: differenceInAcceptanceRates(a, d),
  };
}

/** "x − y = z" for a difference of two group values, or why it is undefined. */
function difference(value: number | null, terms: [string, string], parts: readonly (number | null)[], why: string) {
  if (value === null) return `undefined: ${why}`;
  return `${terms[0]} − ${terms[1]} = ${v(parts[0])} − ${v(parts[1])} = ${v(value)}`;
}

/** Which group lacks what a ratio needs ("group d has no members"), given each group's denominator. */
function missing(denominators: readonly [number, number], what: string): string {
  const groups = (['a', 'd'] as const).filter((_, i) => denominators[i] === 0);
  return groups.length === 2 ? `neither group has ${what}` : `group ${groups[0] ?? 'a'} has no ${what}`;
}

function filledFormulas(m: BiasModel): Record<string, string> {
  const { a, d, members, labeled, predicted } = m;
  const [na, nd] = members;
  const di =
    m.di === null
      ? `undefined: ${na * nd === 0 ? missing(members, 'members') : 'group a has no positive predictions (q′a = 0)'}`
      : `(${n(predicted[1])} / ${n(nd)}) / (${n(predicted[0])} / ${n(na)}) = ${v(m.qPred[1])} / ${v(m.qPred[0])} = ${v(m.di)}`;
  return {
    ci:
      m.ci === null
        ? 'undefined: both groups are empty'
        : `(${n(na)} − ${n(nd)}) / (${n(na)} + ${n(nd)}) = ${signedCount(na - nd)} / ${n(na + nd)} = ${v(m.ci)}`,
    dpl: difference(
      m.dpl,
      [`${n(labeled[0])} / ${n(na)}`, `${n(labeled[1])} / ${n(nd)}`],
      m.q,
      missing(members, 'members'),
    ),
    dppl: difference(
      m.dppl,
      [`${n(predicted[0])} / ${n(na)}`, `${n(predicted[1])} / ${n(nd)}`],
      m.qPred,
      missing(members, 'members'),
    ),
    di,
    rd: difference(
      m.rd,
      [`${n(a.tp)} / (${n(a.tp)} + ${n(a.fn)})`, `${n(d.tp)} / (${n(d.tp)} + ${n(d.fn)})`],
      m.recall,
      `${missing(labeled, 'actual positives')} (TP + FN = 0)`,
    ),
    ad: difference(
      m.ad,
      [`(${n(a.tp)} + ${n(a.tn)}) / ${n(na)}`, `(${n(d.tp)} + ${n(d.tn)}) / ${n(nd)}`],
      m.accuracy,
      missing(members, 'members'),
    ),
    dar: difference(
      m.dar,
      [`${n(a.tp)} / (${n(a.tp)} + ${n(a.fp)})`, `${n(d.tp)} / (${n(d.tp)} + ${n(d.fp)})`],
      m.precision,
      `${missing(predicted, 'positive predictions')} (TP + FP = 0)`,
    ),
  };
}

/** A whole number that may be negative, with thousands separators and a true minus sign. */
const signedCount = (count: number) => `${count < 0 ? '−' : ''}${n(Math.abs(count))}`;
const counted = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

/** "600 members (TP + FP + FN + TN), 360 positive labels (TP + FN), 300 predicted positive (TP + FP)". */
function derived(m: BiasModel, i: 0 | 1): string {
  const members = counted(m.members[i], 'member', 'members');
  const labels = counted(m.labeled[i], 'positive label', 'positive labels');
  return `${members} (TP + FP + FN + TN), ${labels} (TP + FN), ${n(m.predicted[i])} predicted positive (TP + FP)`;
}

/** The calculator's view for the given field texts. */
export function biasView(values: FieldValues): CalculatorView {
  const counts = readCounts(values);
  if (!counts.ok) {
    // The meanings stay empty rather than repeat a dash under every dashed result.
    const view = errorView(counts.errors, OUTPUTS, []);
    const blank = Object.fromEntries(BIAS_MEASURES.map((measure) => [`${measure}Meaning`, '']));
    return { ...view, outputs: { ...view.outputs, ...blank } };
  }
  const model = biasModel(counts.a, counts.d);
  const formulas = filledFormulas(model);
  const sentences = meanings(model);
  const outputs: Record<string, string> = { aDerived: derived(model, 0), dDerived: derived(model, 1) };
  for (const measure of BIAS_MEASURES) {
    outputs[measure] = formulas[measure]!;
    outputs[`${measure}Meaning`] = sentences[measure];
  }
  const all = BIAS_MEASURES.map((measure) => `${measure.toUpperCase()} ${v(model[measure])}`).join(', ');
  return { errors: {}, outputs, regions: {}, summary: `${all}. ${ruleVerdict(model.rule)}` };
}
