// The score report of a finished attempt: the figures, the chart and tables by domain and objective,
// where missed questions went, and every question with the reader's answer, the key and the
// explanations. Built from src/lib/practice/report.ts and review-view.ts; loaded only when a report is
// shown. Ships to the browser.
import { h } from '../../lib/calculators/vnode.ts';
import type { BankQuestion } from '../../lib/practice/bank.ts';
import type { AttemptResult } from '../../lib/practice/history.ts';
import { buildReport, domainChart, resultsTable, summaryList } from '../../lib/practice/report.ts';
import { reviewBody, VERDICT_TEXT, verdictOf } from '../../lib/practice/review-view.ts';
import { toDom } from '../calculators/dom.ts';

interface Host extends HTMLElement {
  show(screen: 'report'): void;
}

import type { Queued as QueuedState } from './session-finish.ts';

type Queued = { missed: number; queued: QueuedState };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function cardsText(cards: Queued | undefined, base: string): (string | ReturnType<typeof h>)[] {
  if (!cards || cards.missed === 0) return [];
  const link = h('a', { href: `${base}flashcards/` }, ['flashcards']);
  if (cards.queued === 'queued')
    return [
      `The ${plural(cards.missed, 'question')} you missed ${cards.missed === 1 ? 'was' : 'were'} added to your `,
      link,
      ' to review.',
    ];
  return [
    cards.queued === 'unreadable'
      ? 'Your saved flashcard schedule could not be read, so the questions you missed were not added to your '
      : 'Your browser refused to save, so the questions you missed were not added to your ',
    link,
    '.',
  ];
}

export function renderReport(
  host: Host,
  result: AttemptResult,
  questions: readonly (BankQuestion | undefined)[],
  cards?: Queued,
): void {
  const base = document.documentElement.dataset['base'] ?? '/';
  const report = buildReport(result);
  const put = (selector: string, ...nodes: Parameters<typeof toDom>[0][]) =>
    host.querySelector(selector)?.replaceChildren(...nodes.map((node) => toDom(node)));
  const title = `Your result: ${report.label}`;
  host.querySelector('[data-report-title]')!.textContent = title;
  document.title = `${title} | AIF-C01 Study Guide`;
  put('[data-report-summary]', summaryList(report));
  host.querySelector<HTMLElement>('[data-estimate]')!.hidden = report.scaled === undefined;
  put(
    '[data-report-domains]',
    domainChart(report.domains),
    resultsTable('Results by domain', 'Domain', report.domains),
  );
  put('[data-report-objectives]', resultsTable('Results by objective', 'Objective', report.objectives));
  put('[data-report-cards]', ...cardsText(cards, base));

  const items = result.items.map((item, index) => {
    const question = questions[index];
    const verdict = question ? verdictOf(question, item.response) : item.correct ? 'right' : 'wrong';
    const summary = `${index + 1}. ${VERDICT_TEXT[verdict]}${item.flagged ? ' · flagged' : ''} · objective ${item.objective}: ${question?.stem ?? ''}`;
    return h('li', { 'data-verdict': verdict, 'data-flagged': item.flagged ? '' : undefined }, [
      h('details', {}, [
        h('summary', {}, [summary]),
        question
          ? reviewBody(question, item.response)
          : h('p', {}, ['This question is no longer in the bank, or could not be loaded.']),
      ]),
    ]);
  });
  put('[data-report-items]', ...items);
  host.querySelector('[data-filter]')?.addEventListener('change', (event) => {
    const value = (event.target as HTMLInputElement).value;
    host.querySelectorAll<HTMLElement>('[data-report-items] > li').forEach((item) => {
      const shown =
        value === 'missed'
          ? item.dataset['verdict'] !== 'right'
          : value === 'flagged'
            ? item.dataset['flagged'] !== undefined
            : true;
      item.hidden = !shown;
    });
  });
  host.show('report');
  host.querySelector<HTMLElement>('#report-title')?.focus();
}
