import { describe, expect, test } from 'vitest';
import { EXAM_DOMAINS, type ExamDomain } from '../../../src/lib/exam/blueprint.ts';
import { buildDashboard, formatPercent, pageStatus, type PageInput } from '../../../src/lib/study/dashboard.ts';
import { emptyProgress, markStudied, recordAnswer, type Progress } from '../../../src/lib/study/progress.ts';

/** A page whose questions all practise an objective of its first task statement (unless told otherwise). */
const page = (
  slug: string,
  examTasks: string[],
  questions: number,
  cardIds: string[] = [],
  objective = `${examTasks[0]}.1`,
): PageInput => ({
  slug,
  title: slug.toUpperCase(),
  examTasks,
  questions: Array.from({ length: questions }, (_, index) => ({ id: `q${index + 1}`, objective })),
  cardIds,
});

const answer = (progress: Progress, slug: string, results: boolean[]) =>
  results.reduce((next, correct, index) => recordAnswer(next, slug, `q${index + 1}`, correct, 1), progress);

const TWO_DOMAINS: ExamDomain[] = [
  { number: 1, title: 'One', weight: 60, tasks: [] },
  { number: 2, title: 'Two', weight: 40, tasks: [] },
];

describe('pageStatus', () => {
  test('calls an unstudied, unanswered page weak only for not being studied', () => {
    const status = pageStatus(page('a', ['1.1'], 4), emptyProgress(), new Set());
    expect(status).toMatchObject({ answered: 0, correct: 0, score: undefined, reasons: ['not-studied'] });
  });

  test('calls a studied page weak when its score is below 70 % once answered', () => {
    const progress = answer(markStudied(emptyProgress(), 'a', true, 9), 'a', [true, true, false]);
    expect(pageStatus(page('a', ['1.1'], 8), progress, new Set())).toMatchObject({
      studiedAt: 9,
      answered: 3,
      correct: 2,
      reasons: ['low-score'],
    });
  });

  test('does not call a studied page weak at exactly 70 %', () => {
    const results = [true, true, true, true, true, true, true, false, false, false];
    const progress = answer(markStudied(emptyProgress(), 'a', true, 9), 'a', results);
    expect(pageStatus(page('a', ['1.1'], 10), progress, new Set()).reasons).toEqual([]);
  });

  test('ignores answers to questions the page no longer has', () => {
    const progress = recordAnswer(emptyProgress(), 'a', 'gone', false, 1);
    expect(pageStatus(page('a', ['1.1'], 2), progress, new Set())).toMatchObject({ answered: 0, score: undefined });
  });

  test('counts the due flashcards of the page', () => {
    const status = pageStatus(page('a', ['1.1'], 0, ['x', 'y', 'z']), emptyProgress(), new Set(['x', 'z', 'w']));
    expect(status.due).toBe(2);
  });
});

