// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// LCS length by Hyyrö's bit-parallel recurrence (2004; after Allison & Dix 1986):
// one pass over `b`, ceil(|a| / 32) word operations per token, so 10,000 × 10,000
// tokens cost ~3 million word steps instead of 100 million DP cells.

/** Bit masks of `a`: for each token shared with `b`, the positions where it occurs in `a`. */
export interface BitPattern {
  /** Number of 32-bit words per bit vector: ceil(|a| / 32). */
  readonly words: number;
  /** Row `r` (words `r*words … r*words+words-1`) holds the positions of shared token `r` in `a`. */
  readonly masks: Uint32Array;
  /** For each token of `b`, its mask row, or -1 when the token does not occur in `a`. */
  readonly rowOfB: Int32Array;
}

/** Interns the tokens of `a`, then builds one bit mask per token that also occurs in `b`. */
export function buildBitPattern<T>(a: readonly T[], b: readonly T[]): BitPattern {
  const words = Math.max(1, Math.ceil(a.length / 32));
  const inA = new Map<T, number>();
  for (const t of a) if (!inA.has(t)) inA.set(t, -1);
  // Only tokens present on both sides need a mask; the others never change the bit vector.
  const rowOfB = new Int32Array(b.length);
  let rows = 0;
  for (let j = 0; j < b.length; j++) {
    const t = b[j] as T;
    const row = inA.get(t);
    if (row === undefined) rowOfB[j] = -1;
    else if (row >= 0) rowOfB[j] = row;
    else {
      inA.set(t, rows);
      rowOfB[j] = rows++;
    }
  }
  const masks = new Uint32Array(rows * words);
  for (let i = 0; i < a.length; i++) {
    const row = inA.get(a[i] as T) as number;
    if (row >= 0) masks[row * words + (i >>> 5)]! |= 1 << (i & 31);
  }
  return { words, masks, rowOfB };
}

/**
 * One step of Hyyrö's recurrence V' = (V + (V & M)) | (V & ~M) on a multi-word
 * vector, with the carry of the addition propagated across words.
 */
export function bitStep(v: Uint32Array, masks: Uint32Array, base: number, words: number): void {
  let carry = 0;
  for (let w = 0; w < words; w++) {
    const x = v[w]!;
    const m = masks[base + w]!;
    const u = (x & m) >>> 0;
    const sum = x + u + carry;
    carry = sum > 0xffffffff ? 1 : 0;
    v[w] = sum | (x & ~m);
  }
}

/** Number of set bits of a 32-bit word (SWAR popcount). */
export function popcount32(x: number): number {
  let y = x - ((x >>> 1) & 0x55555555);
  y = (y & 0x33333333) + ((y >>> 2) & 0x33333333);
  return Math.imul((y + (y >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Zero bits among the first `count` bits of the vector stored at `v[offset…]`. */
export function zerosBelow(v: Uint32Array, offset: number, count: number): number {
  let zeros = 0;
  const full = count >>> 5;
  for (let w = 0; w < full; w++) zeros += 32 - popcount32(v[offset + w]!);
  const rest = count & 31;
  if (rest > 0) zeros += popcount32(~v[offset + full]! & ((1 << rest) - 1));
  return zeros;
}

/**
 * Length of a longest common subsequence of two token lists (bit-parallel).
 *
 * Tokens are compared with `===` (SameValueZero through a Map). Either list
 * empty → 0. Time O(|a|·|b| / 32), memory O(|a|·k / 32) for k shared distinct
 * tokens. Never throws.
 *
 * @example lcsLength(['a', 'b', 'c', 'b'], ['b', 'c', 'b', 'a']) // 3
 */
export function lcsLength<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const { words, masks, rowOfB } = buildBitPattern(a, b);
  const v = new Uint32Array(words).fill(0xffffffff);
  for (let j = 0; j < rowOfB.length; j++) {
    const row = rowOfB[j]!;
    if (row >= 0) bitStep(v, masks, row * words, words);
  }
  // A zero bit at position i marks a row where the LCS grows by one.
  return zerosBelow(v, 0, a.length);
}

/**
 * Length of a longest common subsequence by the textbook dynamic program
 * (one rolling row). Same contract as {@link lcsLength}; O(|a|·|b|) time. Kept
 * as the plain reference the bit-parallel version is tested against.
 *
 * @example lcsLengthDP(['a', 'b', 'c', 'b'], ['b', 'c', 'b', 'a']) // 3
 */
export function lcsLengthDP<T>(a: readonly T[], b: readonly T[]): number {
  const row = new Int32Array(b.length + 1);
  for (let i = 0; i < a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i] === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}
