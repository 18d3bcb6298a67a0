// The score report of a finished attempt: the figures (percent correct, the estimated scaled score, time
// used, results by domain and by objective) and their markup as DOM-free vnodes (a bar chart with a
// title and description, and tables). The figures come from the stored result alone, so a report can be
// shown again later without the questions. Pure; ships to the browser in the report's chunk.
import { h, type VNode } from '../calculators/vnode.ts';
import { EXAM_DOMAINS } from '../exam/blueprint.ts';
import { findObjective, sortObjectives } from '../exam/objectives.ts';
import { describeSource } from './attempt.ts';
import type { AttemptResult } from './history.ts';
import { ASSUMED_PASS_FRACTION, estimateScaledScore, PASS_SCORE } from './scaled-score.ts';
import { formatDuration } from './timer.ts';
import { percent } from './percent.ts';

export interface Row {
  /** "2" for a domain, "2.1.3" for an objective. */
  readonly key: string;
  readonly title: string;
  readonly correct: number;
  readonly total: number;
}

export interface Report {
  readonly label: string;
  readonly correct: number;
  readonly total: number;
  readonly fraction: number;
  /** Mock exams only: the estimated scaled score (see scaled-score.ts). */
  readonly scaled: number | undefined;
  readonly timeUsed: string;
  /** "90 min", or undefined for an untimed set. */
  readonly timeAllowed: string | undefined;
  readonly timedOut: boolean;
  readonly domains: readonly Row[];
  readonly objectives: readonly Row[];
}

export { percent };

function rows(keys: readonly string[], correct: readonly boolean[], title: (key: string) => string): Row[] {
  const totals = new Map<string, { correct: number; total: number }>();
  keys.forEach((key, i) => {
    const entry = totals.get(key) ?? { correct: 0, total: 0 };
    entry.total += 1;
    entry.correct += correct[i] ? 1 : 0;
    totals.set(key, entry);
  });
  return sortObjectives([...totals.keys()]).map((key) => ({ key, title: title(key), ...totals.get(key)! }));
}

export function buildReport(result: AttemptResult): Report {
  const correctness = result.items.map((item) => item.correct);
  const correct = correctness.filter(Boolean).length;
  const total = result.items.length;
  const domainTitle = (key: string) => EXAM_DOMAINS.find((domain) => String(domain.number) === key)?.title ?? '';
  return {
    label: describeSource(result.source),
    correct,
    total,
    fraction: total > 0 ? correct / total : 0,
    scaled: result.mode === 'exam' && total > 0 ? estimateScaledScore(correct / total) : undefined,
    timeUsed: formatDuration(result.elapsedMs),
    timeAllowed: result.limitMs === null ? undefined : formatDuration(result.limitMs),
    timedOut: result.timedOut,
    domains: rows(
      result.items.map((item) => item.objective.split('.')[0]!),
      correctness,
      domainTitle,
    ),
    objectives: rows(
      result.items.map((item) => item.objective),
      correctness,
      (key) => shorten(findObjective(key)?.title ?? ''),
    ),
  };
}

/** An objective's title cut at a word to about 60 characters, so a table row stays a line or two. */
export function shorten(title: string, limit = 60): string {
  if (title.length <= limit) return title;
  const cut = title.slice(0, limit + 1).replace(/[\s,:;]+\S*$/, '');
  return `${cut}…`;
}

const CHART_WIDTH = 360;
const ROW_HEIGHT = 44;

/** A horizontal bar per domain (share right), with a dashed line at the assumed pass share. */
export function domainChart(domains: readonly Row[]): VNode {
  const height = domains.length * ROW_HEIGHT + 28;
  const passX = Math.round(CHART_WIDTH * ASSUMED_PASS_FRACTION);
  const describe = (row: Row) =>
    `Domain ${row.key}: ${row.correct} of ${row.total} right (${percent(row.correct, row.total)})`;
  const bars = domains.flatMap((row, i) => {
    const y = i * ROW_HEIGHT;
    const width = row.total > 0 ? Math.round((CHART_WIDTH * row.correct) / row.total) : 0;
    return [
      h('text', { x: 0, y: y + 14, class: 'chart__label' }, [describe(row).replace(' right', '')]),
      h('rect', { x: 0, y: y + 20, width: CHART_WIDTH, height: 16, class: 'chart__track' }),
      h('rect', { x: 0, y: y + 20, width, height: 16, class: 'chart__bar' }),
    ];
  });
  const bottom = domains.length * ROW_HEIGHT;
  return h(
    'svg',
    {
      viewBox: `0 0 ${CHART_WIDTH} ${height}`,
      class: 'chart',
      role: 'img',
      'aria-labelledby': 'report-chart-title report-chart-desc',
    },
    [
      h('title', { id: 'report-chart-title' }, ['Share of questions right, by exam domain']),
      h('desc', { id: 'report-chart-desc' }, [
        `${domains.map(describe).join('. ')}. The dashed line marks ${Math.round(ASSUMED_PASS_FRACTION * 100)} %, the share assumed to sit at the pass line.`,
      ]),
      ...bars,
      h('line', { x1: passX, x2: passX, y1: 0, y2: bottom, class: 'chart__pass' }),
      h('text', { x: passX, y: bottom + 18, class: 'chart__pass-label', 'text-anchor': 'middle' }, [
        `${Math.round(ASSUMED_PASS_FRACTION * 100)} %`,
      ]),
    ],
  );
}

/** A results table: one row per domain or objective, with right answers, total and share. */
export function resultsTable(caption: string, head: string, items: readonly Row[]): VNode {
  return h('table', { class: 'report__table' }, [
    h('caption', {}, [caption]),
    h('thead', {}, [
      h(
        'tr',
        {},
        [head, 'Right', 'Of', 'Share'].map((text) => h('th', { scope: 'col' }, [text])),
      ),
    ]),
    h(
      'tbody',
      {},
      items.map((row) =>
        h('tr', {}, [
          h('th', { scope: 'row' }, [`${row.key} ${row.title}`.trim()]),
          h('td', {}, [String(row.correct)]),
          h('td', {}, [String(row.total)]),
          h('td', {}, [percent(row.correct, row.total)]),
        ]),
      ),
    ),
  ]);
}

/** The headline figures as a description list. */
export function summaryList(report: Report): VNode {
  const item = (term: string, value: string, note?: string) =>
    h('div', {}, [
      h('dt', {}, [term]),
      h('dd', {}, [value]),
      ...(note ? [h('dd', { class: 'report__note' }, [note])] : []),
    ]);
  const time = report.timeAllowed ? `${report.timeUsed} of ${report.timeAllowed}` : report.timeUsed;
  return h('dl', { class: 'report__figures' }, [
    item('Correct', percent(report.correct, report.total), `${report.correct} of ${report.total} questions`),
    ...(report.scaled === undefined
      ? []
      : [
          item(
            'Estimated scaled score',
            String(report.scaled),
            `${report.scaled >= PASS_SCORE ? 'at or above' : 'below'} the pass line of ${PASS_SCORE}; an estimate, as AWS does not publish its scaling`,
          ),
        ]),
    item('Time used', time, report.timedOut ? 'Time ran out: the exam was submitted automatically.' : undefined),
  ]);
}
