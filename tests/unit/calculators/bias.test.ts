import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { FOUR_FIFTHS_NOTE } from '../../../src/lib/calculators/bias-meanings.ts';
import { BIAS_DEFAULTS, biasView, groupFields } from '../../../src/lib/calculators/bias.ts';

type Counts = readonly [tp: number, fp: number, fn: number, tn: number];

/** Field texts for group a and group d given as [TP, FP, FN, TN]. */
function fields(a: Counts, d: Counts): Record<string, string> {
  const values: Record<string, string> = {};
  groupFields('a').forEach((name, i) => (values[name] = String(a[i])));
  groupFields('d').forEach((name, i) => (values[name] = String(d[i])));
  return values;
}
const outputs = (a: Counts, d: Counts) => biasView(fields(a, d)).outputs;
const withDefaults = (changes: Record<string, string>) => biasView({ ...BIAS_DEFAULTS, ...changes });

describe('biasView with the page’s lender example', () => {
  // Built before each test, not when the file loads: Stryker counts only the code a test runs as covered
  // by it (docs/mutation.md).
  let view: ReturnType<typeof biasView>;
  beforeEach(() => {
    view = biasView(BIAS_DEFAULTS);
  });

  test('names the eight count fields group by group', () => {
    expect(groupFields('a')).toEqual(['aTp', 'aFp', 'aFn', 'aTn']);
    expect(groupFields('d')).toEqual(['dTp', 'dFp', 'dFn', 'dTn']);
    expect(Object.keys(BIAS_DEFAULTS)).toEqual([...groupFields('a'), ...groupFields('d')]);
  });

  test('fills in every formula with the example’s counts and gives the page’s values', () => {
    expect(view.errors).toEqual({});
    expect(view.outputs).toMatchObject({
      aDerived: '600 members (TP + FP + FN + TN), 360 positive labels (TP + FN), 300 predicted positive (TP + FP)',
      dDerived: '400 members (TP + FP + FN + TN), 160 positive labels (TP + FN), 140 predicted positive (TP + FP)',
      ci: '(600 − 400) / (600 + 400) = 200 / 1,000 = 0.2',
      dpl: '360 / 600 − 160 / 400 = 0.6 − 0.4 = 0.2',
      dppl: '300 / 600 − 140 / 400 = 0.5 − 0.35 = 0.15',
      di: '(140 / 400) / (300 / 600) = 0.35 / 0.5 = 0.7',
      rd: '270 / (270 + 90) − 112 / (112 + 48) = 0.75 − 0.7 = 0.05',
      ad: '(270 + 210) / 600 − (112 + 212) / 400 = 0.8 − 0.81 = −0.01',
      dar: '270 / (270 + 30) − 112 / (112 + 28) = 0.9 − 0.8 = 0.1',
    });
    expect(view.summary).toBe(
      'CI 0.2, DPL 0.2, DPPL 0.15, DI 0.7, RD 0.05, AD −0.01, DAR 0.1. Four-fifths rule: flags group d.',
    );
  });

  test('says what each value means, with the four-fifths rule as a US rule of thumb', () => {
    expect(view.outputs).toMatchObject({
      ciMeaning:
        'Group a has more members (600 against 400): the model sees more examples of it and may fit it better than group d.',
      dplMeaning:
        'In the data, group a has the positive label more often, by 20 percentage points: a model trained on these labels tends to reproduce the gap.',
      dpplMeaning:
        'The model predicts the positive outcome more often for group a, by 15 percentage points. That is smaller than the gap in the labels (DPL 0.2): the model narrowed it.',
      diMeaning: `Group d is predicted positive at 70 % of group a’s rate. That is below 0.8, so the four-fifths rule flags possible adverse impact on group d. ${FOUR_FIFTHS_NOTE}`,
      rdMeaning:
        'The model’s recall (true positive rate) is higher for group a (0.75 for group a, 0.7 for group d): qualified members of group d are missed (false negatives) more often.',
      adMeaning:
        'The model’s accuracy is higher for group d (0.8 for group a, 0.81 for group d): group a gets a larger share of errors, false positives or false negatives (AD cannot tell which).',
      darMeaning:
        'The model’s precision (the share of its positive predictions that are right) is higher for group a (0.9 for group a, 0.8 for group d): more of group d’s positive predictions are false positives.',
    });
    expect(FOUR_FIFTHS_NOTE).toBe(
      'The four-fifths rule is a rule of thumb from US employment guidelines (29 CFR 1607.4(D)), not an AWS or Clarify threshold, and not proof of discrimination either way.',
    );
  });
});

