// The question navigator of an attempt: for every question whether it is answered and flagged, and the
// counts the navigator and the review screen show. Pure; ships to the browser.
import type { BankQuestion } from './bank.ts';
import { answerState } from './scoring.ts';

export interface NavigatorItem {
  /** 1-based question number. */
  readonly number: number;
  /** A partial answer (an ordering with a step left) counts as not answered. */
  readonly answered: boolean;
  readonly flagged: boolean;
  readonly current: boolean;
  /** "Question 3: answered, flagged": the button's accessible name. */
  readonly label: string;
}

export interface NavigatorSummary {
  readonly items: readonly NavigatorItem[];
  readonly answered: number;
  readonly flagged: number;
  readonly unanswered: number;
  /** Numbers of the questions not answered, and of those flagged, for the review screen. */
  readonly unansweredNumbers: readonly number[];
  readonly flaggedNumbers: readonly number[];
}

interface AttemptView {
  readonly responses: readonly (readonly number[])[];
  readonly flags: readonly boolean[];
  readonly current: number;
}

export function navigatorSummary(attempt: AttemptView, questions: readonly BankQuestion[]): NavigatorSummary {
  const items = questions.map((question, index): NavigatorItem => {
    const answered = answerState(question, attempt.responses[index] ?? []) === 'answered';
    const flagged = attempt.flags[index] === true;
    const number = index + 1;
    return {
      number,
      answered,
      flagged,
      current: attempt.current === index,
      label: `Question ${number}: ${answered ? 'answered' : 'not answered'}${flagged ? ', flagged' : ''}`,
    };
  });
  const unansweredNumbers = items.filter((item) => !item.answered).map((item) => item.number);
  const flaggedNumbers = items.filter((item) => item.flagged).map((item) => item.number);
  return {
    items,
    answered: items.length - unansweredNumbers.length,
    flagged: flaggedNumbers.length,
    unanswered: unansweredNumbers.length,
    unansweredNumbers,
    flaggedNumbers,
  };
}

/** "40 answered, 3 flagged, 22 not answered". */
export function describeSummary(summary: NavigatorSummary): string {
  return `${summary.answered} answered, ${summary.flagged} flagged, ${summary.unanswered} not answered`;
}
