// <aip-practice-session>: the mock exam and practice set page. This entry stays small: it reads the
// address and storage, fills in the start screen, and loads the question screen (session-runner.ts) only
// when an attempt starts or resumes, and the report (session-report.ts) only when there is one to show.
// Ships to the browser.
import {
  attemptId,
  createAttempt,
  describeSource,
  remainingMs,
  sourceKey,
  type Attempt,
  type AttemptSource,
} from '../../lib/practice/attempt.ts';
import type { BankQuestion, PracticeIndex } from '../../lib/practice/bank.ts';
import { newSeed, randomForm } from '../../lib/practice/forms.ts';
import { findResult, latestResults, type AttemptResult } from '../../lib/practice/history.ts';
import { parseRequest, sourcePage, sourceQuery, type PracticeRequest } from '../../lib/practice/request.ts';
import { emptyResponse } from '../../lib/practice/scoring.ts';
import { domainSet, mergeLatest, objectiveSet, wrongSet } from '../../lib/practice/sets.ts';
import { examLimitMs } from '../../lib/practice/timer.ts';
import { latestAnswers } from '../../lib/study/progress.ts';
import { loadProgress } from '../study/storage.ts';
import { fetchCatalog, fetchQuestions } from './fetch-bank.ts';
import { clearAttempt, loadAttempt, loadHistory, saveAttempt } from './practice-storage.ts';
import type { Queued } from './session-finish.ts';
import { describeDraw } from '../../lib/practice/start-text.ts';

const UNREACHABLE = 'The questions could not be loaded. Check your connection, then reload the page.';

class PracticeSession extends HTMLElement {
  private problems: string[] = [];
  private draw: { source: AttemptSource; ids: string[] } | undefined;

  connectedCallback(): void {
    const request = parseRequest(this.dataset['mode'] === 'set' ? 'set' : 'exam', location.search);
    void this.open(request);
  }

