// What each bias measure means for the reader's numbers, in one or two sentences: the sign says
// which group is ahead (differences are "a minus d"; DI is d over a), and DI is read against the
// four-fifths rule. Ships to the browser.
import type { ConfusionCounts } from '../metrics/index.ts';
import { formatCount, formatNumber as v, formatPercent } from './format.ts';

export const BIAS_MEASURES = ['ci', 'dpl', 'dppl', 'di', 'rd', 'ad', 'dar'] as const;
export type BiasMeasure = (typeof BIAS_MEASURES)[number];

type Pair = readonly [number | null, number | null];

/** Everything the bias calculator shows for two groups, as numbers ([group a, group d] in pairs). */
export interface BiasModel extends Readonly<Record<BiasMeasure, number | null>> {
  readonly a: ConfusionCounts;
  readonly d: ConfusionCounts;
  readonly members: readonly [number, number];
  readonly labeled: readonly [number, number];
  readonly predicted: readonly [number, number];
  readonly q: Pair;
  readonly qPred: Pair;
  readonly recall: Pair;
  readonly accuracy: Pair;
  readonly precision: Pair;
  readonly rule: 'a' | 'd' | 'none' | null;
}

export const FOUR_FIFTHS_NOTE =
  'The four-fifths rule is a rule of thumb from US employment guidelines (29 CFR 1607.4(D)), not an AWS or Clarify threshold, and not proof of discrimination either way.';

/** The group a positive (a) or negative (d) difference favors, and the other one. */
const ahead = (value: number) => (value > 0 ? ['a', 'd'] : ['d', 'a']);
const points = (value: number) => `${v(Math.abs(value) * 100, 2)} percentage points`;
const pair = (values: Pair) => `${v(values[0])} for group a, ${v(values[1])} for group d`;

/** A sentence for a "higher is better" rate compared between the groups (recall, accuracy, precision). */
function rateGap(
  value: number | null,
  values: Pair,
  text: { what: string; equal: string; worse: string; none: string },
) {
  if (value === null) return text.none;
  if (value === 0) return text.equal;
  const [better, worse] = ahead(value);
  return `The model’s ${text.what} is higher for group ${better} (${pair(values)}): ${text.worse.replace('%', worse!)}`;
}

function classImbalanceMeaning(m: BiasModel): string {
  const { ci } = m;
  if (ci === null) return 'Both groups are empty: enter counts for at least one of them.';
  if (ci === 0) return 'The two groups are the same size: the data is balanced between them.';
  const [larger, smaller] = ahead(ci);
  if (Math.abs(ci) === 1)
    return `Only group ${larger} is in the data: the model learns nothing about group ${smaller}.`;
  return `Group ${larger} has more members (${formatCount(m.members[0])} against ${formatCount(m.members[1])}): the model sees more examples of it and may fit it better than group ${smaller}.`;
}

function proportionsMeaning(m: BiasModel): string {
  const { dpl } = m;
  if (dpl === null) return 'A proportion needs members in both groups.';
  if (dpl === 0)
    return 'Both groups have the positive label equally often in the data: demographic parity in the labels.';
  return `In the data, group ${ahead(dpl)[0]} has the positive label more often, by ${points(dpl)}: a model trained on these labels tends to reproduce the gap.`;
}

/** Compares the gap in the predictions with the gap in the labels, at the precision shown. */
function comparedWithLabels(dppl: number, dpl: number | null): string {
  if (dpl === null || dpl === 0) return '';
  if (Math.sign(dpl) !== Math.sign(dppl))
    return ` The labels favored group ${ahead(dpl)[0]} (DPL ${v(dpl)}): the model reverses the gap.`;
  const [shown, before] = [Math.round(Math.abs(dppl) * 1e4), Math.round(Math.abs(dpl) * 1e4)];
  if (shown === before) return ` That is the same gap as in the labels (DPL ${v(dpl)}).`;
  return ` That is ${shown < before ? 'smaller' : 'larger'} than the gap in the labels (DPL ${v(dpl)}): the model ${shown < before ? 'narrowed' : 'widened'} it.`;
}

function predictedProportionsMeaning(m: BiasModel): string {
  const { dppl, dpl } = m;
  if (dppl === null) return 'A proportion needs members in both groups.';
  if (dppl === 0)
    return `The model predicts the positive outcome equally often for both groups: demographic parity in the predictions.${dpl ? ` The labels had a gap (DPL ${v(dpl)}): the model closed it.` : ''}`;
  return `The model predicts the positive outcome more often for group ${ahead(dppl)[0]}, by ${points(dppl)}.${comparedWithLabels(dppl, dpl)}`;
}

function disparateImpactMeaning(m: BiasModel): string {
  const { di, rule } = m;
  if (rule === null) return 'There is no rate to compare: a group has no members, or nobody is predicted positive.';
  if (di === null)
    return `Group a is never predicted positive while group d is: the four-fifths rule flags possible adverse impact on group a. ${FOUR_FIFTHS_NOTE}`;
  if (di === 1) return 'Both groups are predicted positive at the same rate: parity.';
  const share = di < 1 ? `${formatPercent(di)} of` : `${v(di, 2)} times`;
  const head = `Group d is predicted positive at ${share} group a’s rate.`;
  if (rule === 'd')
    return `${head} That is below 0.8, so the four-fifths rule flags possible adverse impact on group d. ${FOUR_FIFTHS_NOTE}`;
  if (rule === 'a')
    return `${head} Group a’s rate is below four-fifths of group d’s (DI above 1.25), so the four-fifths rule flags possible adverse impact on group a. ${FOUR_FIFTHS_NOTE}`;
  return `${head} Neither rate is below four-fifths of the other (DI from 0.8 to 1.25), so the four-fifths rule flags nothing. ${FOUR_FIFTHS_NOTE}`;
}

/** One sentence per measure for these numbers. */
export function meanings(m: BiasModel): Record<BiasMeasure, string> {
  return {
    ci: classImbalanceMeaning(m),
    dpl: proportionsMeaning(m),
    dppl: predictedProportionsMeaning(m),
    di: disparateImpactMeaning(m),
    rd: rateGap(m.rd, m.recall, {
      what: 'recall (true positive rate)',
      equal: 'The model finds the same share of actual positives in both groups: equal recall.',
      worse: 'qualified members of group % are missed (false negatives) more often.',
      none: 'Recall needs at least one actual positive (TP + FN) in each group.',
    }),
    ad: rateGap(m.ad, m.accuracy, {
      what: 'accuracy',
      equal: 'The model is equally accurate for both groups; the kinds of error can still differ (compare RD and DAR).',
      worse: 'group % gets a larger share of errors, false positives or false negatives (AD cannot tell which).',
      none: 'Accuracy needs members in both groups.',
    }),
    dar: rateGap(m.dar, m.precision, {
      what: 'precision (the share of its positive predictions that are right)',
      equal: 'The model’s positive predictions are right equally often for both groups: equal precision.',
      worse: 'more of group %’s positive predictions are false positives.',
      none: 'Precision needs at least one positive prediction (TP + FP) in each group.',
    }),
  };
}

/** The four-fifths rule's verdict in a few words, for the screen-reader summary. */
export function ruleVerdict(rule: BiasModel['rule']): string {
  if (rule === null) return 'Four-fifths rule: no rates to compare.';
  return rule === 'none' ? 'Four-fifths rule: nothing flagged.' : `Four-fifths rule: flags group ${rule}.`;
}
