// Float comparison shared by the metric tests.
//
// Tolerance: |got − expected| ≤ atol + rtol·|expected| (numpy.isclose's rule),
// with NaN equal to NaN and infinities required to match exactly. The vector
// files state their own tolerance (suggested_tolerance); hand-derived textbook
// values use DEFAULT_TOLERANCE, a few ulps at the scale of the values tested.
import { expect } from 'vitest';

export interface Tolerance {
  readonly rtol: number;
  readonly atol: number;
}

/** For hand-derived values of order 1: allows ~5 ulps of rounding, catches any real formula error. */
export const DEFAULT_TOLERANCE: Tolerance = { rtol: 1e-15, atol: 1e-15 };

/** Decodes the vector files' non-finite encodings ("NaN", "Infinity", "-Infinity"); other values pass through. */
export function decodeFloat(value: unknown): unknown {
  if (value === 'NaN') return Number.NaN;
  if (value === 'Infinity') return Number.POSITIVE_INFINITY;
  if (value === '-Infinity') return Number.NEGATIVE_INFINITY;
  return value;
}

/** True when `got` matches `expected` under the tolerance rule above. */
export function isClose(got: number, expected: number, tol: Tolerance = DEFAULT_TOLERANCE): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(got);
  if (!Number.isFinite(expected)) return got === expected;
  if (!Number.isFinite(got)) return false;
  return Math.abs(got - expected) <= tol.atol + tol.rtol * Math.abs(expected);
}

/** The failure message of a comparison that is not close. */
export const closeMessage = (got: number, expected: number, what: string, tol: Tolerance): string =>
  `${what}: got ${got}, expected ${expected} (rtol ${tol.rtol}, atol ${tol.atol})`;

/**
 * Asserts isClose, naming `what` (e.g. a field path) in the failure message. One expect() call every
 * time, passing or not, so a test made of these counts its assertions (expect.hasAssertions). Bulk
 * comparisons of whole vector cases go through compareDeep instead, which asserts once per case.
 */
export function expectClose(got: number, expected: number, what: string, tol: Tolerance = DEFAULT_TOLERANCE): void {
  const close = isClose(got, expected, tol);
  expect(close, close ? what : closeMessage(got, expected, what, tol)).toBe(true);
}
