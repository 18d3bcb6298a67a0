// Synthetic question banks for the practice engine's tests: any size and spread, every item type, never
// written to content/. Deterministic: the same arguments give the same bank.
import { EXAM_OBJECTIVES, domainOf } from '../../../src/lib/exam/objectives.ts';
import type { BankQuestion, IndexEntry, ItemType } from '../../../src/lib/practice/bank.ts';
import { toBankQuestion, toIndexEntry, type AuthoredQuestion } from '../../../src/lib/practice/export.ts';

/** Questions per domain of a bank that fills 8 forms exactly (520 in all). */
export const FULL_BANK = [104, 128, 144, 72, 72] as const;
const TYPES: readonly ItemType[] = ['single', 'single', 'multiple', 'single', 'ordering', 'single', 'matching'];

const explanation = (what: string) => `Explanation of ${what}, long enough for the schema.`;

/** An authored question of the given type. */
export function authored(
  id: string,
  objective: string,
  type: ItemType,
  stem = `A company wants ${id}. Which fits?`,
): AuthoredQuestion {
  if (type === 'single' || type === 'multiple') {
    const keys = type === 'single' ? 1 : 2;
    return {
      id,
      objective,
      type,
      stem: type === 'multiple' ? `${stem} (Choose two.)` : stem,
      options: Array.from({ length: type === 'single' ? 4 : 5 }, (_, i) => ({
        text: `${id} option ${i}`,
        correct: i < keys,
        explanation: explanation(`${id} option ${i}`),
      })),
    };
  }
  if (type === 'ordering')
    return {
      id,
      objective,
      type,
      stem,
      steps: [0, 1, 2, 3].map((i) => ({ text: `${id} step ${i}`, explanation: explanation(`${id} step ${i}`) })),
    };
  return {
    id,
    objective,
    type,
    stem,
    pairs: [0, 1, 2].map((i) => ({
      prompt: `${id} prompt ${i}`,
      response: `${id} response ${i}`,
      explanation: explanation(`${id} pair ${i}`),
    })),
    distractors: [{ text: `${id} distractor`, explanation: explanation(`${id} distractor`) }],
  };
}

/** A bank with `perDomain[d - 1]` questions in domain d, objectives and types taken in turn. */
export function syntheticBank(perDomain: readonly number[] = FULL_BANK): BankQuestion[] {
  return perDomain.flatMap((count, d) => {
    const objectives = EXAM_OBJECTIVES.filter((objective) => domainOf(objective.id) === d + 1);
    return Array.from({ length: count }, (_, i) => {
      const id = `syn-d${d + 1}-${String(i).padStart(3, '0')}`;
      const question = authored(id, objectives[i % objectives.length]!.id, TYPES[i % TYPES.length]!);
      return toBankQuestion(question, { teaches: `/page-${d + 1}/#section-${i}`, teachesTitle: `Page › Section ${i}` });
    });
  });
}

export const syntheticIndex = (perDomain: readonly number[] = FULL_BANK): IndexEntry[] =>
  syntheticBank(perDomain).map(toIndexEntry);
