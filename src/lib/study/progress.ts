// The learner's progress, as stored in the browser: self-check answers per page and question, and the
// pages marked as studied. Pure (no storage access here): parsing is defensive, so corrupted or foreign
// data never breaks a page; it is simply ignored. Ships to the browser.

export const PROGRESS_VERSION = 1;

export interface AnswerRecord {
  readonly correct: boolean;
  /** When it was answered, in milliseconds since the epoch. */
  readonly at: number;
}

export interface Progress {
  readonly version: typeof PROGRESS_VERSION;
  /** page slug -> question id -> latest answer. */
  readonly answers: Readonly<Record<string, Readonly<Record<string, AnswerRecord>>>>;
  /**
   * page slug -> when the learner marked it as studied (ms since the epoch). Optional and absent when
   * empty: it was added after version 1 shipped, and an additive field keeps the format at version 1
   * (older readers ignore it, older data simply has none).
   */
  readonly studied?: Readonly<Record<string, number>>;
}

/**
 * What reading stored text found: nothing stored, usable progress, or text that is there but cannot be
 * read (damaged, foreign, or from a newer version). "unreadable" lets the pages say so and leave the
 * text alone instead of silently overwriting it.
 */
export type ProgressStatus = 'empty' | 'ok' | 'unreadable';

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, answers: {} });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads stored text and says whether it was usable; malformed entries are dropped one by one. */
export function inspectProgress(text: string | null): { progress: Progress; status: ProgressStatus } {
  if (!text) return { progress: emptyProgress(), status: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { progress: emptyProgress(), status: 'unreadable' };
  }
  if (!isRecord(data) || data['version'] !== PROGRESS_VERSION || !isRecord(data['answers']))
    return { progress: emptyProgress(), status: 'unreadable' };
  const answers: Record<string, Record<string, AnswerRecord>> = {};
  for (const [page, questions] of Object.entries(data['answers'])) {
    if (!isRecord(questions)) continue;
    for (const [id, record] of Object.entries(questions)) {
      if (isRecord(record) && typeof record['correct'] === 'boolean' && Number.isFinite(record['at'])) {
        (answers[page] ??= {})[id] = { correct: record['correct'], at: record['at'] as number };
      }
    }
  }
  const studied: Record<string, number> = {};
  if (isRecord(data['studied'])) {
    for (const [page, at] of Object.entries(data['studied'])) if (Number.isFinite(at)) studied[page] = at as number;
  }
  return { progress: withStudied({ version: PROGRESS_VERSION, answers }, studied), status: 'ok' };
}

/** Reads stored progress; anything malformed is dropped entry by entry, never thrown. */
export function parseProgress(text: string | null): Progress {
  return inspectProgress(text).progress;
}

/** A copy of `progress` with one more answer recorded (the latest answer to a question counts). */
export function recordAnswer(
  progress: Progress,
  page: string,
  questionId: string,
  correct: boolean,
  at: number,
): Progress {
  return {
    ...progress,
    answers: { ...progress.answers, [page]: { ...progress.answers[page], [questionId]: { correct, at } } },
  };
}

/** How many of a page's questions are answered, and how many correctly (latest answers). */
export function pageScore(
  progress: Progress,
  page: string,
  questionIds: readonly string[],
): { answered: number; correct: number } {
  const answers = progress.answers[page] ?? {};
  const records = questionIds.map((id) => answers[id]).filter((record) => record !== undefined);
  return { answered: records.length, correct: records.filter((record) => record.correct).length };
}

// Keeps the optional field absent rather than empty, so progress without studied pages stays
// identical to what version 1 wrote.
function withStudied(progress: Progress, studied: Record<string, number>): Progress {
  const rest: Progress = { version: progress.version, answers: progress.answers };
  return Object.keys(studied).length > 0 ? { ...rest, studied } : rest;
}

/** When the page was marked as studied, or undefined when it is not. */
export function studiedAt(progress: Progress, page: string): number | undefined {
  return progress.studied?.[page];
}

/** A copy of `progress` with the page marked as studied at `at`, or unmarked. */
export function markStudied(progress: Progress, page: string, studied: boolean, at: number): Progress {
  const next = { ...progress.studied };
  if (studied) next[page] = at;
  else delete next[page];
  return withStudied(progress, next);
}

/**
 * The latest self-check answer to each question, by question id (ids are unique across the bank, so
 * the page they were answered on does not matter).
 */
export function latestAnswers(progress: Progress): Map<string, AnswerRecord> {
  const latest = new Map<string, AnswerRecord>();
  for (const questions of Object.values(progress.answers))
    for (const [id, record] of Object.entries(questions)) {
      const known = latest.get(id);
      if (!known || known.at < record.at) latest.set(id, record);
    }
  return latest;
}
