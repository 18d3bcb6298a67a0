// Grades a self-check answer. Pure; ships to the browser.

export interface Grade {
  /** True when exactly the correct options were chosen. */
  readonly correct: boolean;
  /** Correct options the reader did not choose. */
  readonly missed: readonly number[];
  /** Options chosen that are wrong. */
  readonly wrong: readonly number[];
}

/** Compares the chosen option indices with the correct ones: gradeAnswer([1, 3], [1]) -> missed [3]. */
export function gradeAnswer(correct: readonly number[], chosen: readonly number[]): Grade {
  const missed = correct.filter((index) => !chosen.includes(index));
  const wrong = chosen.filter((index) => !correct.includes(index));
  return { correct: missed.length === 0 && wrong.length === 0 && chosen.length > 0, missed, wrong };
}

/** Option letters as on the exam: 0 -> "A". */
export const optionLetter = (index: number) => String.fromCharCode(65 + index);

/** "A", "A and C", "A, C and D". */
export function listLetters(indices: readonly number[]): string {
  const letters = indices.map(optionLetter);
  return letters.length <= 1 ? (letters[0] ?? '') : `${letters.slice(0, -1).join(', ')} and ${letters.at(-1)}`;
}
