// Hand-computed cases for the SageMaker Clarify bias measures (src/lib/metrics/bias.ts): the
// responsible-AI page's lender example, AWS's own examples, empty groups, zero denominators, equal
// groups and swapped groups. Each expected value is worked out in the comment beside it.
import { describe, expect, test } from 'vitest';
import * as M from '../../../src/lib/metrics/index.ts';

// The page's lender: group a 600 applicants, group d 400.
const LENDER_A = { tp: 270, fp: 30, fn: 90, tn: 210 };
const LENDER_D = { tp: 112, fp: 28, fn: 48, tn: 212 };
const NOBODY = { tp: 0, fp: 0, fn: 0, tn: 0 };

/** Every measure for two groups given as confusion counts. */
function measures(a: M.ConfusionCounts, d: M.ConfusionCounts) {
  const [la, ld] = [M.labelOutcomes(a), M.labelOutcomes(d)];
  const [pa, pd] = [M.predictionOutcomes(a), M.predictionOutcomes(d)];
  return {
    ci: M.classImbalance(la.members, ld.members),
    dpl: M.differenceInProportionsOfLabels(la, ld),
    dppl: M.differenceInPositiveProportionsInPredictedLabels(pa, pd),
    di: M.disparateImpact(pa, pd),
    rule: M.fourFifthsRule(pa, pd),
    rd: M.recallDifference(a, d),
    ad: M.accuracyDifference(a, d),
    dar: M.differenceInAcceptanceRates(a, d),
  };
}

describe('the lender example of the responsible-AI page', () => {
  test('derives each group’s members, positive labels and predicted positives from its four counts', () => {
    expect(M.labelOutcomes(LENDER_A)).toEqual({ members: 600, positives: 360 });
    expect(M.predictionOutcomes(LENDER_A)).toEqual({ members: 600, positives: 300 });
    expect(M.labelOutcomes(LENDER_D)).toEqual({ members: 400, positives: 160 });
    expect(M.predictionOutcomes(LENDER_D)).toEqual({ members: 400, positives: 140 });
  });

  test('gives the page’s values, each the double nearest the exact fraction', () => {
    // CI = 200/1000; DPL = 0.6 − 0.4; DPPL = 0.5 − 0.35; DI = 0.35/0.5; RD = 0.75 − 0.7;
    // AD = 0.8 − 0.81; DAR = 0.9 − 0.8. (0.6 − 0.4 in floating point would be 0.19999999999999996.)
    expect(measures(LENDER_A, LENDER_D)).toEqual({
      ci: 0.2,
      dpl: 0.2,
      dppl: 0.15,
      di: 0.7,
      rule: 'd',
      rd: 0.05,
      ad: -0.01,
      dar: 0.1,
    });
  });

  test('changes the sign of every difference and inverts DI when the groups swap', () => {
    // DI = 0.5/0.35 = 10/7; group a's rate is then below 4/5 of d's, so the rule flags a.
    expect(measures(LENDER_D, LENDER_A)).toEqual({
      ci: -0.2,
      dpl: -0.2,
      dppl: -0.15,
      di: 10 / 7,
      rule: 'a',
      rd: -0.05,
      ad: 0.01,
      dar: -0.1,
    });
  });
});

describe('AWS’s examples in the SageMaker AI Developer Guide', () => {
  test('recall difference: 65/70 − 20/27 = 355/1890 (the guide rounds to 0.19)', () => {
    const a = { tp: 65, fp: 10, fn: 5, tn: 20 };
    const d = { tp: 20, fp: 5, fn: 7, tn: 18 };
    expect(M.recallDifference(a, d)).toBe(355 / 1890);
  });

  test('accuracy difference: 0.7 − 0.5 = 0.2', () => {
    const a = { tp: 60, fp: 10, fn: 20, tn: 10 };
    const d = { tp: 40, fp: 10, fn: 40, tn: 10 };
    expect(M.accuracyDifference(a, d)).toBe(0.2);
  });

  test('difference in acceptance rates: 35/70 − 40/100 = 0.1, a precision difference', () => {
    const a = { tp: 35, fp: 35, fn: 0, tn: 0 };
    const d = { tp: 40, fp: 60, fn: 0, tn: 0 };
    expect(M.differenceInAcceptanceRates(a, d)).toBe(0.1);
  });

  test('disparate impact with rates 0.6 and 0.5 is 5/6, which passes the four-fifths rule', () => {
    // The guide writes ".5/.6 = 0.8"; the quotient is 0.8333…
    const a = { members: 100, positives: 60 };
    const d = { members: 100, positives: 50 };
    expect(M.disparateImpact(a, d)).toBe(5 / 6);
    expect(M.fourFifthsRule(a, d)).toBe('none');
  });
});

