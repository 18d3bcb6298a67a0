import { describe, expect, test } from 'vitest';
import {
  emptyProgress,
  inspectProgress,
  markStudied,
  parseProgress,
  recordAnswer,
  studiedAt,
} from '../../../src/lib/study/progress.ts';

describe('studied pages', () => {
  test('marks and unmarks a page and keeps its answers', () => {
    const answered = recordAnswer(emptyProgress(), 'page', 'q1', true, 1);
    const studied = markStudied(answered, 'page', true, 50);
    expect(studiedAt(studied, 'page')).toBe(50);
    expect(studiedAt(studied, 'other')).toBeUndefined();
    expect(studied.answers).toEqual(answered.answers);
    const unmarked = markStudied(studied, 'page', false, 60);
    expect(studiedAt(unmarked, 'page')).toBeUndefined();
    expect(unmarked).toEqual(answered);
    expect('studied' in unmarked).toBe(false);
  });

  test('keeps studied pages when an answer is recorded', () => {
    const progress = recordAnswer(markStudied(emptyProgress(), 'a', true, 5), 'b', 'q', false, 6);
    expect(studiedAt(progress, 'a')).toBe(5);
  });

  test('round-trips studied pages through JSON', () => {
    const progress = markStudied(recordAnswer(emptyProgress(), 'a', 'q', true, 1), 'a', true, 2);
    expect(parseProgress(JSON.stringify(progress))).toEqual(progress);
  });

  test('reads version 1 data written before studied pages existed', () => {
    const text = '{"version":1,"answers":{"a":{"q":{"correct":false,"at":3}}}}';
    expect(inspectProgress(text)).toEqual({
      progress: { version: 1, answers: { a: { q: { correct: false, at: 3 } } } },
      status: 'ok',
    });
  });

  test('drops malformed studied entries and keeps the good ones', () => {
    const text = JSON.stringify({ version: 1, answers: {}, studied: { a: 4, b: 'yesterday', c: null } });
    expect(parseProgress(text)).toEqual({ version: 1, answers: {}, studied: { a: 4 } });
    expect(parseProgress(JSON.stringify({ version: 1, answers: {}, studied: [1] }))).toEqual(emptyProgress());
  });
});

describe('inspectProgress', () => {
  test.each([null, ''])('says %j is nothing stored', (text) => {
    expect(inspectProgress(text)).toEqual({ progress: emptyProgress(), status: 'empty' });
  });

  test.each(['not json', '[]', '{"version":2,"answers":{}}', '{"version":1,"answers":[]}', '"text"', 'null'])(
    'says %j is unreadable and gives empty progress',
    (text) => {
      expect(inspectProgress(text)).toEqual({ progress: emptyProgress(), status: 'unreadable' });
    },
  );
});
