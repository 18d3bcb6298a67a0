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
import { addResult, emptyHistory, type AttemptResult } from '../../../src/lib/practice/history.ts';

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
const RESULT: AttemptResult = {
  id: 'a-1',
  mode: 'exam',
  source: { kind: 'form', form: 1 },
  startedAt: 1,
  submittedAt: 2,
  limitMs: 5_400_000,
  elapsedMs: 1000,
  timedOut: false,
  items: [{ id: 'kb-order', objective: '3.1.3', response: [1, 0, 2], correct: false, flagged: true }],
};
const ATTEMPTS = addResult(emptyHistory(), RESULT);

const file = (value: unknown) => {
  const text = JSON.stringify(value);
  return parseBackup(text, text.length);
};
const problemOf = (result: ReturnType<typeof parseBackup>) => (result.ok ? 'ok' : result.problem);

describe('createBackup and parseBackup', () => {
  test('round-trip progress and flashcards with the format, version and export time', () => {
    const backup = createBackup(PROGRESS, DECK, ATTEMPTS, NOW);
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: NOW.toISOString() });
    const text = serializeBackup(backup);
    expect(parseBackup(text, text.length)).toEqual({ ok: true, backup });
  });

  test('keep the storage keys the data came from', () => {
    const text = serializeBackup(createBackup(PROGRESS, DECK, ATTEMPTS, NOW));
    expect(Object.keys(JSON.parse(text).data)).toEqual(['aip:progress', 'aip:deck', 'aip:attempts']);
  });

  test('read a file without flashcards as an empty schedule', () => {
    const result = file({ format: BACKUP_FORMAT, version: 1, exportedAt: '', data: { 'aip:progress': PROGRESS } });
    expect(result.ok && result.backup.data['aip:deck']).toEqual(emptyDeckState());
  });

  test('read a file written before practice attempts were kept as no attempts', () => {
    const old = {
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: '',
      data: { 'aip:progress': PROGRESS, 'aip:deck': DECK },
    };
    const result = file(old);
    expect(result.ok && result.backup.data).toEqual({
      'aip:progress': PROGRESS,
      'aip:deck': DECK,
      'aip:attempts': emptyHistory(),
    });
  });

  test('drop a malformed attempt and keep the rest of the file', () => {
    const result = file({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: '',
      data: { 'aip:progress': PROGRESS, 'aip:attempts': { version: 1, attempts: [{ id: 'broken' }, RESULT] } },
    });
    expect(result.ok && result.backup.data['aip:attempts']).toEqual(ATTEMPTS);
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
  test('a file over 5 MB before reading it', () => {
    const result = parseBackup(serializeBackup(createBackup(PROGRESS, DECK, ATTEMPTS, NOW)), MAX_BACKUP_BYTES + 1);
    expect(problemOf(result)).toBe('too-large');
    expect(result.ok ? '' : result.message).toMatch(/larger than 5 MB/);
    expect(MAX_BACKUP_BYTES).toBe(5_000_000);
  });

  test('a full history of attempts fits well within the limit', () => {
    const item = RESULT.items[0]!;
    const full: AttemptResult = {
      ...RESULT,
      items: Array.from({ length: 65 }, (_, i) => ({ ...item, id: `question-number-${i}` })),
    };
    let history = emptyHistory();
    for (let n = 0; n < 100; n += 1) history = addResult(history, { ...full, id: `a-${n}` });
    const size = serializeBackup(createBackup(PROGRESS, DECK, history, NOW)).length;
    expect(size).toBeLessThan(MAX_BACKUP_BYTES / 2);
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
    expect(problemOf(file({ ...base, data: { 'aip:attempts': { version: 9, attempts: [] } } }))).toBe('damaged');
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
  test('counts answers, pages, studied pages, reviewed flashcards and practice attempts', () => {
    expect(describeData(PROGRESS, DECK, ATTEMPTS)).toBe(
      '1 self-check answer on 1 page, 1 studied page, 1 reviewed flashcard and 1 practice attempt',
    );
    expect(describeData(emptyProgress(), emptyDeckState())).toBe(
      '0 self-check answers on 0 pages, 0 studied pages, 0 reviewed flashcards and 0 practice attempts',
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
