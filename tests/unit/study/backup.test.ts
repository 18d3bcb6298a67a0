import { describe, expect, test } from 'vitest';
import {
  BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  backupFileName,
  backupProblem,
  countProgress,
  createBackup,
  describeData,
  parseBackup,
  serializeBackup,
} from '../../../src/lib/study/backup.ts';
import { emptyDeckState, type DeckState } from '../../../src/lib/study/deck.ts';
import { emptyProgress, markStudied, recordAnswer } from '../../../src/lib/study/progress.ts';

const CARD = {
  due: 10,
  stability: 1,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  first: 5,
} as const;
const DECK: DeckState = { version: 1, cards: { 'foundation-model': CARD } };
const PROGRESS = markStudied(recordAnswer(emptyProgress(), 'inference', 'q1', true, 3), 'inference', true, 4);
const NOW = new Date(2025, 2, 7, 23, 30);

const file = (value: unknown) => {
  const text = JSON.stringify(value);
  return parseBackup(text, text.length);
};
const problemOf = (result: ReturnType<typeof parseBackup>) => (result.ok ? 'ok' : result.problem);

describe('createBackup and parseBackup', () => {
  test('round-trip progress and flashcards with the format, version and export time', () => {
    const backup = createBackup(PROGRESS, DECK, NOW);
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: NOW.toISOString() });
    const text = serializeBackup(backup);
    expect(parseBackup(text, text.length)).toEqual({ ok: true, backup });
  });

  test('keep the storage keys the data came from', () => {
    const text = serializeBackup(createBackup(PROGRESS, DECK, NOW));
    expect(Object.keys(JSON.parse(text).data)).toEqual(['aip:progress', 'aip:deck']);
  });

  test('read a file without flashcards as an empty schedule', () => {
    const result = file({ format: BACKUP_FORMAT, version: 1, exportedAt: '', data: { 'aip:progress': PROGRESS } });
    expect(result.ok && result.backup.data['aip:deck']).toEqual(emptyDeckState());
  });

  test('drop malformed single entries as reading storage does', () => {
    const result = file({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: 'x',
      data: { 'aip:progress': { version: 1, answers: { a: { q: { correct: 'yes', at: 1 } } } }, 'aip:deck': DECK },
    });
    expect(result.ok && result.backup.data['aip:progress']).toEqual(emptyProgress());
  });
});

describe('parseBackup refuses', () => {
  test('a file over 1 MB before reading it', () => {
    const result = parseBackup(serializeBackup(createBackup(PROGRESS, DECK, NOW)), MAX_BACKUP_BYTES + 1);
    expect(problemOf(result)).toBe('too-large');
    expect(result.ok ? '' : result.message).toMatch(/larger than 1 MB/);
  });

  test('a file that is not JSON', () => {
    expect(problemOf(parseBackup('hello', 5))).toBe('not-json');
  });

  test.each([[[]], [{}], [{ format: 'something-else', version: 1 }], [{ format: BACKUP_FORMAT, version: 1 }], [null]])(
    'a file of another format: %j',
    (value) => {
      expect(problemOf(file(value))).toBe('wrong-format');
    },
  );

  test('a file from a newer version and says so', () => {
    const result = file({ format: BACKUP_FORMAT, version: 2, data: {} });
    expect(problemOf(result)).toBe('wrong-version');
    expect(result.ok ? '' : result.message).toMatch(/newer version of this guide \(file format 2/);
  });

  test('a file of an unknown version', () => {
    expect(problemOf(file({ format: BACKUP_FORMAT, version: '1', data: {} }))).toBe('wrong-version');
  });

  test('a file whose progress or flashcards as a whole are damaged', () => {
    const base = { format: BACKUP_FORMAT, version: 1, exportedAt: '' };
    expect(problemOf(file({ ...base, data: { 'aip:progress': { version: 1, answers: [] } } }))).toBe('damaged');
    expect(problemOf(file({ ...base, data: { 'aip:deck': 'cards' } }))).toBe('damaged');
  });

  test('with a message that nothing was imported', () => {
    for (const result of [parseBackup('{', 1), backupProblem('unreadable'), backupProblem('too-large')]) {
      expect(result.ok ? '' : result.message).toMatch(/Nothing was imported/);
    }
  });
});

describe('backupFileName', () => {
  test('dates the file in local time', () => {
    expect(backupFileName(NOW)).toBe('aif-c01-progress-2025-03-07.json');
  });
});

describe('describeData', () => {
  test('counts answers, pages, studied pages and reviewed flashcards', () => {
    expect(describeData(PROGRESS, DECK)).toBe('1 self-check answer on 1 page, 1 studied page and 1 reviewed flashcard');
    expect(describeData(emptyProgress(), emptyDeckState())).toBe(
      '0 self-check answers on 0 pages, 0 studied pages and 0 reviewed flashcards',
    );
  });

  test('counts answers per page and studied pages', () => {
    let progress = recordAnswer(emptyProgress(), 'a', 'q1', true, 1);
    progress = recordAnswer(progress, 'a', 'q2', false, 1);
    progress = recordAnswer(progress, 'b', 'q1', true, 1);
    progress = markStudied(progress, 'c', true, 1);
    expect(countProgress(progress)).toEqual({ answers: 3, pages: 2, studied: 1 });
  });
});