describe('biasView reads the signs and the four-fifths rule', () => {
  test('turns every sentence around when the groups swap', () => {
    const swapped = outputs([112, 28, 48, 212], [270, 30, 90, 210]);
    expect(swapped['ci']).toBe('(400 − 600) / (400 + 600) = −200 / 1,000 = −0.2');
    expect(swapped['ciMeaning']).toMatch(/^Group d has more members \(400 against 600\)/);
    expect(swapped['dplMeaning']).toMatch(/^In the data, group d has the positive label more often, by 20 percentage/);
    expect(swapped['dpplMeaning']).toMatch(/^The model predicts the positive outcome more often for group d, by 15 /);
    expect(swapped['di']).toBe('(300 / 600) / (140 / 400) = 0.5 / 0.35 = 1.4286');
    expect(swapped['diMeaning']).toBe(
      `Group d is predicted positive at 1.43 times group a’s rate. Group a’s rate is below four-fifths of group d’s (DI above 1.25), so the four-fifths rule flags possible adverse impact on group a. ${FOUR_FIFTHS_NOTE}`,
    );
    expect(swapped['rdMeaning']).toMatch(/higher for group d .*: qualified members of group a are missed/);
    expect(swapped['adMeaning']).toMatch(/higher for group a .*: group d gets a larger share of errors/);
    expect(swapped['darMeaning']).toMatch(/higher for group d .*: more of group a’s positive predictions are false/);
  });

  test('flags nothing from DI 0.8 to 1.25, and says so', () => {
    // q'a = 50/100, q'd = 40/100: DI exactly 0.8 passes.
    const view = biasView(fields([40, 10, 10, 40], [30, 10, 10, 50]));
    expect(view.summary).toBe(
      'CI 0, DPL 0.1, DPPL 0.1, DI 0.8, RD 0.05, AD 0, DAR 0.05. Four-fifths rule: nothing flagged.',
    );
    const edge = view.outputs;
    expect(edge['di']).toBe('(40 / 100) / (50 / 100) = 0.4 / 0.5 = 0.8');
    expect(edge['diMeaning']).toBe(
      `Group d is predicted positive at 80 % of group a’s rate. Neither rate is below four-fifths of the other (DI from 0.8 to 1.25), so the four-fifths rule flags nothing. ${FOUR_FIFTHS_NOTE}`,
    );
    const above = outputs([40, 10, 10, 40], [50, 5, 5, 40]);
    expect(above['diMeaning']).toMatch(/^Group d is predicted positive at 1.1 times group a’s rate. Neither rate/);
  });

  test('gives parity sentences for identical groups', () => {
    const same = outputs([40, 10, 20, 30], [40, 10, 20, 30]);
    expect(same).toMatchObject({
      ci: '(100 − 100) / (100 + 100) = 0 / 200 = 0',
      ciMeaning: 'The two groups are the same size: the data is balanced between them.',
      dplMeaning: 'Both groups have the positive label equally often in the data: demographic parity in the labels.',
      dpplMeaning:
        'The model predicts the positive outcome equally often for both groups: demographic parity in the predictions.',
      di: '(50 / 100) / (50 / 100) = 0.5 / 0.5 = 1',
      diMeaning: 'Both groups are predicted positive at the same rate: parity.',
      rdMeaning: 'The model finds the same share of actual positives in both groups: equal recall.',
      adMeaning:
        'The model is equally accurate for both groups; the kinds of error can still differ (compare RD and DAR).',
      darMeaning: 'The model’s positive predictions are right equally often for both groups: equal precision.',
    });
  });

  test('compares the gap in the predictions with the gap in the labels', () => {
    // Labels 60/100 vs 40/100 (DPL 0.2) in every case; the predictions vary.
    const dppl = (a: Counts, d: Counts) => outputs(a, d)['dpplMeaning'];
    expect(dppl([55, 15, 5, 25], [25, 5, 15, 55])).toBe(
      'The model predicts the positive outcome more often for group a, by 40 percentage points. That is larger than the gap in the labels (DPL 0.2): the model widened it.',
    );
    expect(dppl([50, 10, 10, 30], [30, 10, 10, 50])).toMatch(
      /by 20 percentage points\. That is the same gap as in the labels \(DPL 0.2\)\.$/,
    );
    expect(dppl([30, 0, 30, 40], [40, 10, 0, 50])).toBe(
      'The model predicts the positive outcome more often for group d, by 20 percentage points. The labels favored group a (DPL 0.2): the model reverses the gap.',
    );
    expect(dppl([40, 10, 20, 30], [40, 10, 0, 50])).toBe(
      'The model predicts the positive outcome equally often for both groups: demographic parity in the predictions. The labels had a gap (DPL 0.2): the model closed it.',
    );
    // No gap in the labels: nothing to compare with.
    expect(dppl([50, 10, 10, 30], [40, 10, 20, 30])).toBe(
      'The model predicts the positive outcome more often for group a, by 10 percentage points.',
    );
  });
});

