// What happens when an attempt is submitted: its result joins the finished attempts, the attempt in
// progress is cleared, and the questions missed are queued as flashcards. Loaded on submit only (it
// brings the flashcard deck's code). Ships to the browser.
import type { Attempt } from '../../lib/practice/attempt.ts';
import type { BankQuestion } from '../../lib/practice/bank.ts';
import { addResult, resultOf, type AttemptResult } from '../../lib/practice/history.ts';
import { addMissedQuestions, DECK_KEY, inspectDeckState, serializeDeckState } from '../../lib/study/deck.ts';
import { readStored, writeStored } from '../study/storage.ts';
import { clearAttempt, loadHistory, saveHistory } from './practice-storage.ts';

export type Queued = 'queued' | 'unreadable' | 'refused';

export interface Finished {
  readonly result: AttemptResult;
  /** Why the result could not be kept, if it could not. */
  readonly problem: string | undefined;
  readonly missed: number;
  readonly queued: Queued;
}

/** Queues missed questions as flashcards; says why not when the schedule cannot be read or written. */
function queueMissed(ids: readonly string[], now: number): Queued {
  const stored = inspectDeckState(readStored(DECK_KEY) ?? null);
  if (stored.status === 'unreadable') return 'unreadable';
  return writeStored(DECK_KEY, serializeDeckState(addMissedQuestions(stored.state, ids, now))) ? 'queued' : 'refused';
}

export function finishAttempt(attempt: Attempt, questions: readonly BankQuestion[], timedOut: boolean): Finished {
  const now = Date.now();
  const result = resultOf(attempt, questions, now, timedOut);
  const stored = loadHistory();
  const saved = stored.status !== 'unreadable' && saveHistory(addResult(stored.history, result));
  clearAttempt();
  const missed = result.items.filter((item) => !item.correct).map((item) => item.id);
  return {
    result,
    problem: saved
      ? undefined
      : stored.status === 'unreadable'
        ? 'Your saved attempts could not be read, so this one was not added to them (they are left untouched).'
        : 'Your browser refused to save this attempt: the report below is all there is of it.',
    missed: missed.length,
    queued: missed.length > 0 ? queueMissed(missed, now) : 'queued',
  };
}
