// Finished attempts, kept on the device (localStorage) and in the progress backup: what was asked, what
// the learner answered, whether it was right, and the clock. Each item keeps its objective, so results
// count toward the domain of the question's objective even if the bank changes later. Parsing drops a
// malformed attempt on its own and keeps the rest. Pure; ships to the browser.
import { domainOf } from '../exam/objective-ids.ts';
import { isObjectiveId, isQuestionId, type BankQuestion } from './bank.ts';
import { isStoredResponse, parseSource, type Attempt, type AttemptMode, type AttemptSource } from './attempt.ts';
import { isCorrect } from './scoring.ts';
import type { LatestResult } from './sets.ts';

export const HISTORY_KEY = 'aip:attempts';
export const HISTORY_VERSION = 1;
/** Attempts kept; the oldest goes first (about 5 KB each, so the backup stays far below its limit). */
export const MAX_ATTEMPTS = 100;

export interface ResultItem {
  readonly id: string;
  readonly objective: string;
  readonly response: readonly number[];
  readonly correct: boolean;
  readonly flagged: boolean;
}

export interface AttemptResult {
  readonly id: string;
  readonly mode: AttemptMode;
  readonly source: AttemptSource;
  readonly startedAt: number;
  readonly submittedAt: number;
  readonly limitMs: number | null;
  readonly elapsedMs: number;
  /** Submitted by the clock, not by the learner. */
  readonly timedOut: boolean;
  readonly items: readonly ResultItem[];
}

export interface History {
  readonly version: typeof HISTORY_VERSION;
  /** Oldest first. */
  readonly attempts: readonly AttemptResult[];
}

export const emptyHistory = (): History => ({ version: HISTORY_VERSION, attempts: [] });

/** The result of a finished attempt; `questions` are the attempt's questions in its order. */
export function resultOf(
  attempt: Attempt,
  questions: readonly BankQuestion[],
  submittedAt: number,
  timedOut: boolean,
): AttemptResult {
  return {
    id: attempt.id,
    mode: attempt.mode,
    source: attempt.source,
    startedAt: attempt.startedAt,
    submittedAt,
    limitMs: attempt.limitMs,
    elapsedMs: attempt.elapsedMs,
    timedOut,
    items: questions.map((question, i) => {
      const response = attempt.responses[i] ?? [];
      return {
        id: question.id,
        objective: question.objective,
        response,
        correct: isCorrect(question, response),
        flagged: attempt.flags[i] ?? false,
      };
    }),
  };
}

/** Adds a result (replacing one with the same id) and keeps the latest `max`. */
export function addResult(history: History, result: AttemptResult, max = MAX_ATTEMPTS): History {
  const attempts = [...history.attempts.filter((item) => item.id !== result.id), result];
  return { version: HISTORY_VERSION, attempts: attempts.slice(Math.max(0, attempts.length - max)) };
}

export const findResult = (history: History, id: string): AttemptResult | undefined =>
  history.attempts.find((item) => item.id === id);

/** The latest answer to every question answered in any attempt. */
export function latestResults(history: History): Map<string, LatestResult> {
  const latest = new Map<string, LatestResult>();
  for (const attempt of history.attempts)
    for (const item of attempt.items) {
      const known = latest.get(item.id);
      if (!known || known.at <= attempt.submittedAt)
        latest.set(item.id, { correct: item.correct, at: attempt.submittedAt });
    }
  return latest;
}

export interface DomainPractice {
  readonly domain: number;
  /** Distinct questions of the domain answered in practice. */
  readonly questions: number;
  /** Of those, how many were right the last time. */
  readonly correct: number;
}

/** For each domain (1-5), the questions answered in practice and how many were right the last time. */
export function domainPractice(history: History): DomainPractice[] {
  const latest = latestResults(history);
  const objectives = new Map(
    history.attempts.flatMap((attempt) => attempt.items.map((item) => [item.id, item.objective])),
  );
  return [1, 2, 3, 4, 5].map((domain) => {
    const ids = [...latest.keys()].filter((id) => domainOf(objectives.get(id) ?? '0') === domain);
    return { domain, questions: ids.length, correct: ids.filter((id) => latest.get(id)?.correct).length };
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function parseItem(value: unknown): ResultItem | undefined {
  if (!isRecord(value)) return undefined;
  const { id, objective, response, correct, flagged } = value;
  if (!isQuestionId(id) || !isObjectiveId(objective) || !isStoredResponse(response)) return undefined;
  if (typeof correct !== 'boolean' || typeof flagged !== 'boolean') return undefined;
  return { id, objective, response, correct, flagged };
}

function parseResult(value: unknown): AttemptResult | undefined {
  if (!isRecord(value)) return undefined;
  const { id, mode, startedAt, submittedAt, limitMs, elapsedMs, timedOut, items } = value;
  const source = parseSource(value['source']);
  if (typeof id !== 'string' || !/^[a-z0-9-]{1,40}$/.test(id) || (mode !== 'exam' && mode !== 'set') || !source)
    return undefined;
  if (!isTime(startedAt) || !isTime(submittedAt) || !isTime(elapsedMs) || typeof timedOut !== 'boolean')
    return undefined;
  if (limitMs !== null && !isTime(limitMs)) return undefined;
  if (!Array.isArray(items) || items.length === 0) return undefined;
  const parsed = items.map(parseItem);
  if (parsed.some((item) => item === undefined)) return undefined;
  return {
    id,
    mode,
    source,
    startedAt,
    submittedAt,
    limitMs: limitMs as number | null,
    elapsedMs,
    timedOut,
    items: parsed as ResultItem[],
  };
}

/**
 * Reads stored text: nothing stored, usable history (malformed attempts dropped one by one), or text that
 * is not history at all ("unreadable": damaged or from another version; callers leave it alone).
 */
export function inspectHistory(text: string | null): { history: History; status: 'empty' | 'ok' | 'unreadable' } {
  if (!text) return { history: emptyHistory(), status: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { history: emptyHistory(), status: 'unreadable' };
  }
  if (!isRecord(data) || data['version'] !== HISTORY_VERSION || !Array.isArray(data['attempts']))
    return { history: emptyHistory(), status: 'unreadable' };
  const attempts = data['attempts'].map(parseResult).filter((item) => item !== undefined);
  const unique = attempts.filter((item, i) => attempts.findIndex((other) => other.id === item.id) === i);
  return { history: { version: HISTORY_VERSION, attempts: unique.slice(-MAX_ATTEMPTS) }, status: 'ok' };
}
