// Seeded shuffling for the practice engine: the same seed always gives the same order on every machine
// and in every build, so forms, sets and the shown order of ordering steps and matching responses are
// reproducible. Pure; ships to the browser.
import { mulberry32 } from '../random/mulberry32.ts';

/**
 * FNV-1a over the UTF-16 code units of `text`, as an unsigned 32-bit number: a stable seed from a
 * question id. Not a cryptographic hash.
 * @example hashString('') === 2166136261
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A shuffled copy of `items` (Fisher-Yates, drawing from `random`); the input is left as it is. */
export function shuffleWith<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** A shuffled copy of `items`, the same for the same seed. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  return shuffleWith(items, mulberry32(seed));
}

/**
 * The order in which to show `count` items of the question `id` (steps of an ordering question,
 * responses of a matching question): a permutation of 0..count-1, fixed for the id. It is never the
 * identity when count >= 2, because steps shown in the right order would answer the question; when the
 * shuffle happens to give the identity, the order is rotated by one.
 * @example displayOrder('kb-ingestion-order', 4) // e.g. [2, 0, 3, 1], the same on every call
 */
export function displayOrder(id: string, count: number): number[] {
  const order = seededShuffle(
    Array.from({ length: count }, (_, index) => index),
    hashString(id),
  );
  const identity = order.every((value, index) => value === index);
  return identity && count >= 2 ? [...order.slice(1), order[0]!] : order;
}
