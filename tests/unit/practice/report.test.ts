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
import { at, elements, expectInsideViewBox, textOf, viewBox } from '../calculators/svg.ts';

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

  test('gives 0 and no scaled estimate for a mock exam without questions, never NaN', () => {
    const empty = buildReport({ ...result, items: [] });
    expect(empty).toMatchObject({ correct: 0, total: 0, fraction: 0, domains: [], objectives: [] });
    expect(empty.scaled).toBeUndefined();
  });

  test('keeps the result of an objective the guide no longer lists, under its number alone', () => {
    // A well-formed number that the stored history accepts, but that is not (or no longer) in the guide.
    const old = buildReport({ ...result, items: [item('2.9.9', true)] });
    expect(old.objectives).toEqual([{ key: '2.9.9', title: '', correct: 1, total: 1 }]);
    expect(old.domains).toEqual([{ key: '2', title: 'Fundamentals of GenAI', correct: 1, total: 1 }]);
    expect(toHtml(resultsTable('Results by objective', 'Objective', old.objectives))).toContain(
      '<th scope="row">2.9.9</th>',
    );
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
    // The word that ends exactly at the 60th character is kept.
    [`${'abcd '.repeat(11)}abcde and more`, `${'abcd '.repeat(11)}abcde…`],
  ])('cuts %j at a word', (title, short) => {
    expect(shorten(title)).toBe(short);
    expect(shorten(title).length).toBeLessThanOrEqual(61);
  });
});

/** The headline figures as a reader hears them: each term with its value and note, in order. */
const figures = (list: VNode): string[][] =>
  typeof list === 'string'
    ? [[list]]
    : list.children.map((entry) => (typeof entry === 'string' ? [entry] : entry.children.map(textOf)));

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

  test('the description the chart is labelled by holds every figure and the pass share', () => {
    const chart = domainChart(report.domains);
    const ids = String(elements(chart)[0]!.attrs['aria-labelledby']).split(' ');
    const named = ids.map((id) => elements(chart).find((element) => element.attrs['id'] === id));
    expect(named.map((element) => element?.tag)).toEqual(['title', 'desc']);
    expect(textOf(named[1]!)).toBe(
      'Domain 1: 3 of 4 right (75 %). Domain 3: 2 of 2 right (100 %). Domain 5: 0 of 1 right (0 %). The dashed line marks 70 %, the share assumed to sit at the pass line.',
    );
  });

  test('draws a labelled track and bar per domain, one under the other, inside the drawing', () => {
    const chart = domainChart(report.domains);
    expectInsideViewBox(chart);
    const { width } = viewBox(chart);
    // Each domain draws a label, then its full-width track, then its bar; the pass share's label comes last.
    const texts = elements(chart).filter((element) => element.tag === 'text');
    const rects = elements(chart).filter((element) => element.tag === 'rect');
    const labels = texts.slice(0, -1);
    const tracks = rects.filter((_, i) => i % 2 === 0);
    const bars = rects.filter((_, i) => i % 2 === 1);
    expect(labels.map(textOf)).toEqual([
      'Domain 1: 3 of 4 (75 %)',
      'Domain 3: 2 of 2 (100 %)',
      'Domain 5: 0 of 1 (0 %)',
    ]);
    expect(tracks.map((track) => at(track, 'width'))).toEqual([width, width, width]);
    expect(bars.map((bar) => at(bar, 'width') / width)).toEqual([0.75, 1, 0]);
    tracks.forEach((track, i) => {
      expect(at(bars[i]!, 'y')).toBe(at(track, 'y'));
      expect(at(bars[i]!, 'height')).toBe(at(track, 'height'));
      // The label sits above its own track and below the previous one.
      expect(at(labels[i]!, 'y')).toBeLessThan(at(track, 'y'));
      const above = i === 0 ? 0 : at(tracks[i - 1]!, 'y') + at(tracks[i - 1]!, 'height');
      expect(at(labels[i]!, 'y') - 12).toBeGreaterThanOrEqual(above);
    });
  });

  test('marks the assumed pass share with a line across every bar, labelled under the last', () => {
    const chart = domainChart(report.domains);
    const { width } = viewBox(chart);
    const line = elements(chart).find((element) => element.tag === 'line')!;
    const lastTrack = elements(chart)
      .filter((element) => element.tag === 'rect')
      .at(-2)!;
    const label = elements(chart)
      .filter((element) => element.tag === 'text')
      .at(-1)!;
    expect(at(line, 'x1')).toBe(Math.round(width * 0.7));
    expect(at(line, 'x2')).toBe(at(line, 'x1'));
    expect(at(line, 'y1')).toBe(0);
    expect(at(line, 'y2')).toBeGreaterThanOrEqual(at(lastTrack, 'y') + at(lastTrack, 'height'));
    expect(textOf(label)).toBe('70 %');
    expect(at(label, 'x')).toBe(at(line, 'x1'));
    expect(at(label, 'y')).toBeGreaterThan(at(line, 'y2'));
  });

  test('draws an empty bar for a domain without questions, never NaN', () => {
    const chart = domainChart([{ key: '4', title: '', correct: 0, total: 0 }]);
    expect(toHtml(chart)).not.toContain('NaN');
    expect(at(elements(chart).filter((element) => element.tag === 'rect')[1]!, 'width')).toBe(0);
    expect(textOf(elements(chart).find((element) => element.tag === 'desc')!)).toMatch(
      /^Domain 4: 0 of 0 right \(0 %\)\./,
    );
  });

  test('the table has a caption, column headers and a row header per domain', () => {
    const html = toHtml(resultsTable('Results by domain', 'Domain', report.domains));
    expect(html).toContain('<caption>Results by domain</caption>');
    expect(html.match(/<th scope="col">/g)).toHaveLength(4);
    expect(html).toContain('<th scope="row">1 Fundamentals of AI and ML</th><td>3</td><td>4</td><td>75 %</td>');
    expect(html).toContain(
      '<thead><tr><th scope="col">Domain</th><th scope="col">Right</th><th scope="col">Of</th><th scope="col">Share</th></tr></thead>',
    );
  });

  test('the summary lists each figure as a term with its value and note', () => {
    const list = summaryList(report);
    expect(elements(list).map((element) => element.tag)).toEqual([
      'dl',
      ...['div', 'dt', 'dd', 'dd'],
      ...['div', 'dt', 'dd', 'dd'],
      ...['div', 'dt', 'dd'],
    ]);
    expect(figures(list)).toEqual([
      ['Correct', '71 %', '5 of 7 questions'],
      [
        'Estimated scaled score',
        '714',
        'at or above the pass line of 700; an estimate, as AWS does not publish its scaling',
      ],
      ['Time used', '1 h 14 min of 1 h 30 min'],
    ]);
    const set = buildReport({ ...result, mode: 'set', source: { kind: 'wrong' }, limitMs: null });
    expect(figures(summaryList(set))).toEqual([
      ['Correct', '71 %', '5 of 7 questions'],
      ['Time used', '1 h 14 min'],
    ]);
  });

  test('an estimate of exactly 700 is at the pass line', () => {
    const items = Array.from({ length: 10 }, (_, i) => item('1.1.1', i < 7));
    const html = toHtml(summaryList(buildReport({ ...result, items })));
    expect(html).toContain('<dd>700</dd>');
    expect(html).toContain('at or above the pass line of 700');
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
