// Short practice sets: questions of one domain, of one objective, or those the learner last answered
// wrongly. Pure; ships to the browser.
import { domainOf } from '../exam/objective-ids.ts';
import type { IndexEntry } from './bank.ts';
import { seededShuffle } from './shuffle.ts';

/** The set sizes offered for a domain set. */
export const SET_SIZES = [10, 20, 30] as const;
/** A set of questions answered wrongly before holds at most this many (the most recent mistakes). */
export const WRONG_SET_LIMIT = 30;

const sortedIds = (entries: readonly IndexEntry[]) => entries.map((entry) => entry.id).sort();

/** Up to `count` questions of a domain, drawn at random for `seed` (the same seed, the same set). */
export function domainSet(index: readonly IndexEntry[], domain: number, count: number, seed: number): string[] {
  const ids = sortedIds(index.filter((entry) => domainOf(entry.objective) === domain));
  return seededShuffle(ids, seed).slice(0, Math.max(0, Math.floor(count)));
}

/** Every question of an objective, in a random order for `seed`. */
export function objectiveSet(index: readonly IndexEntry[], objective: string, seed: number): string[] {
  return seededShuffle(sortedIds(index.filter((entry) => entry.objective === objective)), seed);
}

/** The latest answer to a question, from a practice attempt or a page's self-check. */
export interface LatestResult {
  readonly correct: boolean;
  /** When it was answered (ms since the epoch). */
  readonly at: number;
}

/**
 * The questions still in the bank whose latest answer was wrong, most recent mistake first, at most
 * `limit`. A question answered wrongly and then rightly is not in it.
 */
export function wrongSet(
  index: readonly IndexEntry[],
  latest: ReadonlyMap<string, LatestResult>,
  limit = WRONG_SET_LIMIT,
): string[] {
  return index
    .flatMap((entry) => {
      const result = latest.get(entry.id);
      return result && !result.correct ? [{ id: entry.id, at: result.at }] : [];
    })
    .sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((item) => item.id);
}

/** The latest result per question across several sources (practice attempts, page self-checks). */
export function mergeLatest(...sources: readonly ReadonlyMap<string, LatestResult>[]): Map<string, LatestResult> {
  const merged = new Map<string, LatestResult>();
  for (const source of sources)
    for (const [id, result] of source) {
      const known = merged.get(id);
      if (!known || known.at < result.at) merged.set(id, result);
    }
  return merged;
}
