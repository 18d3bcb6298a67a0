import { beforeEach, describe, expect, test } from 'vitest';
import { toHtml, type VNode } from '../../../src/lib/calculators/vnode.ts';
import type { AttemptResult } from '../../../src/lib/practice/history.ts';
import {
  buildReport,
  domainChart,
  percent,
  resultsTable,
  shorten,
  summaryList,
  type Report,
} from '../../../src/lib/practice/report.ts';
import { at, byClass, elements, expectInsideViewBox, textOf, viewBox } from '../calculators/svg.ts';

const item = (objective: string, correct: boolean) => ({ id: 'x', objective, response: [], correct, flagged: false });
const result: AttemptResult = {
  id: 'a-1',
  mode: 'exam',
  source: { kind: 'form', form: 2 },
  startedAt: 0,
  submittedAt: 1,
  limitMs: 5_400_000,
  elapsedMs: 4_440_000,
  timedOut: false,
  items: [
    item('1.1.1', true),
    item('1.1.1', false),
    item('1.2.10', true),
    item('1.2.9', true),
    item('3.1.2', true),
    item('5.2.1', false),
    item('3.1.2', true),
  ],
};

// The report is built in a beforeEach, not in the describe body: Stryker's per-test coverage only sees
// code that runs inside a test (docs/mutation.md).
let report: Report;
beforeEach(() => {
  report = buildReport(result);
});

describe('buildReport', () => {
  test('gives the share right, the scaled estimate and the time', () => {
    expect(report).toMatchObject({
      label: 'Mock exam, form 2',
      correct: 5,
      total: 7,
      scaled: 714,
      timeUsed: '1 h 14 min',
      timeAllowed: '1 h 30 min',
      timedOut: false,
    });
    expect(report.fraction).toBeCloseTo(5 / 7);
  });

  test('tallies by domain and by objective, in blueprint order', () => {
    expect(report.domains).toEqual([
      { key: '1', title: 'Fundamentals of AI and ML', correct: 3, total: 4 },
      { key: '3', title: 'Applications of foundation models', correct: 2, total: 2 },
      { key: '5', title: 'Security, compliance, and governance for AI solutions', correct: 0, total: 1 },
    ]);
    expect(report.objectives.map((row) => [row.key, row.correct, row.total])).toEqual([
      ['1.1.1', 1, 2],
      ['1.2.9', 1, 1],
      ['1.2.10', 1, 1],
      ['3.1.2', 2, 2],
      ['5.2.1', 0, 1],
    ]);
    expect(report.objectives[0]!.title).toBe('Define basic AI terms: AI, ML, deep learning, neural…');
  });

  test('gives no scaled estimate for a practice set, nor a time allowed when untimed', () => {
    const set = buildReport({ ...result, mode: 'set', source: { kind: 'wrong' }, limitMs: null });
    expect(set.scaled).toBeUndefined();
    expect(set.timeAllowed).toBeUndefined();
  });
});

describe('shorten', () => {
  test.each([
    [
      'Describe types of inferencing: batch, real-time, asynchronous, serverless',
      'Describe types of inferencing: batch, real-time…',
    ],
    ['Short title', 'Short title'],
    ['x'.repeat(60), 'x'.repeat(60)],
  ])('cuts %j at a word', (title, short) => {
    expect(shorten(title)).toBe(short);
    expect(shorten(title).length).toBeLessThanOrEqual(61);
  });
});

describe('report markup', () => {
  test('percent rounds down and never divides by zero', () => {
    expect(percent(2, 3)).toBe('66 %');
    expect(percent(7, 7)).toBe('100 %');
    expect(percent(0, 0)).toBe('0 %');
  });

  test('the chart is an image with a title and a description that lists every figure', () => {
    const svg = toHtml(domainChart(report.domains));
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="report-chart-title report-chart-desc"/);
    expect(svg).toContain('<title id="report-chart-title">Share of questions right, by exam domain</title>');
    expect(svg).toContain(
      'Domain 1: 3 of 4 right (75 %). Domain 3: 2 of 2 right (100 %). Domain 5: 0 of 1 right (0 %).',
    );
    expect(svg.match(/class="chart__bar"/g)).toHaveLength(3);
    expect(svg).toContain('width="270" height="16" class="chart__bar"');
    expect(svg).toContain('x1="252" x2="252"');
  });

  test('the table has a caption, column headers and a row header per domain', () => {
    const html = toHtml(resultsTable('Results by domain', 'Domain', report.domains));
    expect(html).toContain('<caption>Results by domain</caption>');
    expect(html.match(/<th scope="col">/g)).toHaveLength(4);
    expect(html).toContain('<th scope="row">1 Fundamentals of AI and ML</th><td>3</td><td>4</td><td>75 %</td>');
  });

  test('the summary says whether the estimate reaches the pass line, and when time ran out', () => {
    expect(toHtml(summaryList(report))).toContain(
      'at or above the pass line of 700; an estimate, as AWS does not publish its scaling',
    );
    const low = buildReport({ ...result, timedOut: true, items: result.items.map((i) => ({ ...i, correct: false })) });
    const html = toHtml(summaryList(low));
    expect(html).toContain('<dd>100</dd>');
    expect(html).toContain('below the pass line of 700; an estimate, as AWS does not publish its scaling');
    expect(html).toContain('Time ran out: the exam was submitted automatically.');
    expect(toHtml(summaryList(buildReport({ ...result, mode: 'set' })))).not.toContain('scaled');
  });
});
