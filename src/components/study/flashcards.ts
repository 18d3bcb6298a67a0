// <aip-flashcards>: spaced-repetition reviews of the glossary deck and of the practice questions the
// learner missed, and the glossary's Anki export. The deck is fetched once, when the element connects
// (flashcards/deck.json); until it arrives the counts rendered at build time stand, and if it cannot be
// loaded or read the page says so and the review and export stay off. The queue, counts and schedule live in
// src/lib/study/deck.ts; ts-fsrs itself is fetched only when a review starts, and a question card's
// question (practice/q/<id>.json) only when it comes up, so the page loads little JavaScript. Storage may fail (private mode, quota, a blocked policy, damaged
// data): the page says so and the session goes on in memory; nothing is thrown.
import {
  countDue,
  DECK_KEY,
  describeInterval,
  GRADES,
  gradeForKey,
  inspectDeckState,
  loadScheduler,
  nextCardId,
  questionCardIds,
  questionIdOfCard,
  removeMissedQuestion,
  serializeDeckState,
  sessionCounts,
  type DeckGrade,
  type DeckState,
  type Scheduler,
} from '../../lib/study/deck.ts';
import { questionCardFace } from '../../lib/practice/card-face.ts';
import { fetchQuestions } from '../practice/fetch-bank.ts';
import { downloadAnki, fetchDeck, type DomCard } from './flashcards-dom.ts';
import { readStored, writeStored } from './storage.ts';

const UNAVAILABLE =
  'This browser does not let the site use its storage (it may be blocked in the browser settings), so your schedule cannot be loaded or kept. You can still review: this session is kept in memory until you leave the page.';
const UNREADABLE =
  'Your saved flashcard schedule could not be read: it is damaged or from another version of this site. The deck is shown as new; your first review starts a new schedule that replaces it.';
const REFUSED =
  'Your browser refused to save your reviews (it may be in private mode, out of storage space or blocking this site). You can go on reviewing: this session is kept in memory, but it will be forgotten when you leave the page.';
const OFFLINE =
  'The flashcards could not be loaded: this browser seems to be offline and has no saved copy of the deck. Reload the page once you are online. Meanwhile you can read every card from the links under “Read the deck without reviewing”.';
const DAMAGED =
  'The flashcards could not be loaded: the deck the site sent is damaged or from another version of the site. Reload the page to try again. Meanwhile you can read every card from the links under “Read the deck without reviewing”.';
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** A card on screen: a glossary term, or a missed question with its options and answer as lists. */
interface ShownCard extends DomCard {
  readonly kind: 'term' | 'question';
  readonly frontItems: readonly string[];
  readonly backItems: readonly string[];
}

class Flashcards extends HTMLElement {
  private cards: DomCard[] = [];
  private glossaryIds: string[] = [];
  private deck: DeckState = inspectDeckState(null).state;
  private problem = '';
  /** Why the deck could not be loaded; empty while it loads and once it is here. */
  private deckProblem = '';
  private deckLoad: Promise<boolean> | undefined;
  /** True after a refused write: memory is then newer than storage, so storage is not read again. */
  private unsaved = false;
  private scheduler: Scheduler | undefined;
  private current: ShownCard | undefined;
  private revealed = false;

  connectedCallback(): void {
    this.load();
    void this.loadDeck();
    this.on('[data-start]', () => void this.start());
    this.on('[data-reveal]', () => this.reveal());
    this.on('[data-stop]', () => this.stop());
    this.on('[data-anki]', () => void this.exportAnki());
    this.querySelectorAll<HTMLButtonElement>('[data-grade]').forEach((button) =>
      button.addEventListener('click', () => this.rate(Number(button.dataset['grade']) as DeckGrade)),
    );
    document.addEventListener('keydown', (event) => this.onKey(event));
    // Another tab may review too: show its schedule unless this one holds unsaved reviews or is mid-card.
    window.addEventListener('storage', (event) => {
      if (event.key !== DECK_KEY || this.unsaved || this.current) return;
      this.load();
      this.renderCounts();
    });
  }

  /** Fetches the deck once; resolves to whether it is here. */
  private loadDeck(): Promise<boolean> {
    this.deckLoad ??= fetchDeck().then((loaded) => {
      if ('cards' in loaded) {
        this.cards = loaded.cards;
        this.glossaryIds = loaded.cards.map((card) => card.id);
        this.renderCounts();
        return true;
      }
      this.deckProblem = loaded.problem === 'offline' ? OFFLINE : DAMAGED;
      this.showMessage();
      for (const button of this.querySelectorAll<HTMLButtonElement>('[data-start], [data-anki]')) {
        button.disabled = true;
        button.textContent = button.hasAttribute('data-start') ? 'Start review' : 'Download for Anki (.txt)';
      }
      return false;
    });
    return this.deckLoad;
  }

