// Walks an `expected` block of a vector case and checks every field of it
// against the value computed by the library, failing with the field's path.
import { expect } from 'vitest';
import { decodeFloat, expectClose, type Tolerance } from './close.ts';

/** Hook for fields with a documented special rule; return true when it handled the path. */
export type SpecialRule = (path: string, got: unknown, expected: unknown) => boolean;

export function compareDeep(
  got: unknown,
  rawExpected: unknown,
  tol: Tolerance,
  path: string,
  special?: SpecialRule,
): void {
  if (special?.(path, got, rawExpected) === true) return;
  const expected = decodeFloat(rawExpected);
  if (typeof expected === 'number') {
    if (typeof got !== 'number')
      expect(typeof got, `${path}: expected a number, got ${JSON.stringify(got)}`).toBe('number');
    expectClose(got as number, expected, path, tol);
    return;
  }
  if (expected === null || typeof expected === 'boolean' || typeof expected === 'string') {
    if (got !== expected) {
      expect(got, `${path}: got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`).toStrictEqual(expected);
    }
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(got))
      expect(got, `${path}: expected an array, got ${JSON.stringify(got)}`).toBeInstanceOf(Array);
    const arr = got as unknown[];
    if (arr.length !== expected.length) expect(arr.length, `${path}: length`).toBe(expected.length);
    expected.forEach((e, i) => compareDeep(arr[i], e, tol, `${path}[${i}]`, special));
    return;
  }
  expect(typeof got === 'object' && got !== null, `${path}: expected an object, got ${JSON.stringify(got)}`).toBe(true);
  const obj = got as Record<string, unknown>;
  for (const [key, value] of Object.entries(expected as Record<string, unknown>)) {
    expect(key in obj, `${path}.${key}: missing from the computed result`).toBe(true);
    compareDeep(obj[key], value, tol, `${path}.${key}`, special);
  }
}
