// Walks an `expected` block of a vector case and checks every field of it
// against the value computed by the library, failing with the field's path.
// The comparison goes both ways: a field the computed result has and the
// reference does not list fails too, so a value that should be absent (a
// binary view of a 3 × 3 matrix) cannot slip through unchecked.
import { expect } from 'vitest';
import { closeMessage, decodeFloat, isClose, type Tolerance } from './close.ts';

/** Hook for fields with a documented special rule; return true when it handled the path. */
export type SpecialRule = (path: string, got: unknown, expected: unknown) => boolean;

/**
 * Compares `got` with the reference block `rawExpected`, failing at the first difference with its path.
 * A vector case can hold 100,000 values and one expect() per value would cost more than the metric,
 * so values are compared without expect() and a mismatch fails through expect(); at the end one
 * assertion checks that values were compared at all (a checker that stopped comparing cannot pass).
 */
export function compareDeep(
  got: unknown,
  rawExpected: unknown,
  tol: Tolerance,
  path: string,
  special?: SpecialRule,
): void {
  const compared = walk(got, rawExpected, tol, path, special);
  expect(compared, `${path}: no value was compared`).toBeGreaterThan(0);
}

/** Compares recursively; returns how many values (and array lengths) it compared. */
function walk(got: unknown, rawExpected: unknown, tol: Tolerance, path: string, special?: SpecialRule): number {
  if (special?.(path, got, rawExpected) === true) return 1;
  const expected = decodeFloat(rawExpected);
  if (typeof expected === 'number') {
    if (typeof got !== 'number')
      expect(typeof got, `${path}: expected a number, got ${JSON.stringify(got)}`).toBe('number');
    if (!isClose(got as number, expected, tol))
      expect(false, closeMessage(got as number, expected, path, tol)).toBe(true);
    return 1;
  }
  if (expected === null || typeof expected === 'boolean' || typeof expected === 'string') {
    if (got !== expected) {
      expect(got, `${path}: got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`).toStrictEqual(expected);
    }
    return 1;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(got))
      expect(got, `${path}: expected an array, got ${JSON.stringify(got)}`).toBeInstanceOf(Array);
    const arr = got as unknown[];
    if (arr.length !== expected.length) expect(arr.length, `${path}: length`).toBe(expected.length);
    return expected.reduce((sum: number, e, i) => sum + walk(arr[i], e, tol, `${path}[${i}]`, special), 1);
  }
  if (typeof got !== 'object' || got === null)
    expect(typeof got === 'object' && got !== null, `${path}: expected an object, got ${JSON.stringify(got)}`).toBe(
      true,
    );
  const obj = got as Record<string, unknown>;
  const unexpected = Object.keys(obj).filter((key) => !Object.hasOwn(expected as object, key));
  if (unexpected.length > 0) expect(unexpected, `${path}: fields the reference does not list`).toEqual([]);
  let compared = 0;
  for (const [key, value] of Object.entries(expected as Record<string, unknown>)) {
    if (!(key in obj)) expect(key in obj, `${path}.${key}: missing from the computed result`).toBe(true);
    compared += walk(obj[key], value, tol, `${path}.${key}`, special);
  }
  return compared;
}