  private on(selector: string, handler: () => void): void {
    this.querySelector(selector)?.addEventListener('click', handler);
  }

  private el<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  /** Missed questions first (the learner just got them wrong), then the glossary in page order. */
  private get ids(): string[] {
    return [...questionCardIds(this.deck), ...this.glossaryIds];
  }

  private setText(selector: string, text: string): void {
    const element = this.el(selector);
    if (element) element.textContent = text;
  }

  private load(): void {
    const text = readStored(DECK_KEY);
    const { state, status } = inspectDeckState(text ?? null);
    this.deck = state;
    this.problem = text === undefined ? UNAVAILABLE : status === 'unreadable' ? UNREADABLE : '';
    this.showMessage();
  }

  private showMessage(): void {
    const box = this.el('[data-message]');
    if (!box) return;
    // A read problem is settled once a review is saved; a refused write keeps its own message.
    const text = [this.deckProblem, this.unsaved ? REFUSED : this.problem].filter(Boolean).join(' ');
    box.textContent = text;
    box.hidden = text === '';
  }

  private renderCounts(): void {
    // Before the deck arrives, the counts rendered at build time stand.
    if (this.glossaryIds.length === 0) return;
    const now = new Date();
    const counts = countDue(this.deck, this.ids, now);
    const session = sessionCounts(this.deck, this.ids, now);
    this.setText('[data-count="due"]', String(counts.due));
    this.setText('[data-count="new"]', String(session.new));
    this.setText('[data-count="learned"]', String(counts.learned));
    this.setText('[data-count="total"]', String(this.ids.length));
    this.setText(
      '[data-left]',
      `Left in this review: ${plural(session.due, 'due card')}, ${plural(session.new, 'new card')}.`,
    );
  }

  private async start(): Promise<void> {
    const button = this.el<HTMLButtonElement>('[data-start]');
    if (!button || button.disabled) return;
    button.disabled = true;
    button.textContent = 'Loading…';
    // A click before the deck has arrived waits for it; a deck that failed has said why.
    if (!(await this.loadDeck())) return;
    if (!this.scheduler) {
      try {
        this.scheduler = await loadScheduler();
      } catch {
        this.setText(
          '[data-status]',
          'The review could not start: the page could not load its scheduler. Check your connection and try again.',
        );
      }
    }
    button.disabled = false;
    button.textContent = 'Start review';
    if (!this.scheduler) return;
    this.el('[data-start-area]')!.hidden = true;
    this.el('[data-session]')!.hidden = false;
    this.setText('[data-status]', '');
    this.next();
  }

  private next(): void {
    const id = nextCardId(this.deck, this.ids, new Date());
    this.revealed = false;
    this.renderCounts();
    const questionId = id === undefined ? undefined : questionIdOfCard(id);
    if (questionId !== undefined) {
      void this.nextQuestion(id!, questionId);
      return;
    }
    const card = this.cards.find((candidate) => candidate.id === id);
    if (!card) {
      this.current = undefined;
      this.finish();
      return;
    }
    this.show({ ...card, kind: 'term', frontItems: [], backItems: [] });
  }

  /** Loads a missed question's card; one no longer in the bank leaves the deck with a word. */
  private async nextQuestion(cardId: string, questionId: string): Promise<void> {
    this.current = undefined;
    this.setText('[data-front]', 'Loading the question…');
    const loaded = await fetchQuestions([questionId]);
    const question = loaded.questions.get(questionId);
    if (!question) {
      if (loaded.offline) {
        this.stop();
        this.setText('[data-status]', 'A question card could not be loaded. Check your connection, then start again.');
        return;
      }
      this.deck = removeMissedQuestion(this.deck, questionId);
      this.save();
      this.setText('[data-status]', 'A question you had missed is no longer in the bank; its card was removed.');
      this.next();
      return;
    }
    const face = questionCardFace(question);
    this.show({
      id: cardId,
      kind: 'question',
      page: '',
      front: face.front,
      frontItems: face.frontItems,
      definition: face.answer,
      backItems: face.answerItems,
      aliases: face.explanation ? [face.explanation] : [],
      href: face.href,
      url: face.href,
      linkText: face.linkText,
    });
  }

