// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// Bias measures between two groups ("facets") as the Amazon SageMaker AI Developer Guide defines
// them for SageMaker Clarify: facet a is the group the bias may favor, facet d the group it may
// disfavor, label 1 the positive outcome. Differences are "a minus d"; the one ratio (DI) is d over a.
// Like the other count metrics, a ratio whose denominator is 0 is null (the UI says "undefined"),
// never NaN. Each difference is computed as (n1·d2 − n2·d1) / (d1·d2), one rounding instead of three,
// so results on whole counts are the nearest double to the exact fraction (0.6 − 0.4 gives 0.2).
import { check } from './errors.ts';
import type { ConfusionCounts } from './ratios.ts';

/** A group's size and how many of its members have the positive outcome (observed or predicted). */
export interface FacetOutcomes {
  readonly members: number;
  readonly positives: number;
}

const isCount = (v: number) => Number.isSafeInteger(v) && v >= 0;

// `facet` names the group in the message when a function takes two.
function checkOutcomes(fn: string, o: FacetOutcomes, facet = ''): void {
  const of = facet && `facet ${facet}: `;
  for (const key of ['members', 'positives'] as const) {
    check(isCount(o[key]), fn, `${of}${key} must be a non-negative integer (got ${String(o[key])})`);
  }
  check(o.positives <= o.members, fn, `${of}positives (${o.positives}) cannot exceed members (${o.members})`);
}

function checkCounts(fn: string, c: ConfusionCounts, facet = ''): void {
  const of = facet && `facet ${facet}: `;
  for (const key of ['tp', 'fp', 'fn', 'tn'] as const) {
    check(isCount(c[key]), fn, `${of}${key} must be a non-negative integer (got ${String(c[key])})`);
  }
}

/** n1/d1 − n2/d2, or null when either denominator is 0. */
function differenceOfRatios(n1: number, d1: number, n2: number, d2: number): number | null {
  if (d1 === 0 || d2 === 0) return null;
  return (n1 * d2 - n2 * d1) / (d1 * d2);
}

/**
 * A group's members and positive observed labels from its confusion counts: n = TP + FP + FN + TN,
 * n(1) = TP + FN. Deriving both from the four counts means they can never contradict each other.
 * Throws MetricError on negative or non-integer counts.
 * @example labelOutcomes({ tp: 270, fp: 30, fn: 90, tn: 210 }) // { members: 600, positives: 360 }
 */
export function labelOutcomes(c: ConfusionCounts): FacetOutcomes {
  checkCounts('labelOutcomes', c);
  return { members: c.tp + c.fp + c.fn + c.tn, positives: c.tp + c.fn };
}

/**
 * A group's members and positive predicted labels: n = TP + FP + FN + TN, n'(1) = TP + FP.
 * Throws MetricError on negative or non-integer counts.
 * @example predictionOutcomes({ tp: 270, fp: 30, fn: 90, tn: 210 }) // { members: 600, positives: 300 }
 */
export function predictionOutcomes(c: ConfusionCounts): FacetOutcomes {
  checkCounts('predictionOutcomes', c);
  return { members: c.tp + c.fp + c.fn + c.tn, positives: c.tp + c.fp };
}

/**
 * The share of a group with the positive outcome, q = n(1) / n (q' for predicted labels).
 * Returns null when the group has no members. Throws MetricError on invalid counts.
 * @example positiveProportion({ members: 400, positives: 140 }) // 0.35
 */
export function positiveProportion(o: FacetOutcomes): number | null {
  checkOutcomes('positiveProportion', o);
  return o.members === 0 ? null : o.positives / o.members;
}

/**
 * Class imbalance, CI = (n_a − n_d) / (n_a + n_d), in [−1, 1]: positive when facet a has more
 * members, 1 when only facet a is present, −1 when only facet d is. Returns null when both groups
 * are empty. Throws MetricError unless both sizes are non-negative integers.
 * @example classImbalance(600, 400) // 0.2
 */
export function classImbalance(membersA: number, membersD: number): number | null {
  check(isCount(membersA), 'classImbalance', `membersA must be a non-negative integer (got ${membersA})`);
  check(isCount(membersD), 'classImbalance', `membersD must be a non-negative integer (got ${membersD})`);
  const total = membersA + membersD;
  return total === 0 ? null : (membersA - membersD) / total;
}

/**
 * Difference in proportions of labels, DPL = q_a − q_d with q = n(1) / n on the observed labels,
 * in [−1, 1]; 0 is demographic parity in the data. Returns null when either group is empty.
 * Throws MetricError on invalid counts or more positives than members.
 * @example differenceInProportionsOfLabels({ members: 600, positives: 360 }, { members: 400, positives: 160 }) // 0.2
 */
export function differenceInProportionsOfLabels(a: FacetOutcomes, d: FacetOutcomes): number | null {
  checkOutcomes('differenceInProportionsOfLabels', a, 'a');
  checkOutcomes('differenceInProportionsOfLabels', d, 'd');
  return differenceOfRatios(a.positives, a.members, d.positives, d.members);
}

/**
 * Difference in positive proportions in predicted labels, DPPL = q'_a − q'_d with q' = n'(1) / n,
 * in [−1, 1]: DPL on the model's predictions. Returns null when either group is empty.
 * Throws MetricError on invalid counts or more positives than members.
 * @example differenceInPositiveProportionsInPredictedLabels({ members: 600, positives: 300 }, { members: 400, positives: 140 }) // 0.15
 */
