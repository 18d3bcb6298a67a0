// Shared helpers for calculator end-to-end tests: reference vectors and number formatting as shown.
import { readFileSync } from 'node:fs';
import { formatNumber } from '../../../src/lib/calculators/format.ts';

export interface VectorCase {
  name: string;
  kind: string;
  tags: string[];
  input: Record<string, unknown>;
  options: Record<string, unknown>;
  expected: Record<string, unknown>;
}

/** The cases of one reference-vector family (tests/vectors/<family>.json). */
export function vectorCases(family: string): VectorCase[] {
  return (JSON.parse(readFileSync(`tests/vectors/${family}.json`, 'utf8')) as { cases: VectorCase[] }).cases;
}

/** How a calculator writes a reference value (4 decimals, trailing zeros dropped). */
export const shown = (value: number) => formatNumber(value);