describe('buildDashboard', () => {
  test('gives zero readiness to a learner who has not started', () => {
    const dashboard = buildDashboard(EXAM_DOMAINS, [page('a', ['1.1'], 6)], emptyProgress(), new Set());
    expect(dashboard.readiness).toBe(0);
    expect(dashboard.weak.map((status) => status.slug)).toEqual(['a']);
    expect(dashboard.domains.map((domain) => domain.pages.length)).toEqual([1, 0, 0, 0, 0]);
  });

  test('counts a page in every domain it serves', () => {
    const dashboard = buildDashboard(TWO_DOMAINS, [page('a', ['1.1', '2.3'], 2)], emptyProgress(), new Set());
    expect(dashboard.domains.map((domain) => domain.pages.map((status) => status.slug))).toEqual([['a'], ['a']]);
    expect(dashboard.totals.pages).toBe(1);
  });

  test('weights each domain by its share of the exam', () => {
    // Domain 1: 1 of 2 pages studied (0.5), 3 of 4 questions correct (0.75) -> 0.625.
    // Domain 2: its page is studied and has no quiz -> studied share only, 1.
    const pages = [page('a', ['1.1'], 2), page('b', ['1.2'], 2), page('c', ['2.1'], 0)];
    let progress = markStudied(markStudied(emptyProgress(), 'a', true, 1), 'c', true, 1);
    progress = answer(answer(progress, 'a', [true, true]), 'b', [true, false]);
    const dashboard = buildDashboard(TWO_DOMAINS, pages, progress, new Set());
    const [one, two] = dashboard.domains;
    expect(one).toMatchObject({ studied: 1, questions: 4, answered: 4, correct: 3, studiedShare: 0.5 });
    expect(one?.correctShare).toBe(0.75);
    expect(one?.readiness).toBeCloseTo(0.625);
    expect(two).toMatchObject({ studiedShare: 1, correctShare: undefined, readiness: 1 });
    expect(dashboard.readiness).toBeCloseTo(0.6 * 0.625 + 0.4 * 1);
    expect(dashboard.totals).toEqual({ pages: 3, studied: 2, questions: 4, answered: 4, correct: 3, due: 0 });
  });

  test('counts unanswered questions as not yet correct', () => {
    const progress = answer(markStudied(emptyProgress(), 'a', true, 1), 'a', [true]);
    const [one] = buildDashboard(TWO_DOMAINS, [page('a', ['1.1'], 4)], progress, new Set()).domains;
    expect(one?.correctShare).toBe(0.25);
    expect(one?.readiness).toBeCloseTo((1 + 0.25) / 2);
  });

  test('counts a self-check answer toward the domain of its question’s objective, not every domain of its page', () => {
    // A page serving domains 1 and 2 whose questions are on objectives 2.1.1 (two) and 1.1.1 (one).
    const mixed: PageInput = {
      ...page('a', ['1.1', '2.1'], 0),
      questions: [
        { id: 'g1', objective: '2.1.1' },
        { id: 'g2', objective: '2.1.1' },
        { id: 'f1', objective: '1.1.1' },
      ],
    };
    let progress = recordAnswer(emptyProgress(), 'a', 'g1', true, 1);
    progress = recordAnswer(progress, 'a', 'g2', true, 1);
    progress = recordAnswer(progress, 'a', 'f1', false, 1);
    const [one, two] = buildDashboard(TWO_DOMAINS, [mixed], progress, new Set()).domains;
    expect(one).toMatchObject({ questions: 1, answered: 1, correct: 0, correctShare: 0 });
    expect(two).toMatchObject({ questions: 2, answered: 2, correct: 2, correctShare: 1 });
    expect(one?.pages.map((status) => status.slug)).toEqual(['a']);
    expect(two?.pages.map((status) => status.slug)).toEqual(['a']);
  });

  test('counts the questions of a page that serves another domain toward their own domain', () => {
    // Page b serves domain 1 only, yet one of its questions is on objective 2.3.1.
    const b: PageInput = { ...page('b', ['1.3'], 0), questions: [{ id: 'x', objective: '2.3.1' }] };
    const progress = recordAnswer(emptyProgress(), 'b', 'x', true, 1);
    const [one, two] = buildDashboard(TWO_DOMAINS, [b], progress, new Set()).domains;
    expect(one).toMatchObject({ questions: 0, correctShare: undefined });
    expect(two).toMatchObject({ questions: 1, correct: 1, correctShare: 1, pages: [] });
  });

  test('gives a domain that no page serves zero readiness', () => {
    const progress = markStudied(emptyProgress(), 'a', true, 1);
    const dashboard = buildDashboard(TWO_DOMAINS, [page('a', ['1.1'], 0)], progress, new Set());
    expect(dashboard.domains[1]).toMatchObject({ pages: [], studiedShare: 0, readiness: 0 });
    expect(dashboard.readiness).toBeCloseTo(0.6);
  });

  test('lists weak pages once, those of the heaviest domain first, then in study order', () => {
    const pages = [page('a', ['1.1'], 0), page('b', ['2.1', '1.1'], 0), page('c', ['2.2'], 0), page('d', ['1.1'], 0)];
    const progress = markStudied(emptyProgress(), 'd', true, 1);
    const dashboard = buildDashboard(TWO_DOMAINS, pages, progress, new Set());
    expect(dashboard.weak.map((status) => status.slug)).toEqual(['a', 'b', 'c']);
  });

  test('sums due flashcards per domain and in total', () => {
    const pages = [page('a', ['1.1'], 0, ['x']), page('b', ['2.1'], 0, ['y', 'z'])];
    const dashboard = buildDashboard(TWO_DOMAINS, pages, emptyProgress(), new Set(['x', 'y', 'z']));
    expect(dashboard.domains.map((domain) => domain.due)).toEqual([1, 2]);
    expect(dashboard.totals.due).toBe(3);
  });
});

describe('formatPercent', () => {
  test.each([
    [0, '0 %'],
    [0.625, '62 %'],
    [0.996, '99 %'],
    [0.7, '70 %'],
    [1, '100 %'],
  ])('writes %d as %s', (share, text) => {
    expect(formatPercent(share)).toBe(text);
  });
});
