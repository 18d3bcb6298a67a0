// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.

/**
 * The contiguous n-grams of `tokens`, in order.
 *
 * `n` larger than the list → `[]`; `n` < 1 → `[]` (the metric functions
 * validate `n` before calling this). Never throws.
 *
 * @example ngrams(['a', 'b', 'c'], 2) // [['a', 'b'], ['b', 'c']]
 */
export function ngrams<T>(tokens: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  if (n < 1) return out;
  for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n));
  return out;
}

/**
 * The key of each n-gram of `tokens`, in order: collision-free strings built from
 * integer ids that `vocabulary` (shared by the texts being compared) assigns to
 * tokens, so tokens containing any character, including separators, can never make
 * two different n-grams share a key. `[]` when the list is shorter than `n` or n < 1.
 * Never throws.
 *
 * @example ngramKeys(['a', 'b', 'a', 'b'], 2, new Map()) // ['0,1', '1,0', '0,1']
 */
export function ngramKeys(tokens: readonly string[], n: number, vocabulary: Map<string, number>): string[] {
  const ids = tokens.map((t) => {
    let id = vocabulary.get(t);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(t, id);
    }
    return id;
  });
  const keys: string[] = [];
  for (let i = 0; n >= 1 && i + n <= ids.length; i++) keys.push(ids.slice(i, i + n).join(','));
  return keys;
}

/**
 * Multiset of the n-grams of `tokens`, keyed as {@link ngramKeys} keys them.
 * Returns an empty map when the list is shorter than `n`. Never throws.
 *
 * @example ngramCounts(['a', 'b', 'a', 'b'], 2, new Map()).size // 2 ('a b' twice, 'b a' once)
 */
export function ngramCounts(
  tokens: readonly string[],
  n: number,
  vocabulary: Map<string, number>,
): Map<string, number> {
  return countKeys(ngramKeys(tokens, n, vocabulary));
}

/** How often each key occurs (a multiset as a Map). Never throws. */
export function countKeys(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
