import { describe, expect, test } from 'vitest';
import type { BankQuestion } from '../../../src/lib/practice/bank.ts';
import {
  domainCounts,
  isScenarioStem,
  jaccard,
  keyIsLongest,
  keyPositionShares,
  missingExplanations,
  nearDuplicateStems,
  objectiveCounts,
  pointsAtOtherOptions,
  scenarioShare,
  shingles,
  typeCounts,
} from '../../../src/lib/practice/quality.ts';
import { syntheticBank } from './synthetic-bank.ts';

const base = {
  objective: '1.1.1',
  domain: 1,
  teaches: '/x/',
  teachesTitle: 'X',
  trap: false,
  explanations: ['a1', 'b1', 'c1', 'd1'],
};
const single = (
  id: string,
  options: string[],
  key: number,
  stem = `A company wants ${id}. Which fits?`,
): BankQuestion => ({
  ...base,
  id,
  type: 'single',
  stem,
  options,
  answer: [key],
});

describe('keyIsLongest', () => {
  test('counts single-answer items whose key is at least as long as every distractor', () => {
    const bank = [
      single('longest', ['short', 'the longest one', 'mid one', 'tiny'], 1),
      single('tied', ['same', 'also', 'x', 'y'], 0),
      single('shorter', ['a much longer distractor', 'key', 'b', 'c'], 1),
      { ...single('multi', ['a', 'b', 'c', 'd', 'eeeeee'], 4), type: 'multiple' as const, answer: [3, 4] },
    ];
    expect(keyIsLongest(bank)).toEqual({ longest: ['longest', 'tied'], items: 3 });
  });
});

describe('keyPositionShares', () => {
  test('gives the share of single-answer keys at A, B, C and D', () => {
    const bank = [0, 0, 1, 3].map((key, i) => single(`q${i}`, ['a', 'b', 'c', 'd'], key));
    expect(keyPositionShares(bank)).toEqual([0.5, 0.25, 0, 0.25]);
    expect(keyPositionShares([])).toEqual([0, 0, 0, 0]);
  });
});

describe('pointsAtOtherOptions', () => {
  test.each([
    ['All of the above', true],
    ['none of the above', true],
    ['Both A and C', true],
    ['Neither of the options', true],
    ['All of the data is labeled', false],
    ['None of the models above the threshold', false],
  ])('%s is flagged: %s', (text, flagged) => {
    const bank = [single('q', ['one', 'two', 'three', text], 0)];
    expect(pointsAtOtherOptions(bank)).toEqual(flagged ? ['q'] : []);
  });
});

describe('missingExplanations', () => {
  test('finds an empty, a repeated or a missing explanation', () => {
    const bank = [
      single('fine', ['a', 'b', 'c', 'd'], 0),
      { ...single('empty', ['a', 'b', 'c', 'd'], 0), explanations: ['a1', ' ', 'c1', 'd1'] },
      { ...single('same', ['a', 'b', 'c', 'd'], 0), explanations: ['Wrong.', 'wrong.', 'c1', 'd1'] },
      { ...single('short', ['a', 'b', 'c', 'd'], 0), explanations: ['a1', 'b1', 'c1'] },
    ];
    expect(missingExplanations(bank)).toEqual(['empty', 'same', 'short']);
  });
});

describe('near-duplicate stems', () => {
  test('shingles are word 3-grams without case or punctuation', () => {
    expect([...shingles('A company, wants: to BUILD it.')]).toEqual([
      'a company wants',
      'company wants to',
      'wants to build',
      'to build it',
    ]);
    expect([...shingles('Two words')]).toEqual(['two words']);
    expect([...shingles('?!')]).toEqual(['']);
  });

  test('jaccard is the shared share of the union', () => {
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']))).toBe(0.5);
    expect(jaccard(new Set(), new Set())).toBe(0);
    expect(jaccard(new Set(['a']), new Set(['a']))).toBe(1);
  });

  test('flags a stem copied with a word or two changed, not two stems on the same topic', () => {
    const stem =
      'A retailer wants to predict how many units of each product it will sell next month using its historical sales data. Which type of ML problem is this?';
    const bank = [
      single('original', ['a', 'b', 'c', 'd'], 0, stem),
      single('copy', ['a', 'b', 'c', 'd'], 0, stem.replace('next month', 'next quarter').replace('retailer', 'grocer')),
      single(
        'same-topic',
        ['a', 'b', 'c', 'd'],
        0,
        'A bank wants to forecast the cash its branches will need each day. Which ML technique fits this requirement?',
      ),
    ];
    const pairs = nearDuplicateStems(bank);
    expect(pairs.map((pair) => [pair.a, pair.b])).toEqual([['original', 'copy']]);
    expect(pairs[0]!.similarity).toBeGreaterThan(0.5);
  });

  test('flags a pair exactly at the threshold', () => {
    // {a b c, b c d, c d e} and {a b c, b c d, c d f} share 2 of 4 shingles: 0.5.
    const bank = [single('one', ['a', 'b'], 0, 'a b c d e'), single('two', ['a', 'b'], 0, 'a b c d f')];
    expect(nearDuplicateStems(bank)).toEqual([{ a: 'one', b: 'two', similarity: 0.5 }]);
  });
});

