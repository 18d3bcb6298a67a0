import { describe, expect, test } from 'vitest';
import {
  listCombinations,
  lookupCombination,
  nearestCombinations,
  servicesById,
  servicesOf,
} from '../../../src/lib/explorer/combinations.ts';
import { FIXTURE } from './fixture.ts';

const pairs = (list: { have: string; want: string }[]) => list.map((c) => `${c.have}/${c.want}`);

describe('lookupCombination', () => {
  test('returns the listed combination', () => {
    expect(lookupCombination(FIXTURE, 'audio', 'translate')?.fits[0]?.services).toEqual(['transcribe', 'translate']);
  });

  test('returns an empty combination for a known pair that is not listed', () => {
    expect(lookupCombination(FIXTURE, 'video', 'forecast')).toEqual({
      have: 'video',
      want: 'forecast',
      fits: [],
      nearMisses: [],
    });
  });

  test('keeps a listed combination that has near misses but no fit', () => {
    expect(lookupCombination(FIXTURE, 'text', 'transcribe')?.nearMisses).toHaveLength(1);
  });

  test.each([
    ['an unknown input', 'smell', 'transcribe'],
    ['an unknown goal', 'audio', 'dance'],
    ['an input id used as a goal', 'audio', 'audio'],
    ['empty ids', '', ''],
  ])('returns undefined for %s', (_, have, want) => {
    expect(lookupCombination(FIXTURE, have, want)).toBeUndefined();
  });
});

describe('listCombinations', () => {
  test('lists every input with every goal, inputs first, in select order', () => {
    expect(pairs(listCombinations(FIXTURE))).toEqual([
      'audio/transcribe',
      'audio/translate',
      'audio/forecast',
      'text/transcribe',
      'text/translate',
      'text/forecast',
      'video/transcribe',
      'video/translate',
      'video/forecast',
    ]);
  });
});

describe('nearestCombinations', () => {
  test('suggests the same goal from related inputs first, then the same input with related goals', () => {
    // video/translate: same goal -> audio (related), then text; same input -> transcribe (related to translate).
    expect(pairs(nearestCombinations(FIXTURE, 'video', 'translate'))).toEqual([
      'audio/translate',
      'text/translate',
      'video/transcribe',
    ]);
  });

  test('skips combinations that have no fitting service', () => {
    // text/transcribe is listed but nothing fits, so it is never suggested.
    expect(pairs(nearestCombinations(FIXTURE, 'audio', 'forecast'))).toEqual(['audio/translate', 'audio/transcribe']);
  });

  test('suggests at most two with the same goal', () => {
    const data = { ...FIXTURE, inputs: [...FIXTURE.inputs, { id: 'speech', label: 'Speech', related: [] }] };
    const withSpeech = {
      ...data,
      combinations: [
        ...data.combinations,
        { have: 'speech', want: 'transcribe', fits: [{ services: ['transcribe'], why: 'Yes.' }], nearMisses: [] },
      ],
    };
    // speech/transcribe fits too but is third; no goal is related to transcribe, and two were found.
    expect(pairs(nearestCombinations(withSpeech, 'text', 'transcribe'))).toEqual([
      'audio/transcribe',
      'video/transcribe',
    ]);
  });

  test('suggests unrelated goals of the same input only when too few were found', () => {
    const forecasts = ['text', 'video'].map((have) => ({
      have,
      want: 'forecast',
      fits: [{ services: ['translate'], why: 'A stand-in.' }],
      nearMisses: [],
    }));
    const data = { ...FIXTURE, combinations: [...FIXTURE.combinations, ...forecasts] };
    // Two with the same goal, then audio/translate (translate is related to forecast); audio/transcribe is not.
    expect(pairs(nearestCombinations(data, 'audio', 'forecast'))).toEqual([
      'text/forecast',
      'video/forecast',
      'audio/translate',
    ]);
  });

  test('suggests at most two with the same input and a related goal', () => {
    const summarize = { id: 'summarize', label: 'Summarize', related: [] };
    const goals = FIXTURE.goals.map((goal) =>
      goal.id === 'forecast' ? { ...goal, related: ['translate', 'transcribe', 'summarize'] } : goal,
    );
    const data = {
      ...FIXTURE,
      goals: [...goals, summarize],
      combinations: [
        ...FIXTURE.combinations,
        { have: 'audio', want: 'summarize', fits: [{ services: ['transcribe'], why: 'A stand-in.' }], nearMisses: [] },
      ],
    };
    // Three related goals fit with audio; no other input fits forecast.
    expect(pairs(nearestCombinations(data, 'audio', 'forecast'))).toEqual(['audio/translate', 'audio/transcribe']);
  });

  test('never suggests the combination itself, even when it fits', () => {
    // audio/transcribe fits; video/transcribe is the only other input with a fit for it.
    expect(pairs(nearestCombinations(FIXTURE, 'audio', 'transcribe'))).toEqual(['video/transcribe', 'audio/translate']);
  });

  test('never suggests the combination itself when a choice lists itself as related', () => {
    const selfRelated = <T extends { id: string; related: readonly string[] }>(list: readonly T[], id: string) =>
      list.map((choice) => (choice.id === id ? { ...choice, related: [id, ...choice.related] } : choice));
    const data = {
      ...FIXTURE,
      inputs: selfRelated(FIXTURE.inputs, 'audio'),
      goals: selfRelated(FIXTURE.goals, 'transcribe'),
    };
    expect(pairs(nearestCombinations(data, 'audio', 'transcribe'))).toEqual(['video/transcribe', 'audio/translate']);
  });

  test.each([
    ['an unknown input', 'smell', 'forecast'],
    ['an unknown goal', 'audio', 'dance'],
  ])('returns nothing for %s', (_, have, want) => {
    expect(nearestCombinations(FIXTURE, have, want)).toEqual([]);
  });
});

test('servicesOf lists fitting services, chains included, then near misses', () => {
  expect(servicesOf(lookupCombination(FIXTURE, 'audio', 'translate')!)).toEqual(['transcribe', 'translate']);
  expect(servicesOf(lookupCombination(FIXTURE, 'audio', 'transcribe')!)).toEqual(['transcribe', 'translate']);
});

test('servicesById finds each service by its id', () => {
  expect(servicesById(FIXTURE).get('kendra')?.name).toBe('Amazon Kendra');
  expect(servicesById(FIXTURE).get('polly')).toBeUndefined();
});
