// The attempt in progress (a mock exam or a practice set): its questions, answers, flags, position and
// clock, as kept in localStorage so a reload resumes it. Every change returns a new attempt. Reading is
// strict: stored text that is damaged, from another version or inconsistent is reported as unreadable
// so the page sets it aside; it is never half-trusted. Pure; ships to the browser.
import { isObjectiveId, isQuestionId } from './bank.ts';
import { MAX_SEED } from './forms.ts';

export const ATTEMPT_KEY = 'aip:attempt';
/** Where an unreadable attempt is moved, so nothing the learner did is silently lost. */
export const SET_ASIDE_KEY = 'aip:attempt:set-aside';
export const ATTEMPT_VERSION = 1;

export type AttemptSource =
  | { readonly kind: 'form'; readonly form: number }
  | { readonly kind: 'seed'; readonly seed: number }
  | { readonly kind: 'domain'; readonly domain: number; readonly count: number; readonly seed: number }
  | { readonly kind: 'objective'; readonly objective: string; readonly seed: number }
  | { readonly kind: 'wrong' };

export type AttemptMode = 'exam' | 'set';

export interface Attempt {
  readonly version: typeof ATTEMPT_VERSION;
  readonly id: string;
  readonly mode: AttemptMode;
  readonly source: AttemptSource;
  readonly questionIds: readonly string[];
  /** responses[i] answers questionIds[i] (see scoring.ts for what the numbers mean). */
  readonly responses: readonly (readonly number[])[];
  readonly flags: readonly boolean[];
  /** Practice sets: the questions whose answer was checked (then shown and locked). */
  readonly checked: readonly boolean[];
  /** Index of the question on screen. */
  readonly current: number;
  /** The time allowed in ms; null for an untimed practice set. */
  readonly limitMs: number | null;
  /** Time spent with the attempt open, in ms (the clock stops while the page is closed). */
  readonly elapsedMs: number;
  readonly startedAt: number;
}

export interface NewAttempt {
  readonly id: string;
  readonly mode: AttemptMode;
  readonly source: AttemptSource;
  readonly questionIds: readonly string[];
  /** The empty response of each question. */
  readonly responses: readonly (readonly number[])[];
  readonly limitMs: number | null;
  readonly startedAt: number;
}

export function createAttempt(start: NewAttempt): Attempt {
  return {
    version: ATTEMPT_VERSION,
    ...start,
    flags: start.questionIds.map(() => false),
    checked: start.questionIds.map(() => false),
    current: 0,
    elapsedMs: 0,
  };
}

const inside = (attempt: Attempt, index: number) =>
  Number.isInteger(index) && index >= 0 && index < attempt.questionIds.length;
const replaced = <T>(list: readonly T[], index: number, value: T): T[] =>
  list.map((item, i) => (i === index ? value : item));

/** Records an answer; a checked (locked) question or an index outside the attempt changes nothing. */
export function withResponse(attempt: Attempt, index: number, response: readonly number[]): Attempt {
  if (!inside(attempt, index) || attempt.checked[index]) return attempt;
  return { ...attempt, responses: replaced(attempt.responses, index, [...response]) };
}

export function withFlag(attempt: Attempt, index: number, flagged: boolean): Attempt {
  return inside(attempt, index) ? { ...attempt, flags: replaced(attempt.flags, index, flagged) } : attempt;
}

export function withChecked(attempt: Attempt, index: number): Attempt {
  return inside(attempt, index) ? { ...attempt, checked: replaced(attempt.checked, index, true) } : attempt;
}

/** Moves to a question; the index is clamped to the attempt. */
export function withCurrent(attempt: Attempt, index: number): Attempt {
  const last = attempt.questionIds.length - 1;
  const current = Number.isFinite(index) ? Math.min(last, Math.max(0, Math.trunc(index))) : attempt.current;
  return { ...attempt, current };
}

/** Sets the time used; it never runs backwards and never passes the limit. */
export function withElapsed(attempt: Attempt, elapsedMs: number): Attempt {
  if (!Number.isFinite(elapsedMs)) return attempt;
  const capped = attempt.limitMs === null ? elapsedMs : Math.min(elapsedMs, attempt.limitMs);
  return { ...attempt, elapsedMs: Math.max(attempt.elapsedMs, capped) };
}

/** Time left in ms (0 at the end); undefined for an untimed attempt. */
export function remainingMs(attempt: Attempt): number | undefined {
  return attempt.limitMs === null ? undefined : Math.max(0, attempt.limitMs - attempt.elapsedMs);
}

export const isTimeUp = (attempt: Attempt): boolean => remainingMs(attempt) === 0;

