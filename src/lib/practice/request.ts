// What the practice page's address asks for: a fixed form, a random form (its seed), a practice set, or
// the report of a finished attempt. Reading is strict: anything unexpected gives a message to show, not
// a guess. Pure; ships to the browser.
import { isObjectiveId } from './bank.ts';
import type { AttemptMode, AttemptSource } from './attempt.ts';
import { FIXED_FORM_COUNT, parseSeed } from './forms.ts';
import { SET_SIZES } from './sets.ts';

export type PracticeRequest =
  | { readonly kind: 'report'; readonly attempt: string }
  | { readonly kind: 'start'; readonly source: AttemptSource }
  /** The address has no seed yet: the page picks one and puts it in the address. */
  | { readonly kind: 'needs-seed'; readonly source: (seed: number) => AttemptSource }
  | { readonly kind: 'invalid'; readonly message: string };

/** Reads the query string of /practice/exam/ or /practice/set/. */
export function parseRequest(mode: AttemptMode, query: string): PracticeRequest {
  const params = new URLSearchParams(query);
  const attempt = params.get('attempt');
  if (attempt !== null)
    return /^[a-z0-9-]{1,40}$/.test(attempt)
      ? { kind: 'report', attempt }
      : { kind: 'invalid', message: 'This address names no attempt of yours.' };
  const seedText = params.get('seed');
  const seed = parseSeed(seedText);
  if (seedText !== null && seed === undefined)
    return { kind: 'invalid', message: `The seed “${seedText}” is not a whole number from 0 to 4294967295.` };
  const withSeed = (make: (seed: number) => AttemptSource): PracticeRequest =>
    seed === undefined ? { kind: 'needs-seed', source: make } : { kind: 'start', source: make(seed) };

  if (mode === 'exam') {
    const form = params.get('form');
    if (form === null) return withSeed((value) => ({ kind: 'seed', seed: value }));
    const number = /^[1-9]$/.test(form) ? Number(form) : 0;
    return number >= 1 && number <= FIXED_FORM_COUNT
      ? { kind: 'start', source: { kind: 'form', form: number } }
      : {
          kind: 'invalid',
          message: `There is no form “${form}”: the fixed forms are numbered 1 to ${FIXED_FORM_COUNT}.`,
        };
  }
  if (params.get('wrong') !== null) return { kind: 'start', source: { kind: 'wrong' } };
  const objective = params.get('objective');
  if (objective !== null)
    return isObjectiveId(objective)
      ? withSeed((value) => ({ kind: 'objective', objective, seed: value }))
      : { kind: 'invalid', message: `“${objective}” is not an objective number such as 1.2.5.` };
  const domain = params.get('domain');
  if (domain !== null) {
    const number = /^[1-5]$/.test(domain) ? Number(domain) : 0;
    const countText = params.get('count') ?? String(SET_SIZES[0]);
    const count = SET_SIZES.find((size) => String(size) === countText);
    if (number === 0) return { kind: 'invalid', message: `There is no domain “${domain}”: the domains are 1 to 5.` };
    if (count === undefined)
      return { kind: 'invalid', message: `A set holds ${SET_SIZES.join(', ')} questions, not “${countText}”.` };
    return withSeed((value) => ({ kind: 'domain', domain: number, count, seed: value }));
  }
  return { kind: 'invalid', message: 'This address does not say which practice set to take.' };
}

/** The query string that asks for a source again: "?form=3", "?domain=2&count=20&seed=7". */
export function sourceQuery(source: AttemptSource): string {
  switch (source.kind) {
    case 'form':
      return `?form=${source.form}`;
    case 'seed':
      return `?seed=${source.seed}`;
    case 'domain':
      return `?domain=${source.domain}&count=${source.count}&seed=${source.seed}`;
    case 'objective':
      return `?objective=${source.objective}&seed=${source.seed}`;
    case 'wrong':
      return '?wrong=1';
  }
}

/** The page a source is taken on: "exam/" for mock exams, "set/" for practice sets. */
export const sourcePage = (source: AttemptSource): string =>
  source.kind === 'form' || source.kind === 'seed' ? 'exam/' : 'set/';
