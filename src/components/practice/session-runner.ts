// The question screen of a mock exam or practice set: one question at a time, flags, the navigator, the
// review screen, keyboard shortcuts, the clock, and saving after every change so a reload resumes. The
// markup of a question comes from src/lib/practice/question-view.ts; this module only wires it up.
// Loaded by practice-session.ts when an attempt starts. Ships to the browser.
import { h } from '../../lib/calculators/vnode.ts';
import {
  withChecked,
  withCurrent,
  withElapsed,
  withFlag,
  withResponse,
  type Attempt,
} from '../../lib/practice/attempt.ts';
import type { BankQuestion } from '../../lib/practice/bank.ts';
import { describeSummary, navigatorSummary, type NavigatorSummary } from '../../lib/practice/navigator.ts';
import { questionView, responseFromInputs, responseNote } from '../../lib/practice/question-view.ts';
import { answerState } from '../../lib/practice/scoring.ts';
import { toDom } from '../calculators/dom.ts';
import { Clock } from './session-clock.ts';

export interface SessionHost extends HTMLElement {
  show(screen: 'run' | 'review'): void;
  say(message: string): void;
}

export interface RunnerHooks {
  save(attempt: Attempt): boolean;
  finish(attempt: Attempt, timedOut: boolean): void;
}

const REFUSED =
  'Your browser refused to save this attempt (private mode or full storage?): it will be lost if you leave or reload the page.';

export function startRunner(host: SessionHost, attempt: Attempt, questions: BankQuestion[], hooks: RunnerHooks): void {
  new Runner(host, attempt, questions, hooks).start();
}

class Runner {
  private readonly clock: Clock;
  private done = false;
  private refused = false;
  private savedAt = 0;

  constructor(
    private readonly host: SessionHost,
    private attempt: Attempt,
    private readonly questions: BankQuestion[],
    private readonly hooks: RunnerHooks,
  ) {
    this.clock = new Clock(host, attempt.limitMs, {
      tick: (used) => {
        // Saved every 10 s, so a crash or a closed tab loses at most that much of the clock.
        if (used - this.savedAt >= 10_000) this.persist();
      },
      timeUp: () => this.submit(true),
    });
  }