  private show(card: ShownCard): void {
    this.current = card;
    const view = this.el('[data-card-view]');
    if (view) view.dataset['kind'] = card.kind;
    this.setText('[data-front-label]', card.kind === 'term' ? 'Term' : 'Question you missed');
    this.setText('[data-front]', card.front);
    this.list('[data-front-items]', card.frontItems);
    this.setText('[data-back-definition]', card.definition);
    this.list('[data-back-items]', card.backItems);
    const aliases = this.el('[data-back-aliases]')!;
    aliases.textContent =
      card.kind === 'term'
        ? card.aliases.length > 0
          ? `Also: ${card.aliases.join(', ')}`
          : ''
        : (card.aliases[0] ?? '');
    aliases.hidden = card.aliases.length === 0;
    const link = this.el<HTMLAnchorElement>('[data-back-link]')!;
    link.href = card.href;
    link.textContent = card.linkText;
    this.el('[data-back]')!.hidden = true;
    this.el('[data-grades]')!.hidden = true;
    this.el('[data-reveal]')!.hidden = false;
    this.el('[data-card-view]')?.focus();
  }

  private list(selector: string, items: readonly string[]): void {
    const list = this.el(selector);
    if (!list) return;
    list.replaceChildren(...items.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
    list.hidden = items.length === 0;
  }

  private reveal(): void {
    if (!this.current || this.revealed || !this.scheduler) return;
    this.revealed = true;
    const now = Date.now();
    const preview = this.scheduler.preview(this.deck, this.current.id, new Date(now));
    this.querySelectorAll<HTMLElement>('[data-grade]').forEach((button) => {
      const when = button.querySelector('[data-when]');
      if (when) when.textContent = describeInterval(now, preview[Number(button.dataset['grade']) as DeckGrade]);
    });
    this.el('[data-back]')!.hidden = false;
    this.el('[data-reveal]')!.hidden = true;
    this.el('[data-grades]')!.hidden = false;
    // Focus the answer so screen readers read it; the keys 1-4 then rate from there.
    this.el('[data-back]')?.focus();
  }

  private rate(grade: DeckGrade): void {
    if (!this.current || !this.revealed || !this.scheduler) return;
    const now = new Date();
    const card = this.current;
    this.deck = this.scheduler.rate(this.deck, card.id, grade, now);
    this.save();
    const label = GRADES.find((item) => item.grade === grade)?.label ?? '';
    const due = this.deck.cards[card.id]?.due ?? now.getTime();
    const name = card.front.length > 80 ? `${card.front.slice(0, 77)}…` : card.front;
    this.setText('[data-status]', `“${name}”: ${label}, shown again ${describeInterval(now.getTime(), due)}.`);
    this.next();
  }

  private save(): void {
    if (writeStored(DECK_KEY, serializeDeckState(this.deck))) this.problem = '';
    else this.unsaved = true;
    this.showMessage();
  }

  private finish(): void {
    this.el('[data-session]')!.hidden = true;
    this.el('[data-start-area]')!.hidden = false;
    const now = Date.now();
    const upcoming = Object.values(this.deck.cards)
      .map((card) => card.due)
      .filter((due) => due > now)
      .sort((a, b) => a - b)[0];
    const later = upcoming === undefined ? '' : ` The next card is due ${describeInterval(now, upcoming)}.`;
    this.setText('[data-status]', `Done: no cards are due and today's new cards are reviewed.${later}`);
    this.el('[data-start]')?.focus();
  }

  private stop(): void {
    this.current = undefined;
    this.el('[data-session]')!.hidden = true;
    this.el('[data-start-area]')!.hidden = false;
    this.renderCounts();
    this.setText('[data-status]', 'Review ended. Your schedule is kept; start again at any time.');
    this.el('[data-start]')?.focus();
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.current || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable], dialog')) return;
    // The same mapping as the buttons (GRADES), so a key and a click can never rate differently.
    const grade = gradeForKey(event.key);
    if (event.key === ' ' || event.key === 'Enter') {
      // Buttons, links and summaries act on these keys themselves.
      if (this.revealed || target?.closest('button, a, summary')) return;
      event.preventDefault();
      this.reveal();
    } else if (this.revealed && grade !== undefined) {
      event.preventDefault();
      this.rate(grade);
    }
  }

  private async exportAnki(): Promise<void> {
    if (!(await this.loadDeck())) return;
    const name = downloadAnki(this.cards, this);
    this.setText('[data-anki-status]', `Downloaded ${name} with ${plural(this.cards.length, 'card')}.`);
  }
}

customElements.define('aip-flashcards', Flashcards);
