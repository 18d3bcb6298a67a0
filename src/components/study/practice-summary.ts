// The progress page's practice section: how many questions of each domain the learner has answered in
// mock exams and practice sets, and how many were right the last time (by each question's objective),
// plus the latest attempt. Figures from src/lib/practice/history.ts. Ships to the browser on /progress/.
import { describeSource } from '../../lib/practice/attempt.ts';
import { domainPractice, type History } from '../../lib/practice/history.ts';
import { percent } from '../../lib/practice/percent.ts';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

export function renderPractice(root: HTMLElement, attempts: History): void {
  const summary = root.querySelector('[data-practice-summary]');
  const table = root.querySelector<HTMLElement>('[data-practice-table]');
  const latest = attempts.attempts.at(-1);
  if (!summary || !table) return;
  table.hidden = latest === undefined;
  if (!latest) return;
  const right = latest.items.filter((item) => item.correct).length;
  const count = attempts.attempts.length;
  summary.textContent = `${count} finished attempt${count === 1 ? '' : 's'}. The latest: ${describeSource(latest.source)} on ${dateFormat.format(latest.submittedAt)}, ${right} of ${latest.items.length} right (${percent(right, latest.items.length)}).`;
  for (const domain of domainPractice(attempts)) {
    const row = root.querySelector(`[data-practice-domain="${domain.domain}"]`);
    const answered = row?.querySelector('[data-practice-answered]');
    const correct = row?.querySelector('[data-practice-right]');
    if (answered) answered.textContent = String(domain.questions);
    if (correct)
      correct.textContent =
        domain.questions > 0 ? `${domain.correct} (${percent(domain.correct, domain.questions)})` : '–';
  }
}