  private el<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    return this.host.querySelector<T>(selector);
  }

  private on(selector: string, handler: () => void): void {
    this.el(selector)?.addEventListener('click', handler);
  }

  start(): void {
    const form = this.el<HTMLFormElement>('[data-form]');
    form?.addEventListener('change', () => this.read());
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.check();
    });
    this.on('[data-prev]', () => this.go(this.attempt.current - 1));
    this.on('[data-next]', () => this.go(this.attempt.current + 1));
    this.on('[data-flag]', () => this.flag());
    this.on('[data-to-review]', () => this.review());
    this.on('[data-back]', () => this.go(this.attempt.current));
    this.on('[data-submit]', () => this.submit(false));
    this.host.addEventListener('click', (event) => {
      const target = (event.target as Element).closest<HTMLElement>('[data-go]');
      if (target) this.go(Number(target.dataset['go']));
    });
    document.addEventListener('keydown', (event) => this.key(event));
    window.addEventListener('pagehide', () => this.persist());
    this.clock.start(this.attempt.elapsedMs);
    this.host.show('run');
    this.render(true);
  }

  private get index(): number {
    return this.attempt.current;
  }

  private persist(): void {
    if (this.done) return;
    this.attempt = withElapsed(this.attempt, this.clock.elapsed());
    this.savedAt = this.attempt.elapsedMs;
    if (!this.hooks.save(this.attempt) && !this.refused) {
      this.refused = true;
      this.host.say(REFUSED);
    }
  }

  private change(next: Attempt): void {
    this.attempt = next;
    this.persist();
  }

  /** Shows the current question; `focus` moves focus to its stem, or to its explanations after a check. */
  private render(focus: boolean | 'feedback'): void {
    const question = this.questions[this.index]!;
    const response = this.attempt.responses[this.index] ?? [];
    const locked = this.attempt.checked[this.index] === true;
    const total = this.questions.length;
    this.el('[data-question]')?.replaceChildren(
      toDom(questionView(question, response, { number: this.index + 1, total, locked })),
    );
    this.text('[data-progress]', `Question ${this.index + 1} of ${total}`);
    this.text('[data-note]', locked ? '' : responseNote(question, response));
    const check = this.el('[data-check]');
    if (check) check.hidden = locked;
    this.el('[data-feedback]')?.replaceChildren();
    if (locked) void this.feedback(question, response, focus === 'feedback');
    this.el<HTMLButtonElement>('[data-prev]')!.disabled = this.index === 0;
    this.el<HTMLButtonElement>('[data-next]')!.disabled = this.index === total - 1;
    this.refresh();
    if (focus === true) {
      // Focus alone scrolls a long stem only as far as needed, which on a phone can leave its first lines
      // under the sticky bars: start the question screen at the top instead, bar and stem in view.
      this.el('.pq__legend')?.focus({ preventScroll: true });
      this.el('[data-screen="run"]')?.scrollIntoView({ block: 'start' });
    }
  }

  private text(selector: string, text: string): void {
    const element = this.el(selector);
    if (element) element.textContent = text;
  }

  /** Updates the flag button and the navigator after any change. */
  private refresh(): NavigatorSummary {
    const flagged = this.attempt.flags[this.index] === true;
    const button = this.el('[data-flag]');
    button?.setAttribute('aria-pressed', String(flagged));
    if (button) button.textContent = flagged ? 'Flagged for review' : 'Flag for review';
    const summary = navigatorSummary(this.attempt, this.questions);
    this.text('[data-nav-summary]', `All questions: ${describeSummary(summary)}`);
    this.el('[data-navigator]')?.replaceChildren(grid(summary));
    return summary;
  }

  private read(): void {
    const question = this.questions[this.index]!;
    const form = this.el('[data-question]');
    if (!form || this.attempt.checked[this.index]) return;
    const checked = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => Number(input.value));
    const selects = [...form.querySelectorAll<HTMLSelectElement>('select')].map((select) => select.value);
    const response = responseFromInputs(question, checked, selects);
    this.change(withResponse(this.attempt, this.index, response));
    this.text('[data-note]', responseNote(question, response));
    this.refresh();
  }

  private go(index: number): void {
    if (this.done || !Number.isInteger(index) || index < 0 || index >= this.questions.length) return;
    this.change(withCurrent(this.attempt, index));
    this.host.show('run');
    this.render(true);
  }

  private flag(): void {
    this.change(withFlag(this.attempt, this.index, !this.attempt.flags[this.index]));
    this.refresh();
  }

  private check(): void {
    const question = this.questions[this.index]!;
    const response = this.attempt.responses[this.index] ?? [];
    if (this.attempt.mode !== 'set' || this.attempt.checked[this.index]) return;
    if (answerState(question, response) === 'unanswered') {
      this.text('[data-note]', 'Choose an answer first.');
      return;
    }
    this.change(withChecked(this.attempt, this.index));
    this.render('feedback');
  }

  private async feedback(question: BankQuestion, response: readonly number[], focus: boolean): Promise<void> {
    // The explanations are only needed once a set's answer is checked: their code loads then.
    const shown = this.index;
    const { reviewBody } = await import('../../lib/practice/review-view.ts');
    if (shown !== this.index) return;
    const body = toDom(reviewBody(question, response)) as HTMLElement;
    body.tabIndex = -1;
    this.el('[data-feedback]')?.replaceChildren(body);
    if (focus) body.focus();
  }

  private review(): void {
    const summary = navigatorSummary(this.attempt, this.questions);
    this.host.show('review');
    this.text('[data-review-summary]', `${describeSummary(summary)}.`);
    const list = (label: string, numbers: readonly number[]) =>
      numbers.length === 0
        ? []
        : [
            h('p', {}, [
              `${label}: `,
              ...numbers.flatMap((number) => [
                h('button', { type: 'button', 'data-go': number - 1, class: 'practice__go' }, [String(number)]),
                ' ',
              ]),
            ]),
          ];
    // A long list of unanswered numbers would only repeat the grid below it.
    const unanswered =
      summary.unanswered <= 15
        ? list('Not answered', summary.unansweredNumbers)
        : [h('p', {}, [`${summary.unanswered} questions are not answered: the grid below shows which.`])];
    this.el('[data-review-lists]')?.replaceChildren(
      ...[...unanswered, ...list('Flagged', summary.flaggedNumbers)].map((node) => toDom(node)),
    );
    this.el('[data-review-navigator]')?.replaceChildren(grid(summary));
    this.el('#review-title')?.focus();
  }

  private submit(timedOut: boolean): void {
    if (this.done) return;
    this.attempt = withElapsed(this.attempt, this.clock.stop());
    this.done = true;
    this.hooks.finish(this.attempt, timedOut);
  }

  private key(event: KeyboardEvent): void {
    if (this.done || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('select, textarea, input:not([type=radio]):not([type=checkbox]), [contenteditable]')) return;
    const onRun = this.el('[data-screen="run"]')?.hidden === false;
    const key = event.key.toLowerCase();
    let handled = true;
    if (onRun && /^[1-7]$/.test(key)) {
      const input = this.el<HTMLInputElement>(`[data-question] input[data-option="${Number(key) - 1}"]`);
      if (input && !input.disabled) input.click();
    } else if (onRun && key === 'f') this.flag();
    else if (key === 'n' && onRun) this.go(this.index + 1);
    else if (key === 'p' && onRun) this.go(this.index - 1);
    else if (key === 'r' && onRun) this.review();
    else handled = false;
    if (handled) event.preventDefault();
  }
}

/** The navigator: one button per question, its state in its name (and shown by shape, not color alone). */
function grid(summary: NavigatorSummary): Node {
  return toDom(
    h(
      'ol',
      { class: 'practice__grid plain-list' },
      summary.items.map((item) =>
        h('li', {}, [
          h(
            'button',
            {
              type: 'button',
              'data-go': item.number - 1,
              'aria-label': item.label,
              'aria-current': item.current ? 'step' : undefined,
              'data-answered': item.answered ? '' : undefined,
              'data-flagged': item.flagged ? '' : undefined,
            },
            [String(item.number)],
          ),
        ]),
      ),
    ),
  );
}