describe('biasView explains what cannot be computed, never NaN', () => {
  test('an empty group d: CI is 1 and every rate of d is undefined, with the reason', () => {
    expect(outputs([270, 30, 90, 210], [0, 0, 0, 0])).toEqual({
      aDerived: '600 members (TP + FP + FN + TN), 360 positive labels (TP + FN), 300 predicted positive (TP + FP)',
      dDerived: '0 members (TP + FP + FN + TN), 0 positive labels (TP + FN), 0 predicted positive (TP + FP)',
      ci: '(600 − 0) / (600 + 0) = 600 / 600 = 1',
      ciMeaning: 'Only group a is in the data: the model learns nothing about group d.',
      dpl: 'undefined: group d has no members',
      dplMeaning: 'A proportion needs members in both groups.',
      dppl: 'undefined: group d has no members',
      dpplMeaning: 'A proportion needs members in both groups.',
      di: 'undefined: group d has no members',
      diMeaning: 'There is no rate to compare: a group has no members, or nobody is predicted positive.',
      rd: 'undefined: group d has no actual positives (TP + FN = 0)',
      rdMeaning: 'Recall needs at least one actual positive (TP + FN) in each group.',
      ad: 'undefined: group d has no members',
      adMeaning: 'Accuracy needs members in both groups.',
      dar: 'undefined: group d has no positive predictions (TP + FP = 0)',
      darMeaning: 'Precision needs at least one positive prediction (TP + FP) in each group.',
    });
  });

  test('an empty group a, and two empty groups', () => {
    const noA = outputs([0, 0, 0, 0], [1, 0, 0, 0]);
    expect(noA['ci']).toBe('(0 − 1) / (0 + 1) = −1 / 1 = −1');
    expect(noA['ciMeaning']).toBe('Only group d is in the data: the model learns nothing about group a.');
    expect(noA['dDerived']).toBe(
      '1 member (TP + FP + FN + TN), 1 positive label (TP + FN), 1 predicted positive (TP + FP)',
    );
    expect(noA['dpl']).toBe('undefined: group a has no members');
    const none = outputs([0, 0, 0, 0], [0, 0, 0, 0]);
    expect(none['ci']).toBe('undefined: both groups are empty');
    expect(none['ciMeaning']).toBe('Both groups are empty: enter counts for at least one of them.');
    expect(none['dpl']).toBe('undefined: neither group has members');
    expect(none['rd']).toBe('undefined: neither group has actual positives (TP + FN = 0)');
    expect(biasView(fields([0, 0, 0, 0], [0, 0, 0, 0])).summary).toBe(
      'CI undefined, DPL undefined, DPPL undefined, DI undefined, RD undefined, AD undefined, DAR undefined. Four-fifths rule: no rates to compare.',
    );
  });

  test('DI when group a is never predicted positive: undefined, but the rule still flags group a', () => {
    const view = biasView(fields([0, 0, 5, 5], [3, 1, 2, 4]));
    expect(view.outputs['di']).toBe('undefined: group a has no positive predictions (q′a = 0)');
    expect(view.outputs['diMeaning']).toBe(
      `Group a is never predicted positive while group d is: the four-fifths rule flags possible adverse impact on group a. ${FOUR_FIFTHS_NOTE}`,
    );
    expect(view.outputs['dar']).toBe('undefined: group a has no positive predictions (TP + FP = 0)');
    expect(view.summary).toMatch(/DI undefined, .*Four-fifths rule: flags group a\.$/);
  });

  test('nobody predicted positive in either group: no rate to compare', () => {
    const view = biasView(fields([0, 0, 5, 5], [0, 0, 2, 4]));
    expect(view.outputs['di']).toBe('undefined: group a has no positive predictions (q′a = 0)');
    expect(view.outputs['diMeaning']).toMatch(/^There is no rate to compare/);
    expect(view.summary).toMatch(/Four-fifths rule: no rates to compare\.$/);
    expect(view.outputs['dar']).toBe('undefined: neither group has positive predictions (TP + FP = 0)');
  });

  test('writes large counts with thousands separators and never NaN or Infinity', () => {
    const big = outputs([1e9, 1e9, 1e9, 1e9], [1, 0, 0, 0]);
    expect(big['ci']).toBe('(4,000,000,000 − 1) / (4,000,000,000 + 1) = 3,999,999,999 / 4,000,000,001 = 1');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1e9 })), { minLength: 8, maxLength: 8 }),
        (counts) => {
          const view = biasView(fields(counts.slice(0, 4) as never, counts.slice(4) as never));
          const text = [...Object.values(view.outputs), view.summary].join(' | ');
          expect(view.errors).toEqual({});
          expect(text).not.toMatch(/NaN|Infinity|null|group undefined|undefined\)/);
          for (const measure of ['ci', 'dpl', 'dppl', 'di', 'rd', 'ad', 'dar']) {
            expect(view.outputs[measure]).toMatch(/^undefined: |= [−\d.,× ⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+$/);
          }
        },
      ),
      { seed: 20261203, numRuns: 300 },
    );
  });
});

