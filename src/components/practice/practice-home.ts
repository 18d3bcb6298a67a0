// <aip-practice-home>: on /practice/, the learner's own data from this browser: an unfinished attempt to
// resume, the finished attempts with links to their reports, and how many questions wait in the set of
// mistakes. The choices themselves are links and forms rendered at build time. Ships to the browser.
import { describeSource, remainingMs } from '../../lib/practice/attempt.ts';
import { latestResults } from '../../lib/practice/history.ts';
import { percent } from '../../lib/practice/percent.ts';
import { estimateScaledScore } from '../../lib/practice/scaled-score.ts';
import { formatDuration } from '../../lib/practice/timer.ts';
import { sourcePage, sourceQuery } from '../../lib/practice/request.ts';
import { mergeLatest } from '../../lib/practice/sets.ts';
import { latestAnswers } from '../../lib/study/progress.ts';
import { loadProgress } from '../study/storage.ts';
import { loadAttempt, loadHistory } from './practice-storage.ts';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

class PracticeHome extends HTMLElement {
  connectedCallback(): void {
    this.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((element) => (element.hidden = false));
    const base = `${document.documentElement.dataset['base'] ?? '/'}practice/`;
    const { attempt, problem } = loadAttempt();
    const { history, status } = loadHistory();
    const messages = [problem ?? ''];
    if (status === 'unreadable')
      messages.push('Your saved attempts could not be read: they are damaged or from another version of this site.');
    this.text('[data-message]', messages.filter(Boolean).join(' '));
    if (attempt) {
      const begun = attempt.responses.filter((response) => response.some((value) => value >= 0)).length;
      const left = remainingMs(attempt);
      this.text(
        '[data-unfinished-text]',
        `You have an unfinished attempt: ${describeSource(attempt.source)}, ${begun} of ${attempt.questionIds.length} questions begun${
          left === undefined ? '' : `, ${Math.ceil(left / 60_000)} minutes left`
        }.`,
      );
      this.querySelector<HTMLAnchorElement>('[data-unfinished-link]')!.href =
        `${base}${sourcePage(attempt.source)}${sourceQuery(attempt.source)}`;
      this.querySelector<HTMLElement>('[data-unfinished]')!.hidden = false;
    }
    const wrong = [...mergeLatest(latestResults(history), latestAnswers(loadProgress())).values()].filter(
      (result) => !result.correct,
    ).length;
    this.text('[data-wrong-count]', ` (${wrong} waiting)`);
    const rows = [...history.attempts].reverse().map((result) => {
      const total = result.items.length;
      const correct = result.items.filter((item) => item.correct).length;
      const link = document.createElement('a');
      link.href = `${base}${sourcePage(result.source)}?attempt=${result.id}`;
      link.textContent = describeSource(result.source);
      const cells = [
        dateFormat.format(result.submittedAt),
        link,
        `${percent(correct, total)} (${correct} of ${total})`,
        result.mode === 'exam' ? String(estimateScaledScore(correct / total)) : '–',
        formatDuration(result.elapsedMs),
      ];
      const row = document.createElement('tr');
      for (const cell of cells) {
        const td = document.createElement('td');
        td.append(cell);
        row.append(td);
      }
      return row;
    });
    this.querySelector('[data-attempts-rows]')?.replaceChildren(...rows);
    this.querySelector<HTMLElement>('[data-attempts]')!.hidden = rows.length === 0;
    this.text(
      '[data-attempts-summary]',
      rows.length === 0
        ? 'None yet.'
        : `${rows.length} finished attempt${rows.length === 1 ? '' : 's'} in this browser.`,
    );
  }

  private text(selector: string, text: string): void {
    const element = this.querySelector<HTMLElement>(selector);
    if (!element) return;
    element.textContent = text;
    if (element.dataset['message'] !== undefined) element.hidden = text === '';
  }
}

customElements.define('aip-practice-home', PracticeHome);
