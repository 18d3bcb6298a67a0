// The progress file: everything the learner stored (self-check answers, studied pages, flashcard
// schedule, finished practice attempts) as one JSON file to keep or carry to another browser. Pure: building, naming, validating
// and describing the file; the page does the download, the file reading and the storage.
//
// Importing REPLACES the stored data rather than merging it. A backup is a snapshot: merging would bring
// back pages the learner has since unmarked and would mix two flashcard schedules whose intervals each
// depend on their own review history. The page shows what the file holds and what it will replace, and
// asks first.
import { inspectProgress, type Progress } from './progress.ts';
import { inspectDeckState, type DeckState } from './deck.ts';
import { emptyHistory, inspectHistory, type History } from '../practice/history.ts';

export const BACKUP_FORMAT = 'aif-c01-study-guide-progress';
export const BACKUP_VERSION = 1;
/**
 * Files above this size are refused before reading: a real backup is a few kilobytes, plus about 10 KB
 * (indented) per practice attempt kept, at most 100 of them.
 */
export const MAX_BACKUP_BYTES = 5_000_000;

export interface Backup {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: typeof BACKUP_VERSION;
  /** ISO 8601 time of the export. */
  readonly exportedAt: string;
  /**
   * Keyed by the localStorage keys the data came from. "aip:attempts" was added later as an additive
   * field (the format stays at version 1): files without it import as no attempts.
   */
  readonly data: {
    readonly 'aip:progress': Progress;
    readonly 'aip:deck': DeckState;
    readonly 'aip:attempts': History;
  };
}

export type BackupProblem = 'too-large' | 'unreadable' | 'not-json' | 'wrong-format' | 'wrong-version' | 'damaged';

export type BackupResult =
  | { readonly ok: true; readonly backup: Backup }
  | { readonly ok: false; readonly problem: BackupProblem; readonly message: string };

export function createBackup(progress: Progress, deck: DeckState, attempts: History, now: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    data: { 'aip:progress': progress, 'aip:deck': deck, 'aip:attempts': attempts },
  };
}

/** Indented, so the learner can read the file. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** "aif-c01-progress-2025-03-07.json", dated in the learner's own time zone. */
export function backupFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `aif-c01-progress-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

const MESSAGES: Record<Exclude<BackupProblem, 'wrong-version'>, string> = {
  'too-large': 'This file is larger than 5 MB, so it is not a progress file from this guide. Nothing was imported.',
  unreadable: 'The file could not be read. Nothing was imported; try choosing it again.',
  'not-json': 'This file is not a progress file: it does not contain JSON. Nothing was imported.',
  'wrong-format':
    'This file is not a progress file from this guide (choose a file made with "Download my progress"). Nothing was imported.',
  damaged:
    'This progress file is damaged: its answers, flashcards or practice attempts cannot be read. Nothing was imported.',
};

const fail = (problem: BackupProblem, message = MESSAGES[problem as keyof typeof MESSAGES]): BackupResult => ({
  ok: false,
  problem,
  message,
});

/** The result for a problem found outside parseBackup (a file too large to read, or unreadable). */
export const backupProblem = (problem: 'too-large' | 'unreadable'): BackupResult => fail(problem);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates a chosen file's text (`bytes` is its size, checked first). Malformed single entries are
 * dropped as when reading storage; a file whose progress or deck as a whole cannot be read is refused.
 */
export function parseBackup(text: string, bytes: number): BackupResult {
  if (bytes > MAX_BACKUP_BYTES) return fail('too-large');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('not-json');
  }
  if (!isRecord(data) || data['format'] !== BACKUP_FORMAT) return fail('wrong-format');
  if (data['version'] !== BACKUP_VERSION) {
    const version = data['version'];
    return fail(
      'wrong-version',
      typeof version === 'number' && version > BACKUP_VERSION
        ? `This progress file was made by a newer version of this guide (file format ${version}; this page reads format ${BACKUP_VERSION}). Reload the page to get the latest version, then try again. Nothing was imported.`
        : `This progress file has an unknown format version (${JSON.stringify(version) ?? 'none'}; this page reads format ${BACKUP_VERSION}). Nothing was imported.`,
    );
  }
  const stored = data['data'];
  if (!isRecord(stored)) return fail('wrong-format');
  // Re-serialising lets the storage parsers, which read text, validate the file's objects too.
  const encode = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
  const progress = inspectProgress(encode(stored['aip:progress']));
  const deck = inspectDeckState(encode(stored['aip:deck']));
  const attempts = inspectHistory(encode(stored['aip:attempts']));
  if (progress.status === 'unreadable' || deck.status === 'unreadable' || attempts.status === 'unreadable')
    return fail('damaged');
  const exportedAt = typeof data['exportedAt'] === 'string' ? data['exportedAt'] : '';
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt,
      data: { 'aip:progress': progress.progress, 'aip:deck': deck.state, 'aip:attempts': attempts.history },
    },
  };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "5 self-check answers on 2 pages, 3 studied pages, 12 reviewed flashcards and 2 practice attempts". */
export function describeData(progress: Progress, deck: DeckState, attempts: History = emptyHistory()): string {
  const counts = countProgress(progress);
  const cards = Object.keys(deck.cards).length;
  return `${plural(counts.answers, 'self-check answer')} on ${plural(counts.pages, 'page')}, ${plural(
    counts.studied,
    'studied page',
  )}, ${plural(cards, 'reviewed flashcard')} and ${plural(attempts.attempts.length, 'practice attempt')}`;
}

/** Totals for messages ("12 answers on 3 pages, 4 pages studied"). */
export function countProgress(progress: Progress): { answers: number; pages: number; studied: number } {
  const pages = Object.values(progress.answers).filter((questions) => Object.keys(questions).length > 0);
  return {
    answers: pages.reduce((sum, questions) => sum + Object.keys(questions).length, 0),
    pages: pages.length,
    studied: Object.keys(progress.studied ?? {}).length,
  };
}