describe('biasView refuses bad input at the field', () => {
  test.each([
    ['aTp', '-3', 'Enter a number of at least 0.'],
    ['aFn', '', 'Enter a number.'],
    ['dFp', 'abc', '“abc” is not a number.'],
    ['dTn', '2.5', 'Enter a whole number.'],
    ['dTp', '1e12', 'Enter a number of at most 1,000,000,000.'],
    ['aTn', 'NaN', '“NaN” is not a number.'],
    ['aFp', 'Infinity', '“Infinity” is not a number.'],
  ])('%s = %j → %j', (field, text, message) => {
    const view = withDefaults({ [field]: text });
    expect(view.errors).toEqual({ [field]: message });
    expect(view.outputs['di']).toBe('—');
    expect(view.outputs['aDerived']).toBe('—');
    expect(view.outputs['dDerived']).toBe('—');
    expect(view.outputs['diMeaning']).toBe('');
    expect(view.summary).toBe('One field needs a correction.');
  });

  test('lists every bad field at once, and a missing field as empty', () => {
    const values: Record<string, string> = { ...BIAS_DEFAULTS, aTp: 'x', dTn: '-1' };
    delete values['dFp'];
    const view = biasView(values);
    expect(view.errors).toEqual({
      aTp: '“x” is not a number.',
      dFp: 'Enter a number.',
      dTn: 'Enter a number of at least 0.',
    });
    expect(view.summary).toBe('3 fields need a correction.');
    expect(Object.keys(view.outputs)).toHaveLength(16);
  });

  test('accepts spaces and thousands separators as other calculators do', () => {
    expect(withDefaults({ aTn: ' 1,210 ' }).outputs['aDerived']).toMatch(/^1,600 members/);
  });
});
