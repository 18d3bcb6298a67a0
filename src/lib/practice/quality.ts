// Item-quality statistics over the whole bank: the countable parts of "items that do not give themselves
// away" (docs/QUESTIONS.md). The bank tests hold these figures to the issue's thresholds; the functions
// are pure so they can be tested on synthetic banks first. Not shipped to the browser.
import { EXAM_OBJECTIVES, domainOf } from '../exam/objectives.ts';
import type { BankQuestion, ItemType } from './bank.ts';

/** Single-answer items in which the key is at least as long as every distractor (ties count). */
export function keyIsLongest(questions: readonly BankQuestion[]): { longest: string[]; items: number } {
  const singles = questions.filter((question) => question.type === 'single');
  const longest = singles.filter((question) => {
    const key = question.answer[0]!;
    const length = question.options[key]!.length;
    return question.options.every((option, index) => index === key || option.length <= length);
  });
  return { longest: longest.map((question) => question.id), items: singles.length };
}

/** The share of single-answer items whose key is at each position (A, B, C, D). */
export function keyPositionShares(questions: readonly BankQuestion[]): number[] {
  const singles = questions.filter((question) => question.type === 'single');
  const counts = [0, 0, 0, 0];
  for (const question of singles) counts[question.answer[0]!] = (counts[question.answer[0]!] ?? 0) + 1;
  return counts.map((count) => (singles.length > 0 ? count / singles.length : 0));
}

const POINTS_AT_OTHERS = /\b(all|none|both|neither) of the (above|below|options|answers)\b|\bboth [a-g] and [a-g]\b/i;

/** Ids of questions with an option such as "All of the above" or "None of the above". */
export function pointsAtOtherOptions(questions: readonly BankQuestion[]): string[] {
  return questions
    .filter((question) => question.options.some((option) => POINTS_AT_OTHERS.test(option)))
    .map((q) => q.id);
}

/** Ids of questions in which an option, step or response lacks its own explanation (empty or repeated). */
export function missingExplanations(questions: readonly BankQuestion[]): string[] {
  return questions
    .filter((question) => {
      const texts = question.explanations.map((text) => text.trim().toLowerCase());
      return (
        texts.length !== question.options.length ||
        texts.some((text) => text.length === 0) ||
        new Set(texts).size !== texts.length
      );
    })
    .map((question) => question.id);
}

/** The set of word 3-grams ("shingles") of a text, lower-cased, punctuation dropped. */
export function shingles(text: string, size = 3): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  if (words.length < size) return new Set([words.join(' ')]);
  const result = new Set<string>();
  for (let i = 0; i + size <= words.length; i += 1) result.add(words.slice(i, i + size).join(' '));
  return result;
}

/** Jaccard similarity of two sets: |A ∩ B| / |A ∪ B|; 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Two stems are near-identical when the Jaccard similarity of their word 3-gram sets is at least this.
 * Calibrated on the bank of December 2026: the most similar pair of distinct stems scored 0.16, while a
 * stem copied with a few words changed scores about 0.6 or more.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/** Pairs of questions whose stems are near-identical, with their similarity. */
export function nearDuplicateStems(
  questions: readonly BankQuestion[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): { a: string; b: string; similarity: number }[] {
  const sets = questions.map((question) => shingles(question.stem));
  const pairs: { a: string; b: string; similarity: number }[] = [];
  for (let i = 0; i < questions.length; i += 1)
    for (let j = i + 1; j < questions.length; j += 1) {
      const similarity = jaccard(sets[i]!, sets[j]!);
      if (similarity >= threshold) pairs.push({ a: questions[i]!.id, b: questions[j]!.id, similarity });
    }
  return pairs;
}

/** Number of questions per domain (1-5). */
export function domainCounts(questions: readonly BankQuestion[]): number[] {
  return [1, 2, 3, 4, 5].map(
    (domain) => questions.filter((question) => domainOf(question.objective) === domain).length,
  );
}

/** Number of questions per objective of the exam guide, every objective listed (0 when it has none). */
export function objectiveCounts(questions: readonly BankQuestion[]): Map<string, number> {
  const counts = new Map(EXAM_OBJECTIVES.map((objective) => [objective.id, 0]));
  for (const question of questions) counts.set(question.objective, (counts.get(question.objective) ?? 0) + 1);
  return counts;
}

export function typeCounts(questions: readonly BankQuestion[]): Record<ItemType, number> {
  const counts: Record<ItemType, number> = { single: 0, multiple: 0, ordering: 0, matching: 0 };
  for (const question of questions) counts[question.type] += 1;
  return counts;
}

const ACTOR =
  /\b(compan(y|ies)|teams?|organi[sz]ations?|business(es)?|startups?|banks?|retailers?|hospitals?|insurers?|developers?|engineers?|scientists?|analysts?|architects?|manufacturers?|agenc(y|ies)|universit(y|ies)|schools?|employees?|users?|customers?|departments?|managers?|firms?|providers?|shops?|chains?|auditors?|administrators?|researchers?|group|lab|apps?|applications?|platforms?|governments?|clinics?|publishers?|marketplaces?|models?|chatbots?|assistants?)\b/i;
const DEFINITION_QUESTION =
  /\bwhich (of the following )?statements?\b[^?]*\b(correct|true|accurate)|\bwhat (is|are|does) (a|an|the)? ?\w+( \w+)? (mean|stand for)\b|\bwhich term\b|\bwhat is the (definition|meaning)\b/i;

/**
 * The scenario heuristic: a stem is a scenario when (1) at least 6 words of situation come before the
 * question sentence, (2) the situation names an actor (a company, team, developer, bank, hospital, users,
 * a model or application ...), and (3) either the question asks for a decision (not merely which
 * statements are correct or what a term means) or the situation is substantial (SUBSTANTIAL_SITUATION
 * words or more). It counts "A company wants to ... Which solution ...?" and leaves out bare definitions
 * and the one-line wrappers around them ("A developer is reading about X. Which statement about X is
 * correct?").
 */
export const SUBSTANTIAL_SITUATION = 25;

export function isScenarioStem(stem: string): boolean {
  const text = stem.replace(/\(Choose (two|three|four)\.\)\s*$/, '').trim();
  const sentences = text.split(/(?<=[.!?:])\s+(?=["“A-Z0-9])/);
  const questionAt = sentences.findLastIndex((sentence) => sentence.trim().endsWith('?'));
  const situation = sentences.slice(0, questionAt === -1 ? sentences.length : questionAt).join(' ');
  const question = questionAt === -1 ? '' : sentences.slice(questionAt).join(' ');
  const words = situation.split(/\s+/).filter(Boolean).length;
  return words >= 6 && ACTOR.test(situation) && (!DEFINITION_QUESTION.test(question) || words >= SUBSTANTIAL_SITUATION);
}

export function scenarioShare(questions: readonly BankQuestion[]): number {
  return questions.length === 0
    ? 0
    : questions.filter((question) => isScenarioStem(question.stem)).length / questions.length;
}
