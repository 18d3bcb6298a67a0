// Issue 14's figures for the whole question bank (content/questions/*.json): size and spread, item
// types, scenarios, and items that do not give themselves away. The statistics are computed by
// src/lib/practice/quality.ts (tested on synthetic banks in tests/unit/practice/quality.test.ts).
// Size, spread, types and the length cue fail until the bank is full (about 520 questions).
import { describe, expect, test } from 'vitest';
import { EXAM_DOMAINS } from '../../../src/lib/exam/blueprint.ts';
import { FIXED_FORM_COUNT, formBlueprint } from '../../../src/lib/practice/forms.ts';
import { toBankQuestion } from '../../../src/lib/practice/export.ts';
import {
  domainCounts,
  isScenarioStem,
  keyIsLongest,
  keyPositionShares,
  missingExplanations,
  NEAR_DUPLICATE_THRESHOLD,
  nearDuplicateStems,
  objectiveCounts,
  pointsAtOtherOptions,
  scenarioShare,
  typeCounts,
} from '../../../src/lib/practice/quality.ts';
import { QuestionFileSchema } from '../../../src/schemas/question.ts';
import { readQuestionFiles } from './content-files.ts';

const bank = readQuestionFiles().flatMap((file) =>
  QuestionFileSchema.parse(file.data).questions.map((question) =>
    toBankQuestion(question, { teaches: `/${file.page}/#${question.section}`, teachesTitle: file.page }),
  ),
);
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

describe('size and spread', () => {
  test('the bank holds at least 520 questions', () => {
    expect(bank.length).toBeGreaterThanOrEqual(520);
  });

  test('each domain’s share is within 2 percentage points of its exam weight', () => {
    const counts = domainCounts(bank);
    const off = EXAM_DOMAINS.flatMap((domain, i) => {
      const share = (counts[i]! / bank.length) * 100;
      return Math.abs(share - domain.weight) <= 2 ? [] : [`domain ${domain.number}: ${share.toFixed(1)} % (weight ${domain.weight} %)`];
    });
    expect(off).toEqual([]);
  });

  test(`each domain has enough questions for ${FIXED_FORM_COUNT} mock exams that share none`, () => {
    const counts = domainCounts(bank);
    const short = formBlueprint().flatMap(({ domain, count }) =>
      counts[domain - 1]! >= count * FIXED_FORM_COUNT ? [] : [`domain ${domain}: ${counts[domain - 1]} of ${count * FIXED_FORM_COUNT}`],
    );
    expect(short).toEqual([]);
  });

  test('every objective of the exam guide has at least 4 questions', () => {
    const thin = [...objectiveCounts(bank)].filter(([, count]) => count < 4).map(([id, count]) => `${id}: ${count}`);
    expect(thin).toEqual([]);
  });

  test('at least 60 questions are ordering or matching items', () => {
    const types = typeCounts(bank);
    expect(types.ordering + types.matching).toBeGreaterThanOrEqual(60);
  });

  test('at least 80 % of the stems are scenarios (the heuristic of quality.ts)', () => {
    const share = scenarioShare(bank);
    expect(
      share,
      `${percent(share)} scenarios; not scenarios: ${bank.filter((q) => !isScenarioStem(q.stem)).map((q) => q.id).join(', ')}`,
    ).toBeGreaterThanOrEqual(0.8);
  });
});

describe('items that do not give themselves away', () => {
  test('the key is the longest option in at most 30 % of single-answer items', () => {
    const { longest, items } = keyIsLongest(bank);
    expect(longest.length / items, `${longest.length} of ${items}: ${longest.join(', ')}`).toBeLessThanOrEqual(0.3);
  });

  test('the key sits at A, B, C and D in 18 % to 32 % of single-answer items each', () => {
    const shares = keyPositionShares(bank);
    const off = shares.flatMap((share, i) => (share >= 0.18 && share <= 0.32 ? [] : [`${'ABCD'[i]}: ${percent(share)}`]));
    expect(off).toEqual([]);
  });

  test('no option says "all of the above", "none of the above" or points at other options', () => {
    expect(pointsAtOtherOptions(bank)).toEqual([]);
  });

  test(`no two stems are near-identical (word 3-gram Jaccard similarity of ${NEAR_DUPLICATE_THRESHOLD} or more)`, () => {
    expect(nearDuplicateStems(bank)).toEqual([]);
  });

  test('every option, step, pair and distractor has an explanation of its own', () => {
    expect(missingExplanations(bank)).toEqual([]);
  });
});