/** A key for comparing what an attempt was started from with what the address asks for. */
export function sourceKey(source: AttemptSource): string {
  switch (source.kind) {
    case 'form':
      return `form:${source.form}`;
    case 'seed':
      return `seed:${source.seed}`;
    case 'domain':
      return `domain:${source.domain}:${source.count}:${source.seed}`;
    case 'objective':
      return `objective:${source.objective}:${source.seed}`;
    case 'wrong':
      return 'wrong';
  }
}

/** "Mock exam, form 3", "Practice set: domain 2, 20 questions", ... */
export function describeSource(source: AttemptSource): string {
  switch (source.kind) {
    case 'form':
      return `Mock exam, form ${source.form}`;
    case 'seed':
      return `Mock exam, random form ${source.seed}`;
    case 'domain':
      return `Practice set: domain ${source.domain}, ${source.count} questions`;
    case 'objective':
      return `Practice set: objective ${source.objective}`;
    case 'wrong':
      return 'Practice set: questions answered wrongly before';
  }
}

export const serializeAttempt = (attempt: Attempt): string => JSON.stringify(attempt);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A source read back from storage or a history record; undefined when it is not one. */
export function parseSource(value: unknown): AttemptSource | undefined {
  if (!isRecord(value)) return undefined;
  const seed = value['seed'];
  const validSeed = isCount(seed) && seed <= MAX_SEED;
  switch (value['kind']) {
    case 'form':
      return isCount(value['form']) && value['form'] >= 1 ? { kind: 'form', form: value['form'] } : undefined;
    case 'seed':
      return validSeed ? { kind: 'seed', seed } : undefined;
    case 'domain': {
      const { domain, count } = value;
      return validSeed && isCount(domain) && domain >= 1 && domain <= 5 && isCount(count)
        ? { kind: 'domain', domain, count, seed }
        : undefined;
    }
    case 'objective':
      return validSeed && isObjectiveId(value['objective'])
        ? { kind: 'objective', objective: value['objective'], seed }
        : undefined;
    case 'wrong':
      return { kind: 'wrong' };
    default:
      return undefined;
  }
}

/** A response read back from storage: whole numbers from -1 up, at most 20 of them. */
export const isStoredResponse = (value: unknown): value is number[] =>
  Array.isArray(value) && value.length <= 20 && value.every((n) => Number.isInteger(n) && n >= -1 && n < 20);

function parseAttempt(data: unknown): Attempt | undefined {
  if (!isRecord(data) || data['version'] !== ATTEMPT_VERSION) return undefined;
  const { id, mode, questionIds, responses, flags, checked, current, limitMs, elapsedMs, startedAt } = data;
  const source = parseSource(data['source']);
  if (typeof id !== 'string' || !/^[a-z0-9-]{1,40}$/.test(id) || (mode !== 'exam' && mode !== 'set') || !source)
    return undefined;
  if (!Array.isArray(questionIds) || questionIds.length === 0 || !questionIds.every(isQuestionId)) return undefined;
  if (new Set(questionIds).size !== questionIds.length) return undefined;
  const n = questionIds.length;
  const listOf = (value: unknown, check: (item: unknown) => boolean) =>
    Array.isArray(value) && value.length === n && value.every(check);
  if (!listOf(responses, isStoredResponse) || !listOf(flags, (f) => typeof f === 'boolean')) return undefined;
  if (!listOf(checked, (f) => typeof f === 'boolean')) return undefined;
  if (!isCount(current) || current >= n || !isTime(elapsedMs) || !isTime(startedAt)) return undefined;
  if (limitMs !== null && !(isTime(limitMs) && limitMs > 0)) return undefined;
  return {
    version: ATTEMPT_VERSION,
    id,
    mode,
    source,
    questionIds: questionIds as string[],
    responses: responses as number[][],
    flags: flags as boolean[],
    checked: checked as boolean[],
    current,
    limitMs: limitMs as number | null,
    elapsedMs: limitMs === null ? elapsedMs : Math.min(elapsedMs, limitMs as number),
    startedAt,
  };
}

/** Reads the stored attempt: none, a usable one, or text that cannot be trusted ("unreadable"). */
export function inspectAttempt(
  text: string | null,
):
  | { status: 'empty'; attempt?: undefined }
  | { status: 'ok'; attempt: Attempt }
  | { status: 'unreadable'; attempt?: undefined } {
  if (!text) return { status: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { status: 'unreadable' };
  }
  const attempt = parseAttempt(data);
  return attempt ? { status: 'ok', attempt } : { status: 'unreadable' };
}

/** A new attempt id from the time and a random number, e.g. "a-lq3k1x-8f2k". */
export function attemptId(now: number, random: () => number): string {
  const suffix = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `a-${Math.max(0, Math.floor(now)).toString(36)}-${suffix}`;
}
