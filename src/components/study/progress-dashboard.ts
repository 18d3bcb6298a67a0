// <aip-progress-dashboard>: fills the progress page's figures from the browser's storage and runs the
// backup, import and reset controls. The numbers come from src/lib/study/dashboard.ts and the file
// format from backup.ts; this element only reads the page, storage and files, and writes text.
// The stored data is never written on load: damaged data stays as it is until the learner imports,
// resets or records new progress. A write the browser refuses leaves the page showing its in-memory
// state with a message.
import { EXAM_DOMAINS } from '../../lib/exam/blueprint.ts';
import {
  backupFileName,
  createBackup,
  describeData,
  parseBackup,
  serializeBackup,
  backupProblem,
  MAX_BACKUP_BYTES,
  type Backup,
  type BackupResult,
} from '../../lib/study/backup.ts';
import {
  buildDashboard,
  formatPercent,
  WEAK_BELOW,
  type PageInput,
  type PageStatus,
} from '../../lib/study/dashboard.ts';
import { countDue, DECK_KEY, inspectDeckState, type DeckState } from '../../lib/study/deck.ts';
import { emptyProgress, type Progress } from '../../lib/study/progress.ts';
import { ATTEMPT_KEY } from '../../lib/practice/attempt.ts';
import { emptyHistory, HISTORY_KEY, inspectHistory, type History } from '../../lib/practice/history.ts';
import { renderPractice } from './practice-summary.ts';
import { loadProgressState, PROGRESS_KEY, readStored, removeStored, writeStored } from './storage.ts';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
const list = (value: string | undefined) => (value ? value.split(',') : []);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const REFUSED =
  'Your browser refused to save (it may be in private mode, out of storage space or blocking this site). The page shows the new state for this visit only; it will be forgotten when you leave.';

class ProgressDashboard extends HTMLElement {
  private progress: Progress = emptyProgress();
  private deck: DeckState = inspectDeckState(null).state;
  private attempts: History = emptyHistory();
  /** Problems found when reading storage, shown until the learner replaces or resets the data. */
  private readProblems: string[] = [];
  /** True after a refused write: the in-memory state is then newer than storage, so keep it. */
  private unsaved = false;
  private pending: Backup | undefined;

