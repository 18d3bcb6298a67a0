// The comparison every conformance case goes through: it must fail on a wrong value, a missing field
// and, both ways, on a field that the reference does not list.
import { describe, expect, test } from 'vitest';
import { DEFAULT_TOLERANCE } from './close.ts';
import { compareDeep } from './deep-compare.ts';

const compare = (got: unknown, expected: unknown) => () => compareDeep(got, expected, DEFAULT_TOLERANCE, 'expected');

describe('compareDeep', () => {
  test('passes when every field matches, floats within the tolerance', () => {
    expect(
      compare({ a: 0.1 + 0.2, b: [1, Number.NaN], c: { d: null } }, { a: 0.3, b: [1, 'NaN'], c: { d: null } }),
    ).not.toThrow();
  });

  test('fails on a field the computed result has and the reference does not list', () => {
    expect(compare({ a: 1, binary: { f1: 0.5 } }, { a: 1 })).toThrow('expected: fields the reference does not list');
    expect(compare({ a: { b: 1, extra: 2 } }, { a: { b: 1 } })).toThrow(
      'expected.a: fields the reference does not list',
    );
  });

  test('fails on a field the reference lists and the result lacks', () => {
    expect(compare({ a: 1 }, { a: 1, b: 2 })).toThrow('expected.b: missing from the computed result');
  });

  test('fails on a wrong number, a wrong null and a wrong array length', () => {
    expect(compare({ a: 0.31 }, { a: 0.3 })).toThrow('expected.a: got 0.31, expected 0.3');
    expect(compare({ a: 0 }, { a: null })).toThrow('expected.a: got 0, expected null');
    expect(compare([1, 2, 3], [1, 2])).toThrow('expected: length');
  });
});

test('compareDeep fails when there is nothing to compare', () => {
  expect(compare({}, {})).toThrow('expected: no value was compared');
});
