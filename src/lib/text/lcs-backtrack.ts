// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// ROUGE-Lsum unions the LCS positions of several sentence pairs, so the *choice*
// among equally long LCSs changes the score. This reproduces rouge-score's
// backtrack order exactly, reading the DP table from bit-parallel columns
// (|ref|/32 words per candidate token) instead of a full |ref| × |can| table.
import { bitStep, buildBitPattern, zerosBelow } from './lcs.ts';

/**
 * Indices into `reference` of the LCS that rouge-score's `_backtrack_norec`
 * picks: from the end, take a match when the tokens are equal, otherwise move
 * left (drop a candidate token) only if that cell is strictly larger than the
 * one above, else move up (drop a reference token).
 *
 * Returns ascending indices; `[]` if either list is empty. Time
 * O(|ref|·|can| / 32), memory O((|can| + 1)·|ref| / 32). Never throws.
 *
 * @example lcsReferenceIndices(['a', 'b', 'a'], ['a']) // [2]
 */
export function lcsReferenceIndices<T>(reference: readonly T[], candidate: readonly T[]): number[] {
  const m = reference.length;
  const n = candidate.length;
  if (m === 0 || n === 0) return [];
  const { words, masks, rowOfB } = buildBitPattern(reference, candidate);
  // Column j = Hyyrö vector after candidate[0..j); table[i][j] = zeros among its first i bits.
  const columns = new Uint32Array((n + 1) * words);
  columns.fill(0xffffffff, 0, words);
  for (let j = 1; j <= n; j++) {
    columns.copyWithin(j * words, (j - 1) * words, j * words);
    const row = rowOfB[j - 1]!;
    if (row >= 0) bitStep(columns.subarray(j * words, (j + 1) * words), masks, row * words, words);
  }
  const out: number[] = [];
  let i = m;
  let j = n;
  let here = zerosBelow(columns, n * words, m);
  while (i > 0 && j > 0) {
    if (reference[i - 1] === candidate[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
      here--;
      continue;
    }
    const left = zerosBelow(columns, (j - 1) * words, i);
    // Bit i-1 of column j is 0 exactly when table[i][j] = table[i-1][j] + 1.
    const bit = (columns[j * words + ((i - 1) >>> 5)]! >>> ((i - 1) & 31)) & 1;
    const up = here - (1 - bit);
    if (left > up) {
      j--;
      here = left;
    } else {
      i--;
      here = up;
    }
  }
  return out.reverse();
}
