// Mock exam forms: 65 questions drawn by the exam's domain weights. Fixed forms 1-8 are dealt from the
// bank so that no two share a question; a random form is drawn from a seed that the page keeps in its
// address, so the same seed gives the same form again. Pure; ships to the browser.
import { EXAM_DOMAINS } from '../exam/blueprint.ts';
import { domainOf } from '../exam/objective-ids.ts';
import { mulberry32 } from '../random/mulberry32.ts';
import { allocateByWeight } from './allocate.ts';
import type { IndexEntry } from './bank.ts';
import { seededShuffle, shuffleWith } from './shuffle.ts';

/** Questions in a mock exam, as on the real exam (50 scored and 15 unscored; here all are scored). */
export const EXAM_LENGTH = 65;
export const FIXED_FORM_COUNT = 8;
/** Seed of the fixed forms' deal. Changing it reshuffles every fixed form. */
export const FIXED_FORM_SEED = 0xa1fc01;
/** Largest seed a random form accepts: seeds are unsigned 32-bit numbers. */
export const MAX_SEED = 0xffffffff;

export interface DomainCount {
  readonly domain: number;
  readonly count: number;
}

/** How many questions of each domain a form of `length` questions holds: 65 -> 13/16/18/9/9. */
export function formBlueprint(length = EXAM_LENGTH): DomainCount[] {
  const counts = allocateByWeight(
    length,
    EXAM_DOMAINS.map((domain) => domain.weight),
  );
  return EXAM_DOMAINS.map((domain, index) => ({ domain: domain.number, count: counts[index]! }));
}

/** The bank's questions of each domain, ordered by id so the draw does not depend on file order. */
function byDomain(index: readonly IndexEntry[]): Map<number, IndexEntry[]> {
  const groups = new Map<number, IndexEntry[]>(EXAM_DOMAINS.map((domain) => [domain.number, []]));
  for (const entry of [...index].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
    groups.get(domainOf(entry.objective))?.push(entry);
  return groups;
}

const byObjective = (a: IndexEntry, b: IndexEntry) => a.objective.localeCompare(b.objective, 'en', { numeric: true });

/**
 * The fixed forms: as many complete forms as the bank allows, at most `count`. For each domain, a
 * random subset of forms × blueprint count questions is sorted by objective (the shuffle breaks ties)
 * and dealt like cards, so every form gets a fair share of every objective; each form is then shuffled
 * into exam order. Forms never share a question. A form is only made when every domain can fill it, so
 * a thin domain yields fewer forms rather than lopsided ones.
 */
export function fixedForms(index: readonly IndexEntry[], count = FIXED_FORM_COUNT, length = EXAM_LENGTH): string[][] {
  const blueprint = formBlueprint(length);
  const groups = byDomain(index);
  const possible = Math.min(
    count,
    ...blueprint.map(({ domain, count: need }) =>
      need === 0 ? count : Math.floor((groups.get(domain)?.length ?? 0) / need),
    ),
  );
  const hands: string[][] = Array.from({ length: possible }, () => []);
  for (const { domain, count: need } of blueprint) {
    // A random subset of exactly the questions needed, so a surplus leaves out no objective in particular.
    const dealt = seededShuffle(groups.get(domain) ?? [], FIXED_FORM_SEED + domain)
      .slice(0, possible * need)
      .sort(byObjective);
    dealt.forEach((entry, position) => hands[position % possible]!.push(entry.id));
  }
  return hands.map((ids, form) => seededShuffle(ids, FIXED_FORM_SEED ^ (form + 1)));
}

export interface Shortfall {
  readonly domain: number;
  /** Questions the blueprint asks of the domain. */
  readonly wanted: number;
  /** Questions the bank has in it. */
  readonly available: number;
}

export interface RandomForm {
  readonly ids: string[];
  /** Domains the bank cannot fill; their places went to the other domains. Empty on a full bank. */
  readonly shortfall: Shortfall[];
}

/**
 * A random form for `seed`: each domain's blueprint count drawn at random, in a random exam order. When a
 * domain has fewer questions than the blueprint asks, it gives all it has and the other domains fill
 * the places (largest supply first), so the form still has `length` questions if the bank does; the
 * shortfall says so. Throws RangeError for a seed that is not a whole number in 0..MAX_SEED.
 */
export function randomForm(index: readonly IndexEntry[], seed: number, length = EXAM_LENGTH): RandomForm {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)
    throw new RangeError(`randomForm: seed must be a whole number from 0 to ${MAX_SEED} (got ${seed})`);
  const random = mulberry32(seed);
  const groups = [...byDomain(index)].map(([domain, entries]) => ({
    domain,
    pool: shuffleWith(entries, random).map((entry) => entry.id),
  }));
  const blueprint = formBlueprint(length);
  const taken = groups.map(({ domain, pool }) =>
    pool.slice(0, blueprint.find((item) => item.domain === domain)?.count ?? 0),
  );
  const shortfall = blueprint.flatMap(({ domain, count }) => {
    const available = groups.find((group) => group.domain === domain)?.pool.length ?? 0;
    return available < count ? [{ domain, wanted: count, available }] : [];
  });
  let missing = length - taken.reduce((sum, ids) => sum + ids.length, 0);
  while (missing > 0) {
    const spare = groups
      .map((group, i) => ({ i, left: group.pool.length - taken[i]!.length }))
      .sort((a, b) => b.left - a.left || a.i - b.i)[0];
    if (!spare || spare.left === 0) break;
    taken[spare.i]!.push(groups[spare.i]!.pool[taken[spare.i]!.length]!);
    missing -= 1;
  }
  return { ids: shuffleWith(taken.flat(), random), shortfall };
}

/** A seed read from the address: decimal digits only, 0..MAX_SEED; undefined otherwise. */
export function parseSeed(text: string | null | undefined): number | undefined {
  if (!text || !/^\d{1,10}$/.test(text)) return undefined;
  const seed = Number(text);
  return seed <= MAX_SEED ? seed : undefined;
}

/** A fresh seed from a source of random numbers in [0, 1) such as Math.random. */
export function newSeed(random: () => number): number {
  return Math.floor(random() * (MAX_SEED + 1)) % (MAX_SEED + 1);
}