describe('counts', () => {
  test('counts questions per domain, objective and type', () => {
    const bank = syntheticBank([7, 3, 0, 1, 2]);
    expect(domainCounts(bank)).toEqual([7, 3, 0, 1, 2]);
    const objectives = objectiveCounts(bank);
    expect(objectives.size).toBe(69);
    expect(objectives.get('1.1.1')).toBe(1);
    expect(objectives.get('3.1.1')).toBe(0);
    expect([...objectives.values()].reduce((a, b) => a + b, 0)).toBe(13);
    // Types go single, single, multiple, single, ordering, single, matching in each domain.
    expect(typeCounts(bank)).toEqual({ single: 9, multiple: 2, ordering: 1, matching: 1 });
  });
});

describe('isScenarioStem', () => {
  test.each([
    [
      'A company wants its employees to ask questions about documents in Amazon S3 and get cited answers. Which AWS service should it use?',
      true,
    ],
    [
      'A media company must summarize two million archived articles within a few days at the lowest cost. Which option meets these requirements?',
      true,
    ],
    [
      'A company has fine-tuned an Amazon Nova model in Amazon Bedrock. Traffic to it will be low and sporadic, and the company does not want to pay by the hour for idle capacity. Which statement is correct?',
      true,
    ],
    [
      'A hospital builds a model to screen patients for a serious disease. Which metric should it optimize? (Choose two.)',
      true,
    ],
    ['Which statement correctly describes how a diffusion model is trained?', false],
    ['What is the ROUGE-2 recall of a summary with 3 of 5 bigrams?', false],
    [
      'A team lead is explaining deep learning to new colleagues. Which statement about deep neural networks is correct?',
      false,
    ],
    [
      'A developer is reading about transformers. Which statements about transformers are correct? (Choose two.)',
      false,
    ],
    ['Sales are forecast every month from last year’s figures and seasonal trends. Which technique is this?', false],
    ['A company wants a chatbot. Which term describes it?', false],
    // The edges of each rule: 6 words of situation (over two sentences) are enough, 5 are not.
    ['A team has data. It waits. Which service fits?', true],
    ['A team has data. Which service fits?', false],
    // The question sentence does not count toward the situation.
    ['A company wants a chatbot. Which AWS service should it use for that?', false],
    // Sentences apart by two spaces are still two sentences.
    ['A company wants to cut support costs with an assistant.  Which service should it use?', true],
    // "(Choose two.)" is dropped even with a space after it.
    [
      'A developer is reading about transformers. Which statements about transformers are correct? (Choose two.) ',
      false,
    ],
    // Only a trailing "(Choose two.)" is dropped, and it never counts as words of situation.
    ['A company (Choose two.) wants a bot. Which service fits?', true],
    ['A company wants two bots. (Choose two.)', false],
    // With no question mark, the whole stem is situation and there is no question to be a definition.
    ['A company wants a chatbot. Select the AWS service that fits best.', true],
    [
      'A developer is reading about transformers and attention layers today. Which statement about transformers is correct.',
      true,
    ],
    // Only the question sentence can make the stem a definition question, not the situation.
    ['A team wants to know which statement is correct. Which option should it pick?', true],
    // A definition question counts when the situation is substantial: 25 words, not 24.
    [
      'A team of data scientists at a large retail company trains a model every week on fresh sales data from many stores across three regions. Which statement about the model is correct?',
      true,
    ],
    [
      'A team of data scientists at a retail company trains a model every week on fresh sales data from many stores across three regions. Which statement about the model is correct?',
      false,
    ],
  ])('%s -> %s', (stem, scenario) => {
    expect(isScenarioStem(stem)).toBe(scenario);
  });

  test('scenarioShare is the share of scenario stems, 0 for no questions', () => {
    const bank = [
      single(
        'a',
        ['a', 'b', 'c', 'd'],
        0,
        'A company wants to cut support costs with an assistant. Which service should it use?',
      ),
      single('b', ['a', 'b', 'c', 'd'], 0, 'Which statement about BLEU is correct?'),
    ];
    expect(scenarioShare(bank)).toBe(0.5);
    expect(scenarioShare([])).toBe(0);
  });
});
