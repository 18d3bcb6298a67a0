import { describe, expect, test } from 'vitest';
import { domainOf } from '../../../src/lib/exam/objectives.ts';
import type { IndexEntry } from '../../../src/lib/practice/bank.ts';
import {
  EXAM_LENGTH,
  fixedForms,
  formBlueprint,
  MAX_SEED,
  newSeed,
  parseSeed,
  randomForm,
} from '../../../src/lib/practice/forms.ts';
import { seededShuffle } from '../../../src/lib/practice/shuffle.ts';
import { FULL_BANK, syntheticIndex } from './synthetic-bank.ts';

const domainsOf = (ids: readonly string[], index: readonly IndexEntry[]) => {
  const objective = new Map(index.map((entry) => [entry.id, entry.objective]));
  return [1, 2, 3, 4, 5].map((domain) => ids.filter((id) => domainOf(objective.get(id)!) === domain).length);
};

describe('formBlueprint', () => {
  test('splits 65 questions 13/16/18/9/9 by the exam weights', () => {
    expect(formBlueprint()).toEqual([
      { domain: 1, count: 13 },
      { domain: 2, count: 16 },
      { domain: 3, count: 18 },
      { domain: 4, count: 9 },
      { domain: 5, count: 9 },
    ]);
    expect(EXAM_LENGTH).toBe(65);
  });

  test('scales to other lengths', () => {
    // 20 × the weights = 4, 4.8, 5.6, 2.8, 2.8: the three seats left go to the three .8 remainders.
    expect(formBlueprint(20).map((item) => item.count)).toEqual([4, 5, 5, 3, 3]);
  });
});

describe('fixedForms', () => {
  const index = syntheticIndex();
  const forms = fixedForms(index);

  test('makes 8 forms of 65 questions from a full bank', () => {
    expect(forms).toHaveLength(8);
    for (const form of forms) expect(form).toHaveLength(65);
  });

  test('weights every form by the blueprint', () => {
    for (const form of forms) expect(domainsOf(form, index)).toEqual([13, 16, 18, 9, 9]);
  });

  test('never puts a question in two forms, nor twice in one', () => {
    const all = forms.flat();
    expect(new Set(all).size).toBe(8 * 65);
  });

  test('spreads each domain objective by objective over the forms', () => {
    // Domain 3 has 18 per form from objectives taken in turn: dealing by objective gives each form
    // questions of many objectives, never all of its 18 from a few.
    const objective = new Map(index.map((entry) => [entry.id, entry.objective]));
    for (const form of forms) {
      const objectives = new Set(form.filter((id) => id.startsWith('syn-d3-')).map((id) => objective.get(id)));
      expect(objectives.size).toBeGreaterThanOrEqual(12);
    }
  });

  test('are the same whatever the order of the index, and the same on every call', () => {
    expect(fixedForms([...index].reverse())).toEqual(forms);
    expect(fixedForms(index)).toEqual(forms);
  });

  test('put the questions of a form in a mixed exam order, not domain by domain', () => {
    const firstThirteen = forms[0]!.slice(0, 13);
    expect(domainsOf(firstThirteen, index)[0]).toBeLessThan(13);
  });

  test('leave out no late objective when a domain has more questions than the forms need', () => {
    const big = syntheticIndex([208, 128, 144, 72, 72]);
    const used = new Set(fixedForms(big).flat());
    const objective = new Map(big.map((entry) => [entry.id, entry.objective]));
    const domainOneObjectives = new Set(
      [...used].filter((id) => id.startsWith('syn-d1-')).map((id) => objective.get(id)),
    );
    expect(domainOneObjectives.size).toBe(
      new Set(big.filter((e) => e.id.startsWith('syn-d1-')).map((e) => e.objective)).size,
    );
    expect([...used].filter((id) => id.startsWith('syn-d1-'))).toHaveLength(104);
  });

  test('make only as many forms as the thinnest domain allows', () => {
    // Domain 4 needs 9 per form: 40 questions fill 4 forms.
    const thin = fixedForms(syntheticIndex([104, 128, 144, 40, 72]));
    expect(thin).toHaveLength(4);
    for (const form of thin) expect(form).toHaveLength(65);
  });

  test('do not depend on the order of the index even when it is mixed, not just reversed', () => {
    const mixed = seededShuffle(index, 11);
    expect(fixedForms(mixed)).toEqual(fixedForms(index));
  });

  test('need nothing of a domain the blueprint gives no question', () => {
    // 3 questions: one each of domains 3, 2 and 1 (the largest remainders); domains 4 and 5 get none.
    expect(formBlueprint(3).map((item) => item.count)).toEqual([1, 1, 1, 0, 0]);
    const forms = fixedForms(syntheticIndex([2, 2, 2, 0, 0]), 8, 3);
    expect(forms).toHaveLength(2);
    for (const form of forms) expect(form).toHaveLength(3);
  });

  test('make none from a bank that cannot fill one form', () => {
    expect(fixedForms(syntheticIndex([54, 27, 33, 5, 5]))).toEqual([]);
    expect(fixedForms([])).toEqual([]);
  });

  test('can make fewer forms on request', () => {
    const three = fixedForms(index, 3);
    expect(three).toHaveLength(3);
    expect(new Set(three.flat()).size).toBe(3 * 65);
  });
});