export function differenceInPositiveProportionsInPredictedLabels(a: FacetOutcomes, d: FacetOutcomes): number | null {
  checkOutcomes('differenceInPositiveProportionsInPredictedLabels', a, 'a');
  checkOutcomes('differenceInPositiveProportionsInPredictedLabels', d, 'd');
  return differenceOfRatios(a.positives, a.members, d.positives, d.members);
}

/**
 * Disparate impact, DI = q'_d / q'_a on the predicted labels, in [0, ∞): 1 is parity, below 1
 * means facet d is predicted positive less often. Returns null when either group is empty or
 * facet a has no positive predictions (q'_a = 0). Throws MetricError on invalid counts.
 * @example disparateImpact({ members: 600, positives: 300 }, { members: 400, positives: 140 }) // 0.7
 */
export function disparateImpact(a: FacetOutcomes, d: FacetOutcomes): number | null {
  checkOutcomes('disparateImpact', a, 'a');
  checkOutcomes('disparateImpact', d, 'd');
  const denominator = a.positives * d.members;
  return denominator === 0 ? null : (d.positives * a.members) / denominator;
}

/**
 * The four-fifths rule of the US Uniform Guidelines on Employee Selection Procedures
 * (29 CFR 1607.4(D)), a rule of thumb and not part of Clarify: a group whose selection rate is
 * below 4/5 of the other group's rate shows possible adverse impact. Returns the group it flags
 * ('a' or 'd'), 'none', or null when there is no rate to compare (a group is empty, or neither
 * group has a positive prediction). Compared exactly on whole counts, so a DI of exactly 0.8
 * passes. Throws MetricError on invalid counts.
 * @example fourFifthsRule({ members: 600, positives: 300 }, { members: 400, positives: 140 }) // 'd'
 */
export function fourFifthsRule(a: FacetOutcomes, d: FacetOutcomes): 'a' | 'd' | 'none' | null {
  checkOutcomes('fourFifthsRule', a, 'a');
  checkOutcomes('fourFifthsRule', d, 'd');
  if (a.members === 0 || d.members === 0 || a.positives + d.positives === 0) return null;
  // q'_d < 4/5 q'_a  <=>  5 n'_d n_a < 4 n'_a n_d; BigInt keeps the products exact above 2^53.
  const rateD = BigInt(d.positives) * BigInt(a.members);
  const rateA = BigInt(a.positives) * BigInt(d.members);
  if (BigInt(5) * rateD < BigInt(4) * rateA) return 'd';
  if (BigInt(5) * rateA < BigInt(4) * rateD) return 'a';
  return 'none';
}

/**
 * Recall difference, RD = TP_a / (TP_a + FN_a) − TP_d / (TP_d + FN_d), in [−1, 1]: positive when
 * the model finds more of facet a's actual positives. Returns null when either group has no actual
 * positives. Throws MetricError on negative or non-integer counts.
 * @example recallDifference({ tp: 270, fp: 30, fn: 90, tn: 210 }, { tp: 112, fp: 28, fn: 48, tn: 212 }) // 0.05
 */
export function recallDifference(a: ConfusionCounts, d: ConfusionCounts): number | null {
  checkCounts('recallDifference', a, 'a');
  checkCounts('recallDifference', d, 'd');
  return differenceOfRatios(a.tp, a.tp + a.fn, d.tp, d.tp + d.fn);
}

/**
 * Accuracy difference, AD = ACC_a − ACC_d with ACC = (TP + TN) / (TP + TN + FP + FN), in [−1, 1]:
 * positive when facet d suffers more errors (of either kind). Returns null when either group is
 * empty. Throws MetricError on negative or non-integer counts.
 * @example accuracyDifference({ tp: 270, fp: 30, fn: 90, tn: 210 }, { tp: 112, fp: 28, fn: 48, tn: 212 }) // -0.01
 */
export function accuracyDifference(a: ConfusionCounts, d: ConfusionCounts): number | null {
  checkCounts('accuracyDifference', a, 'a');
  checkCounts('accuracyDifference', d, 'd');
  return differenceOfRatios(a.tp + a.tn, a.tp + a.fp + a.fn + a.tn, d.tp + d.tn, d.tp + d.fp + d.fn + d.tn);
}

/**
 * Difference in acceptance rates, DAR = TP_a / (TP_a + FP_a) − TP_d / (TP_d + FP_d), in [−1, 1]:
 * despite its name, Clarify's DAR is a difference in precision; positive when more of facet d's
 * positive predictions are false positives. Returns null when either group has no positive
 * predictions. Throws MetricError on negative or non-integer counts.
 * @example differenceInAcceptanceRates({ tp: 270, fp: 30, fn: 90, tn: 210 }, { tp: 112, fp: 28, fn: 48, tn: 212 }) // 0.1
 */
export function differenceInAcceptanceRates(a: ConfusionCounts, d: ConfusionCounts): number | null {
  checkCounts('differenceInAcceptanceRates', a, 'a');
  checkCounts('differenceInAcceptanceRates', d, 'd');
  return differenceOfRatios(a.tp, a.tp + a.fp, d.tp, d.tp + d.fp);
}
