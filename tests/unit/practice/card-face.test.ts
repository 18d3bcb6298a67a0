import { describe, expect, test } from 'vitest';
import { questionCardFace } from '../../../src/lib/practice/card-face.ts';
import { toBankQuestion } from '../../../src/lib/practice/export.ts';
import {
  addMissedQuestions,
  emptyDeckState,
  inspectDeckState,
  questionCardIds,
  questionIdOfCard,
  removeMissedQuestion,
  serializeDeckState,
} from '../../../src/lib/study/deck.ts';
import { authored } from './synthetic-bank.ts';

const teaching = { teaches: '/rag/#chunks', teachesTitle: 'RAG › Chunks' };

describe('questionCardFace', () => {
  test('puts a choice question’s options on the front and its key, with why, on the back', () => {
    const question = toBankQuestion(authored('pick', '3.1.1', 'multiple'), teaching);
    expect(questionCardFace(question)).toEqual({
      front: question.stem,
      frontItems: ['A. pick option 0', 'B. pick option 1', 'C. pick option 2', 'D. pick option 3', 'E. pick option 4'],
      answer: 'Answer: A and B.',
      answerItems: ['A. pick option 0', 'B. pick option 1'],
      explanation: `${question.explanations[0]} ${question.explanations[1]}`,
      href: '/rag/#chunks',
      linkText: 'Learn it: RAG › Chunks',
    });
  });

  test('gives the steps of an ordering question in order on the back', () => {
    const question = toBankQuestion(authored('steps', '3.1.1', 'ordering'), teaching);
    const face = questionCardFace(question);
    expect(face.answerItems).toEqual(['steps step 0', 'steps step 1', 'steps step 2', 'steps step 3']);
    expect(face.frontItems).toHaveLength(4);
    expect(face.answer).toBe(`The order: ${question.answer.map((i) => 'ABCD'[i]).join(', ')}.`);
  });

  test('gives each prompt of a matching question with its response on the back', () => {
    const question = toBankQuestion(authored('pairs', '3.1.1', 'matching'), teaching);
    const face = questionCardFace(question);
    expect(face.answerItems).toEqual([
      'pairs prompt 0 → pairs response 0',
      'pairs prompt 1 → pairs response 1',
      'pairs prompt 2 → pairs response 2',
    ]);
    expect(face.frontItems).toEqual([
      'pairs prompt 0',
      'pairs prompt 1',
      'pairs prompt 2',
      `Responses: ${question.options.map((text, index) => `${'ABCD'[index]}. ${text}`).join('; ')}`,
    ]);
    expect(face.answer).toBe('The matches:');
  });
});

describe('missed questions in the deck', () => {
  test('are queued once, the earliest first, as question cards', () => {
    let deck = addMissedQuestions(emptyDeckState(), ['b-two', 'a-one'], 10);
    deck = addMissedQuestions(deck, ['c-three', 'b-two', 'Not An Id'], 20);
    expect(deck.missed).toEqual({ 'b-two': 10, 'a-one': 10, 'c-three': 20 });
    expect(questionCardIds(deck)).toEqual(['q:a-one', 'q:b-two', 'q:c-three']);
    expect(questionIdOfCard('q:a-one')).toBe('a-one');
    expect(questionIdOfCard('foundation-model')).toBeUndefined();
  });

  test('missed at the same moment, they come in the order of their ids, whatever order they were added in', () => {
    const deck = addMissedQuestions(emptyDeckState(), ['e-five', 'c-three', 'a-one', 'd-four', 'b-two'], 10);
    expect(questionCardIds(deck)).toEqual(['q:a-one', 'q:b-two', 'q:c-three', 'q:d-four', 'q:e-five']);
  });

  test('survive storage, and a deck without any stays as version 1 wrote it', () => {
    const deck = addMissedQuestions(emptyDeckState(), ['a-one'], 10);
    expect(inspectDeckState(serializeDeckState(deck))).toEqual({ state: deck, status: 'ok' });
    expect(serializeDeckState(addMissedQuestions(emptyDeckState(), [], 10))).toBe('{"version":1,"cards":{}}');
  });

  test('drop malformed entries when read', () => {
    const text = JSON.stringify({
      version: 1,
      cards: {},
      missed: { 'a-one': 5, 'Bad Id': 1, 'b-two': 'x', 'c-three': Infinity },
    });
    expect(inspectDeckState(text).state.missed).toEqual({ 'a-one': 5 });
    expect(inspectDeckState(JSON.stringify({ version: 1, cards: {}, missed: [1] })).state).toEqual(emptyDeckState());
  });

  test('can be removed with their schedule', () => {
    const card = {
      due: 1,
      stability: 1,
      difficulty: 1,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 1 as const,
      first: 1,
    };
    const deck = {
      ...addMissedQuestions(emptyDeckState(), ['a-one', 'b-two'], 10),
      cards: { 'q:a-one': card, term: card },
    };
    const removed = removeMissedQuestion(deck, 'a-one');
    expect(removed.missed).toEqual({ 'b-two': 10 });
    expect(Object.keys(removed.cards)).toEqual(['term']);
    expect(removeMissedQuestion(removed, 'b-two')).toEqual({ version: 1, cards: { term: card } });
  });
});
