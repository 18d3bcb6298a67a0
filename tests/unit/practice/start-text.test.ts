import { describe, expect, test } from 'vitest';
import { describeDraw } from '../../../src/lib/practice/start-text.ts';
import { syntheticIndex } from './synthetic-bank.ts';

describe('describeDraw, for one question', () => {
  const catalog = { questions: syntheticIndex([54, 27, 33, 1, 5]), forms: [] };

  test('says “1 question”, not “1 questions”', () => {
    expect(describeDraw({ kind: 'domain', domain: 4, count: 10, seed: 1 }, 1, catalog)).toBe(
      '1 question from domain 4 (Guidelines for responsible AI), untimed. The bank has only 1 in this domain.',
    );
    expect(describeDraw({ kind: 'wrong' }, 1, catalog)).toMatch(/^1 question you answered wrongly the last time,/);
  });
});