describe('groups that are equal, empty or without the counts a ratio needs', () => {
  test('gives parity for two identical groups', () => {
    const same = { tp: 40, fp: 10, fn: 20, tn: 30 };
    expect(measures(same, same)).toEqual({ ci: 0, dpl: 0, dppl: 0, di: 1, rule: 'none', rd: 0, ad: 0, dar: 0 });
  });

  test('gives CI 1 or −1 when one group is empty and leaves every rate of that group undefined', () => {
    expect(measures(LENDER_A, NOBODY)).toEqual({
      ci: 1,
      dpl: null,
      dppl: null,
      di: null,
      rule: null,
      rd: null,
      ad: null,
      dar: null,
    });
    expect(measures(NOBODY, LENDER_D)).toMatchObject({ ci: -1, dpl: null, di: null, rule: null, ad: null });
  });

  test('gives null, not NaN, when both groups are empty', () => {
    expect(M.classImbalance(0, 0)).toBeNull();
    expect(Object.values(measures(NOBODY, NOBODY)).every((value) => value === null)).toBe(true);
  });

  test('positiveProportion is n(1)/n, and null for a group with no members', () => {
    expect(M.positiveProportion({ members: 3, positives: 1 })).toBe(1 / 3);
    expect(M.positiveProportion({ members: 5, positives: 5 })).toBe(1);
    expect(M.positiveProportion({ members: 0, positives: 0 })).toBeNull();
  });

  test('DI is null when group a has no positive predictions, and 0 when only group d has none', () => {
    const none = { members: 50, positives: 0 };
    const some = { members: 50, positives: 10 };
    expect(M.disparateImpact(none, some)).toBeNull();
    expect(M.disparateImpact(some, none)).toBe(0);
    expect(M.disparateImpact(none, none)).toBeNull();
  });

  test('RD is null when a group has no actual positives (TP + FN = 0)', () => {
    const noPositives = { tp: 0, fp: 4, fn: 0, tn: 6 };
    expect(M.recallDifference(noPositives, LENDER_D)).toBeNull();
    expect(M.recallDifference(LENDER_A, noPositives)).toBeNull();
  });

  test('DAR is null when a group has no positive predictions (TP + FP = 0)', () => {
    const noPredictions = { tp: 0, fp: 0, fn: 3, tn: 7 };
    expect(M.differenceInAcceptanceRates(noPredictions, LENDER_D)).toBeNull();
    expect(M.differenceInAcceptanceRates(LENDER_A, noPredictions)).toBeNull();
  });

  test('DPL and DPPL are null when either group has no members', () => {
    const empty = { members: 0, positives: 0 };
    const group = { members: 10, positives: 4 };
    for (const f of [M.differenceInProportionsOfLabels, M.differenceInPositiveProportionsInPredictedLabels]) {
      expect(f(empty, group)).toBeNull();
      expect(f(group, empty)).toBeNull();
      // 4/10 − 1/4 = 0.15: a one-sided check that the arguments are not swapped.
      expect(f(group, { members: 4, positives: 1 })).toBe(0.15);
    }
  });
});

describe('fourFifthsRule', () => {
  const rate = (positives: number) => ({ members: 100, positives });

  test.each([
    [50, 40, 'none', 'DI exactly 0.8 is not below four-fifths'],
    [50, 39, 'd', 'DI 0.78'],
    [40, 50, 'none', 'DI exactly 1.25: a’s rate is exactly 4/5 of d’s'],
    [40, 51, 'a', 'a’s rate 0.4 is below 4/5 × 0.51'],
    [0, 10, 'a', 'group a is never selected'],
    [10, 0, 'd', 'group d is never selected'],
    [0, 0, null, 'nobody is selected: no rate to compare'],
  ] as const)('a %i / 100, d %i / 100 → %s (%s)', (a, d, expected, _why) => {
    expect(M.fourFifthsRule(rate(a), rate(d))).toBe(expected);
  });

  test('is null when either group has no members', () => {
    expect(M.fourFifthsRule({ members: 0, positives: 0 }, rate(10))).toBeNull();
    expect(M.fourFifthsRule(rate(10), { members: 0, positives: 0 })).toBeNull();
  });

  test('decides the boundary exactly where the floating-point DI would not', () => {
    // 5 × 719999954 × 999999882 − 4 × 899999893 × 999999937 = 176 > 0: DI is just above 0.8,
    // but both products exceed 2^53 and the floating-point quotient rounds to 0.7999999999999999.
    const a = { members: 999_999_882, positives: 899_999_893 };
    const d = { members: 999_999_937, positives: 719_999_954 };
    expect(M.disparateImpact(a, d)).toBeLessThan(0.8);
    expect(M.fourFifthsRule(a, d)).toBe('none');
  });
});

