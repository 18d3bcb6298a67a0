// What the start screen says about the questions an attempt will hold: how they were drawn, and what is
// missing when the bank is too thin. Pure; ships to the browser.
import { EXAM_DOMAINS } from '../exam/blueprint.ts';
import type { AttemptSource } from './attempt.ts';
import type { PracticeIndex } from './bank.ts';
import { EXAM_LENGTH, formBlueprint, randomForm } from './forms.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const byWeight = () => {
  const weights = formBlueprint().map((item) => item.count);
  return `drawn by the exam’s domain weights (${weights.slice(0, -1).join(', ')} and ${weights.at(-1)} from domains 1 to 5)`;
};

/**
 * What the mock exam's start screen says before its code has drawn a form: rendered at build time, about as
 * long as the summary that replaces it, so the screen does not move when the code arrives.
 */
export function describeExamBeforeDraw(): string {
  return `${EXAM_LENGTH} questions ${byWeight()}, picked by a number in this page’s address: bookmark or share the address to sit the same form again.`;
}

/** The start screen's summary for `count` questions drawn for `source` from `catalog`. */
export function describeDraw(source: AttemptSource, count: number, catalog: PracticeIndex): string {
  switch (source.kind) {
    case 'form':
      return count === 0
        ? `Form ${source.form} is not available yet: the question bank has enough questions for ${plural(catalog.forms.length, 'fixed form')} of ${EXAM_LENGTH}. Take a random form instead.`
        : `${count} questions ${byWeight()}. No question of this form is in another fixed form.`;
    case 'seed': {
      const { shortfall } = randomForm(catalog.questions, source.seed);
      const thin = shortfall.map((item) => `domain ${item.domain} (${item.available} of ${item.wanted})`).join(' and ');
      return `${count} questions ${byWeight()}, picked by the number ${source.seed} in this page’s address: bookmark or share the address to sit the same form again.${
        thin
          ? ` The bank does not yet have enough questions in ${thin}, so other domains fill those places: this form is not weighted exactly like the exam.`
          : ''
      }`;
    }
    case 'domain': {
      const title = EXAM_DOMAINS.find((domain) => domain.number === source.domain)?.title ?? '';
      if (count === 0) return `The bank has no questions in domain ${source.domain} yet.`;
      return `${plural(count, 'question')} from domain ${source.domain} (${title}), untimed.${
        count < source.count ? ` The bank has only ${count} in this domain.` : ''
      }`;
    }
    case 'objective':
      return count === 0
        ? `The bank has no questions on objective ${source.objective} yet.`
        : `${count === 1 ? 'The one question' : `All ${count} questions`} on objective ${source.objective}, untimed.`;
    case 'wrong':
      return count === 0
        ? 'No question is waiting: nothing you answered is wrong the last time you answered it.'
        : `${plural(count, 'question')} you answered wrongly the last time, in mock exams, practice sets or page self-checks, the most recent mistakes first.`;
  }
}