  connectedCallback(): void {
    this.load();
    this.render();
    this.on('[data-export]', () => this.exportFile());
    this.querySelector<HTMLInputElement>('[data-import]')?.addEventListener('change', (event) => {
      const input = event.currentTarget as HTMLInputElement;
      const file = input.files?.[0];
      if (file) void this.chooseFile(file);
    });
    this.on('[data-import-replace]', () => this.importPending());
    this.on('[data-import-cancel]', () => this.cancelImport('Import canceled: nothing was changed.'));
    this.on('[data-reset]', () => this.askReset(true));
    this.on('[data-reset-no]', () => this.askReset(false, 'Reset canceled: your progress is kept.'));
    this.on('[data-reset-yes]', () => this.reset());
    // Another tab (a topic page's self-check, the flashcards) may save while this page is open, and
    // the back button may restore this page from the cache: show the stored state again.
    window.addEventListener('storage', () => this.refresh());
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) this.refresh();
    });
  }

  private on(selector: string, handler: () => void): void {
    this.querySelector(selector)?.addEventListener('click', handler);
  }

  private refresh(): void {
    if (this.unsaved) return;
    this.load();
    this.render();
  }

  private load(): void {
    const progress = loadProgressState();
    const deckText = readStored(DECK_KEY);
    const deck = inspectDeckState(deckText ?? null);
    const attempts = inspectHistory(readStored(HISTORY_KEY) ?? null);
    this.progress = progress.progress;
    this.deck = deck.state;
    this.attempts = attempts.history;
    this.readProblems = [];
    if (progress.status === 'unavailable' || deckText === undefined)
      this.readProblems.push(
        'This browser does not let the site read its storage (it may be blocked in the browser settings), so no progress can be shown or kept.',
      );
    if (progress.status === 'unreadable')
      this.readProblems.push(
        'Your saved self-check answers and studied pages could not be read: the stored data is damaged or from another version. The figures treat them as empty; the stored data is left untouched until you import a file, reset, or answer a self-check or mark a page (which starts afresh).',
      );
    if (attempts.status === 'unreadable')
      this.readProblems.push(
        'Your saved practice attempts could not be read: the stored data is damaged or from another version. They are counted as none and left untouched until you import a file or reset.',
      );
    if (deck.status === 'unreadable')
      this.readProblems.push(
        'Your saved flashcard schedule could not be read: the stored data is damaged or from another version. It is counted as empty and left untouched until you import a file, reset or review a card.',
      );
  }

  private message(extra = ''): void {
    const box = this.querySelector<HTMLElement>('[data-message]');
    if (!box) return;
    const text = [...this.readProblems, extra].filter(Boolean).join(' ');
    box.textContent = text;
    box.hidden = text === '';
  }

  private backupStatus(text: string): void {
    const status = this.querySelector('[data-backup-status]');
    if (status) status.textContent = text;
  }

  private pages(): PageInput[] {
    const pages = new Map<string, PageInput>();
    this.querySelectorAll<HTMLElement>('[data-page]').forEach((row) => {
      const slug = row.dataset['page'] ?? '';
      if (pages.has(slug)) return;
      pages.set(slug, {
        slug,
        title: row.querySelector('a')?.textContent?.trim() ?? slug,
        examTasks: list(row.dataset['tasks']),
        questions: list(row.dataset['questions']).map((id, index) => ({
          id,
          objective: list(row.dataset['objectives'])[index] ?? '',
        })),
        cardIds: list(row.dataset['cards']),
      });
    });
    return [...pages.values()];
  }

  private render(): void {
    this.message(this.unsaved ? REFUSED : '');
    const pages = this.pages();
    const now = new Date();
    const due = new Set(pages.flatMap((page) => page.cardIds).filter((id) => countDue(this.deck, [id], now).due > 0));
    const dashboard = buildDashboard(EXAM_DOMAINS, pages, this.progress, due);
    const { totals } = dashboard;
    this.setText('[data-total="readiness"]', formatPercent(dashboard.readiness));
    this.setText('[data-total="studied"]', `${totals.studied} of ${totals.pages}`);
    this.setText('[data-total="correct"]', `${totals.correct} of ${totals.questions}`);
    this.setText('[data-total="answered"]', `${totals.answered} answered`);
    this.setText('[data-total="due"]', String(totals.due));

    for (const domain of dashboard.domains) {
      const section = this.querySelector(`[data-domain="${domain.number}"]`);
      if (!section) continue;
      const bar = section.querySelector<HTMLElement>('[data-bar]');
      if (bar) bar.style.width = formatPercent(domain.readiness).replace(' ', '');
      const parts = [
        `Domain readiness ${formatPercent(domain.readiness)}`,
        `${domain.studied} of ${plural(domain.pages.length, 'page')} studied`,
        domain.questions > 0
          ? `${domain.correct} of ${plural(domain.questions, 'question')} correct (${domain.answered} answered)`
          : 'no self-check questions yet',
        `${plural(domain.due, 'flashcard')} due`,
      ];
      const summary = section.querySelector('[data-summary]');
      if (summary) summary.textContent = domain.pages.length > 0 ? parts.join(' · ') : 'Domain readiness 0 %.';
    }
    for (const page of dashboard.domains.flatMap((domain) => domain.pages)) {
      this.querySelectorAll(`[data-page="${CSS.escape(page.slug)}"] [data-status]`).forEach((status) =>
        status.replaceChildren(...describePage(page)),
      );
    }
    this.renderWeak(dashboard.weak, totals.pages);
    renderPractice(this, this.attempts);
  }

  private renderWeak(weak: readonly PageStatus[], total: number): void {
    const shown = weak.slice(0, 5);
    this.setText(
      '[data-weak-summary]',
      weak.length === 0
        ? `None: all ${total} pages are studied and every answered self-check is at ${formatPercent(WEAK_BELOW)} or more.`
        : `${plural(weak.length, 'page')} of ${total} ${weak.length === 1 ? 'is' : 'are'} weak. ${
            weak.length > shown.length ? `The first ${shown.length}, ` : 'Here, '
          }those of the heaviest exam domain first:`,
    );
    const items = shown.map((page) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = this.querySelector<HTMLAnchorElement>(`[data-page="${CSS.escape(page.slug)}"] a`)?.href ?? '';
      link.textContent = page.title;
      item.append(link, ` (${weakReasons(page)})`);
      return item;
    });
    this.querySelector('[data-weak]')?.replaceChildren(...items);
  }

  private setText(selector: string, text: string): void {
    const element = this.querySelector(selector);
    if (element) element.textContent = text;
  }

  private exportFile(): void {
    const now = new Date();
    const name = backupFileName(now);
    const blob = new Blob([serializeBackup(createBackup(this.progress, this.deck, this.attempts, now))], {
      type: 'application/json',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    this.append(link);
    link.click();
    link.remove();
    // Revoked later: revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    const skipped = this.readProblems.length > 0 ? ' Data this browser could not read is not in the file.' : '';
    this.backupStatus(`Downloaded ${name} with ${describeData(this.progress, this.deck, this.attempts)}.${skipped}`);
  }

  private async chooseFile(file: File): Promise<void> {
    this.askReset(false);
    let result: BackupResult;
    try {
      // The size is checked before reading, so a huge file is never loaded into memory.
      result = file.size > MAX_BACKUP_BYTES ? backupProblem('too-large') : parseBackup(await file.text(), file.size);
    } catch {
      result = backupProblem('unreadable');
    }
    if (!result.ok) {
      this.cancelImport(result.message);
      return;
    }
    this.pending = result.backup;
    const { data, exportedAt } = result.backup;
    const when = Number.isNaN(Date.parse(exportedAt)) ? '' : ` (exported ${dateFormat.format(Date.parse(exportedAt))})`;
    this.setText(
      '[data-import-summary]',
      `${file.name}${when} holds ${describeData(data['aip:progress'], data['aip:deck'], data['aip:attempts'])}. Importing replaces what this browser holds now: ${describeData(this.progress, this.deck, this.attempts)}.`,
    );
    this.backupStatus('');
    const confirm = this.querySelector<HTMLElement>('[data-import-confirm]');
    if (confirm) confirm.hidden = false;
    this.querySelector<HTMLElement>('[data-import-replace]')?.focus();
  }

  private cancelImport(status: string): void {
    this.pending = undefined;
    const confirm = this.querySelector<HTMLElement>('[data-import-confirm]');
    if (confirm) confirm.hidden = true;
    const input = this.querySelector<HTMLInputElement>('[data-import]');
    if (input) input.value = '';
    this.backupStatus(status);
  }

  private importPending(): void {
    const backup = this.pending;
    if (!backup) return;
    const progress = backup.data['aip:progress'];
    const deck = backup.data['aip:deck'];
    const attempts = backup.data['aip:attempts'];
    const saved = writeAll([
      [PROGRESS_KEY, JSON.stringify(progress)],
      [DECK_KEY, JSON.stringify(deck)],
      [HISTORY_KEY, JSON.stringify(attempts)],
    ]);
    this.progress = progress;
    this.deck = deck;
    this.attempts = attempts;
    this.readProblems = [];
    this.unsaved = !saved;
    this.render();
    this.cancelImport(
      saved
        ? `Imported ${describeData(progress, deck, attempts)}.`
        : 'The file was read, but your browser refused to store it: nothing stored was changed. Its data is shown above for this visit only.',
    );
  }

  private askReset(open: boolean, status?: string): void {
    const confirm = this.querySelector<HTMLElement>('[data-reset-confirm]');
    const button = this.querySelector<HTMLElement>('[data-reset]');
    if (confirm) confirm.hidden = !open;
    button?.setAttribute('aria-expanded', String(open));
    if (open) this.querySelector<HTMLElement>('[data-reset-no]')?.focus();
    else if (status !== undefined) button?.focus();
    if (status !== undefined) this.backupStatus(status);
  }

  private reset(): void {
    const cleared = [PROGRESS_KEY, DECK_KEY, HISTORY_KEY, ATTEMPT_KEY].map(removeStored).every(Boolean);
    this.progress = emptyProgress();
    this.deck = inspectDeckState(null).state;
    this.attempts = emptyHistory();
    this.readProblems = [];
    this.unsaved = !cleared;
    this.render();
    this.askReset(
      false,
      cleared
        ? 'Your progress, flashcard schedule and practice attempts were deleted from this browser.'
        : 'Your browser refused to delete the stored data; it may still be there on your next visit.',
    );
  }
}

/**
 * Writes every key or none: half an import would pair the file's answers with the old schedule or
 * attempts, so on a refusal the keys already written get their earlier text back.
 */
function writeAll(entries: readonly (readonly [string, string])[]): boolean {
  const before = entries.map(([key]) => readStored(key));
  const written = entries.findIndex(([key, text]) => !writeStored(key, text));
  if (written === -1) return true;
  entries.slice(0, written).forEach(([key], index) => {
    const text = before[index];
    if (text === null || text === undefined) removeStored(key);
    else writeStored(key, text);
  });
  return false;
}

function weakReasons(page: PageStatus): string {
  return page.reasons
    .map((reason) =>
      reason === 'not-studied' ? 'not marked as studied' : `self-check ${formatPercent(page.score ?? 0)} correct`,
    )
    .join(', ');
}

/** A page row's status line: studied, self-check score, due cards and, when weak, why. */
function describePage(page: PageStatus): Node[] {
  const parts = [
    page.studiedAt === undefined ? 'Not studied' : `Studied on ${dateFormat.format(page.studiedAt)}`,
    page.questions === 0
      ? ''
      : page.answered === 0
        ? 'self-check not answered'
        : `self-check ${page.correct} of ${page.questions} correct (${page.answered} answered, ${formatPercent(page.score ?? 0)}${page.reasons.includes('low-score') ? `, below ${formatPercent(WEAK_BELOW)}` : ''})`,
    page.due > 0 ? `${plural(page.due, 'flashcard')} due` : '',
  ];
  const text = document.createTextNode(parts.filter(Boolean).join(' · '));
  if (page.reasons.length === 0) return [text];
  const weak = document.createElement('strong');
  weak.textContent = 'Weak';
  return [weak, document.createTextNode(' · '), text];
}

customElements.define('aip-progress-dashboard', ProgressDashboard);
