// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// Hirschberg (1975): an LCS alignment in O(|a| + |b|) memory, so the UI can
// highlight matched tokens of two 5,000-token texts without a 25-million-cell table.

/** Interns tokens of both lists to small integers so the inner loops compare numbers. */
function intern<T>(a: readonly T[], b: readonly T[]): [Int32Array, Int32Array] {
  const ids = new Map<T, number>();
  const toIds = (xs: readonly T[]): Int32Array => {
    const out = new Int32Array(xs.length);
    for (let i = 0; i < xs.length; i++) {
      let id = ids.get(xs[i] as T);
      if (id === undefined) {
        id = ids.size;
        ids.set(xs[i] as T, id);
      }
      out[i] = id;
    }
    return out;
  };
  return [toIds(a), toIds(b)];
}

/** row[k] = LCS(a[aLo..aHi), b[bLo..bLo+k)) for k = 0 … bHi-bLo. */
function forwardRow(
  a: Int32Array,
  aLo: number,
  aHi: number,
  b: Int32Array,
  bLo: number,
  bHi: number,
  row: Int32Array,
): void {
  const width = bHi - bLo;
  row.fill(0, 0, width + 1);
  for (let i = aLo; i < aHi; i++) {
    const x = a[i];
    let diagonal = 0;
    for (let k = 1; k <= width; k++) {
      const above = row[k]!;
      row[k] = x === b[bLo + k - 1] ? diagonal + 1 : Math.max(above, row[k - 1]!);
      diagonal = above;
    }
  }
}

/** row[k] = LCS(a[aLo..aHi), b[bLo+k..bHi)) for k = 0 … bHi-bLo. */
function backwardRow(
  a: Int32Array,
  aLo: number,
  aHi: number,
  b: Int32Array,
  bLo: number,
  bHi: number,
  row: Int32Array,
): void {
  const width = bHi - bLo;
  row.fill(0, 0, width + 1);
  for (let i = aHi - 1; i >= aLo; i--) {
    const x = a[i];
    let diagonal = 0;
    for (let k = width - 1; k >= 0; k--) {
      const below = row[k]!;
      row[k] = x === b[bLo + k] ? diagonal + 1 : Math.max(below, row[k + 1]!);
      diagonal = below;
    }
  }
}

/**
 * One longest common subsequence of `a` and `b` as index pairs `[i, j]` with
 * `a[i] === b[j]`, both strictly increasing (Hirschberg's divide and conquer).
 *
 * Its length always equals {@link lcsLength}; when several LCSs exist, which one
 * is returned is unspecified (use `lcsReferenceIndices` for rouge-score's
 * choice). Either list empty → `[]`. Time O(|a|·|b|), extra memory
 * O(|a| + |b|). Never throws.
 *
 * @example lcsAlignment(['a', 'b', 'c'], ['b', 'x', 'c']) // [[1, 0], [2, 2]]
 */
export function lcsAlignment<T>(a: readonly T[], b: readonly T[]): Array<[number, number]> {
  const [ia, ib] = intern(a, b);
  const forward = new Int32Array(b.length + 1);
  const backward = new Int32Array(b.length + 1);
  const pairs: Array<[number, number]> = [];
  const solve = (aLo: number, aHi: number, bLo: number, bHi: number): void => {
    if (aLo >= aHi || bLo >= bHi) return;
    if (aHi - aLo === 1) {
      for (let j = bLo; j < bHi; j++) {
        if (ia[aLo] === ib[j]) {
          pairs.push([aLo, j]);
          return;
        }
      }
      return;
    }
    const mid = (aLo + aHi) >>> 1;
    forwardRow(ia, aLo, mid, ib, bLo, bHi, forward);
    backwardRow(ia, mid, aHi, ib, bLo, bHi, backward);
    let split = 0;
    let best = -1;
    for (let k = 0; k <= bHi - bLo; k++) {
      const total = forward[k]! + backward[k]!;
      if (total > best) {
        best = total;
        split = k;
      }
    }
    // The rows are reused by the recursive calls, so read the split before recursing.
    solve(aLo, mid, bLo, bLo + split);
    solve(mid, aHi, bLo + split, bHi);
  };
  solve(0, a.length, 0, b.length);
  return pairs;
}
