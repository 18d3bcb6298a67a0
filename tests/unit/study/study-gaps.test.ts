// Gaps that mutation testing named in the study helpers (docs/mutation.md, "MISSING TEST"): each test
// holds one rule no other test pinned down.
import { describe, expect, test } from 'vitest';
import type { ExamDomain } from '../../../src/lib/exam/blueprint.ts';
import { toAnkiMath } from '../../../src/lib/study/anki.ts';
import { parseBackup } from '../../../src/lib/study/backup.ts';
import { buildDashboard, type PageInput } from '../../../src/lib/study/dashboard.ts';
import { inspectDeckState } from '../../../src/lib/study/deck.ts';
import { listLetters } from '../../../src/lib/study/grade.ts';
import { emptyProgress, inspectProgress, markStudied } from '../../../src/lib/study/progress.ts';

const page = (slug: string, examTasks: string[]): PageInput => ({
  slug,
  title: slug,
  examTasks,
  questions: [],
  cardIds: [],
});
const DOMAINS: ExamDomain[] = [
  { number: 1, title: 'Light', weight: 20, tasks: [] },
  { number: 2, title: 'Heavy', weight: 30, tasks: [] },
];

describe('the dashboard', () => {
  test('lists weak pages by the weight of their heaviest domain, then in study order, and no others', () => {
    const pages = [
      page('a', ['1.1']),
      page('b', ['2.1']),
      page('c', ['1.2', '2.2']),
      page('d', ['2.3']),
      page('e', ['1.3']),
    ];
    const progress = markStudied(emptyProgress(), 'd', true, 5);
    const weak = buildDashboard(DOMAINS, pages, progress, new Set()).weak.map((status) => status.slug);
    expect(weak).toEqual(['b', 'c', 'a', 'e']);
  });

  test('keeps the study order among weak pages of equally heavy domains', () => {
    const pages = ['p1', 'p2', 'p3', 'p4', 'p5'].map((slug) => page(slug, ['1.1']));
    const weak = buildDashboard(DOMAINS, pages, emptyProgress(), new Set()).weak.map((status) => status.slug);
    expect(weak).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
  });

  test('gives readiness 0 for domains that weigh nothing', () => {
    const zero = DOMAINS.map((domain) => ({ ...domain, weight: 0 }));
    expect(buildDashboard(zero, [page('a', ['1.1'])], emptyProgress(), new Set()).readiness).toBe(0);
  });
});

test.each([
  ['empty display math', '$$$$', '$$$$'],
  ['an unclosed display formula at the start', '$$x', '$$x'],
  ['a dollar followed by a space', '$ x$', '$ x$'],
  ['a closing dollar after a space', '$x $', '$x $'],
])('toAnkiMath leaves %s as text', (_case, input, output) => {
  expect(toAnkiMath(input)).toBe(output);
});

describe('reading stored data', () => {
  test('accepts a backup file with the format name written out, and explains a wrong or damaged one', () => {
    const file = { format: 'aif-c01-study-guide-progress', version: 1, exportedAt: 'x', data: {} };
    const parse = (value: unknown) => {
      const text = JSON.stringify(value);
      return parseBackup(text, text.length);
    };
    expect(parse(file).ok).toBe(true);
    const wrong = parse({ ...file, format: 'something-else' });
    expect(wrong.ok ? '' : wrong.message).toBe(
      'This file is not a progress file from this guide (choose a file made with "Download my progress"). Nothing was imported.',
    );
    const damaged = parse({ ...file, data: { 'aip:deck': { version: 1, cards: 5 } } });
    expect(damaged.ok ? '' : damaged.message).toBe(
      'This progress file is damaged: its answers, flashcards or practice attempts cannot be read. Nothing was imported.',
    );
  });

  test('calls a stored deck whose cards are a number unreadable', () => {
    expect(inspectDeckState(JSON.stringify({ version: 1, cards: 5 })).status).toBe('unreadable');
  });

  test('skips a page whose answers are null', () => {
    const text = JSON.stringify({ version: 1, answers: { a: null, b: { q1: { correct: false, at: 2 } } } });
    expect(inspectProgress(text).progress.answers).toEqual({ b: { q1: { correct: false, at: 2 } } });
  });
});

test('listLetters gives nothing for no options', () => {
  expect(listLetters([])).toBe('');
});