describe('randomForm', () => {
  const index = syntheticIndex();

  test('draws 65 questions by the blueprint with no shortfall from a full bank', () => {
    const form = randomForm(index, 12345);
    expect(form.ids).toHaveLength(65);
    expect(new Set(form.ids).size).toBe(65);
    expect(domainsOf(form.ids, index)).toEqual([13, 16, 18, 9, 9]);
    expect(form.shortfall).toEqual([]);
  });

  test('gives the same form for the same seed and another form for another seed', () => {
    expect(randomForm(index, 42)).toEqual(randomForm(index, 42));
    const a = new Set(randomForm(index, 42).ids);
    const overlap = randomForm(index, 43).ids.filter((id) => a.has(id)).length;
    expect(overlap).toBeLessThan(30);
  });

  test('does not depend on the order of the index', () => {
    expect(randomForm([...index].reverse(), 7)).toEqual(randomForm(index, 7));
  });

  test('fills a thin domain’s places from the others and says so', () => {
    const thin = syntheticIndex([54, 27, 33, 5, 5]);
    const form = randomForm(thin, 9);
    expect(form.ids).toHaveLength(65);
    expect(new Set(form.ids).size).toBe(65);
    const counts = domainsOf(form.ids, thin);
    expect(counts[3]).toBe(5);
    expect(counts[4]).toBe(5);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(65);
    expect(form.shortfall).toEqual([
      { domain: 4, wanted: 9, available: 5 },
      { domain: 5, wanted: 9, available: 5 },
    ]);
    // The 8 places go to the domains with the most spare questions: domain 1 (41 spare) first.
    expect(counts[0]).toBeGreaterThan(13);
  });

  test('does not depend on the order of the index when it is mixed', () => {
    expect(randomForm(seededShuffle(index, 5), 7)).toEqual(randomForm(index, 7));
  });

  test('reports no shortfall for a domain that has exactly as many questions as the form needs', () => {
    const exact = syntheticIndex([13, 16, 18, 9, 9]);
    const form = randomForm(exact, 3);
    expect(form.shortfall).toEqual([]);
    expect([...form.ids].sort()).toEqual(exact.map((entry) => entry.id).sort());
  });

  test('fills missing places from the domain with the most spare questions', () => {
    // Domain 1 is 7 short; domain 3 has 12 spare, domain 2 only 2: all 7 places go to domain 3.
    const bank = syntheticIndex([6, 18, 30, 9, 9]);
    expect(domainsOf(randomForm(bank, 4).ids, bank)).toEqual([6, 16, 25, 9, 9]);
  });

  test('fills missing places in turn between domains with as many spare, the earlier first', () => {
    // Domain 1 is 7 short; domains 2 and 3 have 4 spare each: 2, 3, 2, 3, 2, 3, 2.
    const bank = syntheticIndex([6, 20, 22, 9, 9]);
    expect(domainsOf(randomForm(bank, 4).ids, bank)).toEqual([6, 20, 21, 9, 9]);
  });

  test('holds the whole bank when it has fewer questions than a form', () => {
    const tiny = syntheticIndex([3, 2, 2, 1, 1]);
    const form = randomForm(tiny, 1);
    expect([...form.ids].sort()).toEqual(tiny.map((entry) => entry.id).sort());
  });

  test.each([-1, 1.5, MAX_SEED + 1, Number.NaN])('refuses the seed %d', (seed) => {
    expect(() => randomForm(index, seed)).toThrow(/seed must be a whole number from 0 to 4294967295/);
  });

  test('accepts the smallest and largest seed', () => {
    expect(randomForm(index, 0).ids).toHaveLength(65);
    expect(randomForm(index, MAX_SEED).ids).toHaveLength(65);
  });
});

describe('parseSeed and newSeed', () => {
  test.each([
    ['0', 0],
    ['12345', 12345],
    ['4294967295', 4294967295],
    ['4294967296', undefined],
    ['-1', undefined],
    ['1e3', undefined],
    ['12a', undefined],
    [' 12', undefined],
    ['12345678901', undefined],
    ['', undefined],
    [null, undefined],
  ])('parseSeed(%j) is %j', (text, seed) => {
    expect(parseSeed(text)).toBe(seed);
  });

  test('newSeed stays within 0..MAX_SEED', () => {
    expect(newSeed(() => 0)).toBe(0);
    expect(newSeed(() => 0.5)).toBe(2147483648);
    expect(newSeed(() => 0.9999999999)).toBe(MAX_SEED);
    expect(newSeed(() => 1)).toBe(0);
  });
});

test('FULL_BANK is exactly what 8 forms need', () => {
  expect(FULL_BANK.reduce((a, b) => a + b, 0)).toBe(8 * 65);
});