describe('invalid input', () => {
  const good = { tp: 1, fp: 1, fn: 1, tn: 1 };
  const outcomes = { members: 4, positives: 2 };

  test.each([
    ['recallDifference', M.recallDifference],
    ['accuracyDifference', M.accuracyDifference],
    ['differenceInAcceptanceRates', M.differenceInAcceptanceRates],
  ] as const)('%s names itself and the facet of a bad count', (name, f) => {
    expect(() => f({ ...good, tp: -1 }, good)).toThrow(`${name}: facet a: tp must be a non-negative integer (got -1)`);
    expect(() => f(good, { ...good, tn: 2.5 })).toThrow(
      `${name}: facet d: tn must be a non-negative integer (got 2.5)`,
    );
    expect(() => f(good, { ...good, fp: Number.NaN })).toThrow(`${name}: facet d: fp must be a non-negative`);
    expect(() => f(good, { ...good, fn: -2 })).toThrow(`${name}: facet d: fn must be`);
  });

  test.each([
    ['differenceInProportionsOfLabels', M.differenceInProportionsOfLabels],
    ['differenceInPositiveProportionsInPredictedLabels', M.differenceInPositiveProportionsInPredictedLabels],
    ['disparateImpact', M.disparateImpact],
    ['fourFifthsRule', M.fourFifthsRule],
  ] as const)('%s refuses bad sizes and more positives than members', (name, f) => {
    expect(() => f({ members: 3, positives: 4 }, outcomes)).toThrow(
      `${name}: facet a: positives (4) cannot exceed members (3)`,
    );
    expect(() => f(outcomes, { members: -1, positives: 0 })).toThrow(
      `${name}: facet d: members must be a non-negative integer (got -1)`,
    );
    expect(() => f(outcomes, { members: 4, positives: 0.5 })).toThrow(
      `${name}: facet d: positives must be a non-negative integer (got 0.5)`,
    );
    expect(() => f(outcomes, { members: 2 ** 53, positives: 0 })).toThrow(`${name}: facet d: members must be`);
    // A group whose positives equal its members is valid.
    expect(() => f({ members: 4, positives: 4 }, outcomes)).not.toThrow();
  });

  test('throws a MetricError that carries the function name', () => {
    let error: unknown;
    try {
      M.accuracyDifference(good, { ...good, tp: -1 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(M.MetricError);
    expect((error as M.MetricError).functionName).toBe('accuracyDifference');
  });

  test('the one-group helpers name no facet', () => {
    expect(() => M.labelOutcomes({ ...good, fp: -1 })).toThrow(
      /^labelOutcomes: fp must be a non-negative integer \(got -1\)$/,
    );
    expect(() => M.predictionOutcomes({ ...good, fn: 1.5 })).toThrow(
      /^predictionOutcomes: fn must be a non-negative integer \(got 1.5\)$/,
    );
    expect(() => M.positiveProportion({ members: 1, positives: 2 })).toThrow(
      /^positiveProportion: positives \(2\) cannot exceed members \(1\)$/,
    );
  });

  test('classImbalance refuses sizes that are not counts', () => {
    expect(() => M.classImbalance(2.5, 1)).toThrow('classImbalance: membersA must be a non-negative integer (got 2.5)');
    expect(() => M.classImbalance(1, -3)).toThrow('classImbalance: membersD must be a non-negative integer (got -3)');
    expect(() => M.classImbalance(1, Number.POSITIVE_INFINITY)).toThrow('classImbalance: membersD must be');
  });
});
