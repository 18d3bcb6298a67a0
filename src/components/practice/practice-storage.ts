// The practice page's data in localStorage: the attempt in progress, finished attempts, and missed
// questions queued as flashcards. Storage can fail or hold damaged text: an unreadable attempt is moved
// aside (kept under another key) with a message, never trusted; nothing here throws. Ships to the browser.
import {
  ATTEMPT_KEY,
  inspectAttempt,
  serializeAttempt,
  SET_ASIDE_KEY,
  type Attempt,
} from '../../lib/practice/attempt.ts';
import { HISTORY_KEY, inspectHistory, type History } from '../../lib/practice/history.ts';
import { readStored, removeStored, writeStored } from '../study/storage.ts';

export const SET_ASIDE_MESSAGE =
  'A saved attempt could not be read: it is damaged or from another version of this site. It was set aside (kept in this browser’s storage under “aip:attempt:set-aside”) and not used.';

/** The attempt in progress, if any; a damaged one is set aside and reported in `problem`. */
export function loadAttempt(): { attempt?: Attempt; problem?: string } {
  const text = readStored(ATTEMPT_KEY);
  const result = inspectAttempt(text ?? null);
  if (result.status === 'ok') return { attempt: result.attempt };
  if (result.status === 'unreadable' && text) {
    writeStored(SET_ASIDE_KEY, text);
    removeStored(ATTEMPT_KEY);
    return { problem: SET_ASIDE_MESSAGE };
  }
  return {};
}

export const saveAttempt = (attempt: Attempt): boolean => writeStored(ATTEMPT_KEY, serializeAttempt(attempt));
export const clearAttempt = (): boolean => removeStored(ATTEMPT_KEY);

/** Finished attempts; "unreadable" stored text is left alone (callers say so and do not overwrite it). */
export function loadHistory(): { history: History; status: 'empty' | 'ok' | 'unreadable' } {
  return inspectHistory(readStored(HISTORY_KEY) ?? null);
}

export const saveHistory = (history: History): boolean => writeStored(HISTORY_KEY, JSON.stringify(history));
