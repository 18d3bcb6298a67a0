import { describe, expect, test } from 'vitest';
import { domainSet, objectiveSet, wrongSet } from '../../../src/lib/practice/sets.ts';
import { syntheticIndex } from './synthetic-bank.ts';

const index = syntheticIndex([30, 30, 30, 12, 12]);

describe('domainSet', () => {
  test('draws the asked number of questions, all of the domain, reproducibly', () => {
    const set = domainSet(index, 2, 10, 5);
    expect(set).toHaveLength(10);
    expect(set.every((id) => id.startsWith('syn-d2-'))).toBe(true);
    expect(new Set(set).size).toBe(10);
    expect(domainSet(index, 2, 10, 5)).toEqual(set);
    expect(domainSet([...index].reverse(), 2, 10, 5)).toEqual(set);
    expect(domainSet(index, 2, 10, 6)).not.toEqual(set);
  });

  test('gives all the domain has when it has fewer, and nothing for a count of 0 or less', () => {
    expect(domainSet(index, 4, 20, 1)).toHaveLength(12);
    expect(domainSet(index, 4, 0, 1)).toEqual([]);
    expect(domainSet(index, 4, -3, 1)).toEqual([]);
    expect(domainSet(index, 4, 2.7, 1)).toHaveLength(2);
  });
});

describe('objectiveSet', () => {
  test('holds every question of the objective, shuffled by the seed', () => {
    const objective = index[0]!.objective;
    const expected = index.filter((entry) => entry.objective === objective).map((entry) => entry.id);
    const set = objectiveSet(index, objective, 3);
    expect([...set].sort()).toEqual([...expected].sort());
    expect(objectiveSet(index, objective, 3)).toEqual(set);
    expect(objectiveSet(index, '9.9.9', 3)).toEqual([]);
  });
});

describe('wrongSet', () => {
  const latest = new Map([
    ['syn-d1-000', { correct: false, at: 10 }],
    ['syn-d1-001', { correct: true, at: 50 }],
    ['syn-d2-000', { correct: false, at: 30 }],
    ['syn-d3-000', { correct: false, at: 30 }],
    ['gone-from-the-bank', { correct: false, at: 99 }],
  ]);

  test('lists the questions last answered wrongly, most recent first, and only those still in the bank', () => {
    expect(wrongSet(index, latest)).toEqual(['syn-d2-000', 'syn-d3-000', 'syn-d1-000']);
  });

  test('puts mistakes made at the same time in id order, whatever the order of the index', () => {
    expect(wrongSet([...index].reverse(), latest)).toEqual(['syn-d2-000', 'syn-d3-000', 'syn-d1-000']);
  });

  test('keeps at most the limit', () => {
    expect(wrongSet(index, latest, 2)).toEqual(['syn-d2-000', 'syn-d3-000']);
    expect(wrongSet(index, new Map())).toEqual([]);
  });
});
