// <aip-self-check>: grades the self-check questions, explains them and remembers the answers.
// Ships to the browser on topic pages, so it stays small; grading and scoring live in src/lib/study.
import { gradeAnswer, listLetters } from '../../lib/study/grade.ts';
import { pageScore, recordAnswer } from '../../lib/study/progress.ts';
import { loadProgress, saveProgress } from './storage.ts';

class SelfCheck extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('submit', (event) => {
      event.preventDefault();
      if (event.target instanceof HTMLFormElement) this.check(event.target);
    });
    this.showScore();
  }

  check(form: HTMLFormElement): void {
    const correct = (form.dataset['correct'] ?? '').split(',').map(Number);
    const chosen = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => Number(input.value));
    const result = form.querySelector('.quiz__result');
    if (chosen.length === 0) {
      if (result) result.textContent = 'Choose an answer first.';
      return;
    }
    const grade = gradeAnswer(correct, chosen);
    form.querySelectorAll<HTMLElement>('[data-option]').forEach((item) => {
      const index = Number(item.dataset['option']);
      item.dataset['state'] = correct.includes(index) ? 'right' : chosen.includes(index) ? 'wrong' : '';
    });
    if (result) result.textContent = grade.correct ? 'Correct.' : `Not quite: the answer is ${listLetters(correct)}.`;
    form.querySelector('details')?.setAttribute('open', '');
    const page = this.dataset['page'] ?? '';
    const saved = saveProgress(
      recordAnswer(loadProgress(), page, form.dataset['question'] ?? '', grade.correct, Date.now()),
    );
    this.showScore(saved ? '' : ' Your browser did not let this page save it, so it will be forgotten on reload.');
  }

  showScore(note = ''): void {
    const ids = [...this.querySelectorAll<HTMLElement>('[data-question]')].map(
      (form) => form.dataset['question'] ?? '',
    );
    const { answered, correct } = pageScore(loadProgress(), this.dataset['page'] ?? '', ids);
    const score = this.querySelector('[data-score]');
    if (score && (answered > 0 || note))
      score.textContent = `Your score: ${correct} of ${ids.length} correct (${answered} answered).${note}`;
  }
}

customElements.define('aip-self-check', SelfCheck);