  private el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector) ?? (document.createElement('span') as unknown as T);
  }

  /** Shows one screen (start, run, review, report) and hides the others. */
  show(screen: string): void {
    this.querySelectorAll<HTMLElement>('[data-screen]').forEach((s) => (s.hidden = s.dataset['screen'] !== screen));
    // The page's introduction only stands in the way once the questions are on screen.
    document
      .querySelectorAll<HTMLElement>('[data-practice-intro]')
      .forEach((intro) => (intro.hidden = screen !== 'start'));
  }

  say(message: string): void {
    const box = this.el('[data-message]');
    box.textContent = [...this.problems, message].filter(Boolean).join(' ');
    box.hidden = box.textContent === '';
  }

  private async open(request: PracticeRequest): Promise<void> {
    if (request.kind === 'report') return this.openReport(request.attempt);
    const stored = loadAttempt();
    if (stored.problem) this.problems.push(stored.problem);
    this.show('start');
    if (request.kind === 'invalid') {
      this.el('[data-start-summary]').textContent = request.message;
      return this.say('');
    }
    let source: AttemptSource;
    if (request.kind === 'needs-seed') {
      // A seed chosen now goes into the address, so a reload or a shared link gives the same questions.
      source = request.source(newSeed(Math.random));
      history.replaceState(null, '', sourceQuery(source));
    } else source = request.source;
    const current = stored.attempt;
    if (current && sourceKey(current.source) === sourceKey(source)) return this.resume(current);
    if (current) this.offerResume(current);
    this.say('');
    const catalog = await fetchCatalog();
    if (!catalog) return this.say(UNREACHABLE);
    this.prepare(source, catalog);
  }

  private offerResume(attempt: Attempt): void {
    const answered = attempt.responses.filter((response) => response.some((value) => value >= 0)).length;
    const left = remainingMs(attempt);
    const time = left === undefined ? '' : `, ${Math.ceil(left / 60_000)} minutes left`;
    this.el('[data-unfinished-text]').textContent =
      `You have an unfinished attempt: ${describeSource(attempt.source)} (${answered} of ${attempt.questionIds.length} begun${time}). Starting this one discards it.`;
    const link = this.el<HTMLAnchorElement>('[data-unfinished-link]');
    link.href = `${document.documentElement.dataset['base'] ?? '/'}practice/${sourcePage(attempt.source)}${sourceQuery(attempt.source)}`;
    this.el('[data-unfinished]').hidden = false;
  }

  private prepare(source: AttemptSource, catalog: PracticeIndex): void {
    const ids = drawIds(source, catalog);
    this.draw = ids.length > 0 ? { source, ids } : undefined;
    const title = describeSource(source);
    // A random form's number is in the summary below: in the heading it would wrap on a phone and move
    // the screen when the code arrives (the build renders "Mock exam, random form").
    this.el('[data-start-title]').textContent = source.kind === 'seed' ? 'Mock exam, random form' : title;
    document.title = `${title} | AIF-C01 Study Guide`;
    this.el('[data-start-summary]').textContent = describeDraw(source, ids.length, catalog);
    const start = this.el<HTMLButtonElement>('[data-start]');
    start.disabled = this.draw === undefined;
    start.addEventListener('click', () => void this.begin(), { once: true });
  }

  private async begin(): Promise<void> {
    const draw = this.draw;
    if (!draw) return;
    this.el<HTMLButtonElement>('[data-start]').disabled = true;
    const questions = await this.load(draw.ids);
    if (!questions) return;
    const accommodation = this.el<HTMLInputElement>('[data-accommodation]').checked === true;
    const exam = this.dataset['mode'] !== 'set';
    const attempt = createAttempt({
      id: attemptId(Date.now(), Math.random),
      mode: exam ? 'exam' : 'set',
      source: draw.source,
      questionIds: draw.ids,
      responses: questions.map(emptyResponse),
      limitMs: exam ? examLimitMs(accommodation) : null,
      startedAt: Date.now(),
    });
    await this.run(attempt, questions);
  }

  private async resume(attempt: Attempt): Promise<void> {
    const questions = await this.load(attempt.questionIds);
    if (questions) await this.run(attempt, questions, 'Resumed where you left off.');
  }

  /** The questions in order, or undefined (with a message) when any cannot be loaded. */
  private async load(ids: readonly string[]): Promise<BankQuestion[] | undefined> {
    this.say('Loading the questions…');
    const loaded = await fetchQuestions(ids);
    if (loaded.missing.length === 0) {
      this.say('');
      return ids.map((id) => loaded.questions.get(id)!);
    }
    if (loaded.offline) this.say(UNREACHABLE);
    else {
      clearAttempt();
      this.say(
        `${loaded.missing.length} of these questions are no longer in the bank (the site was updated), so this attempt cannot go on. Reload the page to start afresh.`,
      );
    }
    return undefined;
  }

  private async run(attempt: Attempt, questions: BankQuestion[], note = ''): Promise<void> {
    const { startRunner } = await import('./session-runner.ts');
    this.say(note);
    startRunner(this, attempt, questions, {
      save: saveAttempt,
      finish: (finished, timedOut) => void this.finish(finished, questions, timedOut),
    });
  }

  private async finish(attempt: Attempt, questions: BankQuestion[], timedOut: boolean): Promise<void> {
    const { finishAttempt } = await import('./session-finish.ts');
    const finished = finishAttempt(attempt, questions, timedOut);
    history.replaceState(null, '', `?attempt=${finished.result.id}`);
    this.problems = finished.problem ? [finished.problem] : [];
    await this.showReport(finished.result, questions, finished);
  }

  private async openReport(id: string): Promise<void> {
    const result = findResult(loadHistory().history, id);
    if (!result) {
      this.show('start');
      this.el('[data-start-summary]').textContent =
        'This browser holds no attempt with this address: attempts are kept only on the device where they were taken.';
      return;
    }
    const loaded = await fetchQuestions(result.items.map((item) => item.id));
    if (loaded.offline) this.problems.push('Some questions could not be loaded, so their explanations are missing.');
    await this.showReport(
      result,
      result.items.map((item) => loaded.questions.get(item.id)),
    );
  }

  private async showReport(
    result: AttemptResult,
    questions: readonly (BankQuestion | undefined)[],
    cards?: { missed: number; queued: Queued },
  ): Promise<void> {
    const { renderReport } = await import('./session-report.ts');
    this.say('');
    renderReport(this, result, questions, cards);
  }
}

/** The question ids a source asks for, drawn from the catalog (and, for mistakes, the stored answers). */
function drawIds(source: AttemptSource, catalog: PracticeIndex): string[] {
  switch (source.kind) {
    case 'form':
      return [...(catalog.forms[source.form - 1] ?? [])];
    case 'seed':
      return randomForm(catalog.questions, source.seed).ids;
    case 'domain':
      return domainSet(catalog.questions, source.domain, source.count, source.seed);
    case 'objective':
      return objectiveSet(catalog.questions, source.objective, source.seed);
    case 'wrong':
      return wrongSet(
        catalog.questions,
        mergeLatest(latestResults(loadHistory().history), latestAnswers(loadProgress())),
      );
  }
}

customElements.define('aip-practice-session', PracticeSession);
