// Reads and writes the learner's data in localStorage. Storage can fail (private mode, a full quota, a
// blocked storage policy): reads then fall back to empty progress and writes report failure, never throw.
// Ships to the browser (topic pages too), so it stays small.
import { inspectProgress, parseProgress, type Progress, type ProgressStatus } from '../../lib/study/progress.ts';

export const PROGRESS_KEY = 'aip:progress';

/** The stored text; null when nothing is stored, undefined when the browser refuses to read storage. */
export function readStored(key: string): string | null | undefined {
  try {
    return localStorage.getItem(key);
  } catch {
    return undefined;
  }
}

/** Stores text; false when the browser refused (quota, private mode, policy). */
export function writeStored(key: string, text: string): boolean {
  try {
    localStorage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** Removes a key; false when the browser refused. */
export function removeStored(key: string): boolean {
  try {
    localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

export function loadProgress(): Progress {
  return parseProgress(readStored(PROGRESS_KEY) ?? null);
}

/**
 * Progress with what reading found: "unavailable" when storage cannot be read at all, "unreadable"
 * when the stored text is damaged (callers say so and do not overwrite it unprompted).
 */
export function loadProgressState(): { progress: Progress; status: ProgressStatus | 'unavailable' } {
  const text = readStored(PROGRESS_KEY);
  return text === undefined ? { ...inspectProgress(null), status: 'unavailable' } : inspectProgress(text);
}

/** Saves progress; false when the browser refused. */
export function saveProgress(progress: Progress): boolean {
  return writeStored(PROGRESS_KEY, JSON.stringify(progress));
}
