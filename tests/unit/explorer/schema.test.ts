// The explorer's schema refuses data the explorer could not show honestly, naming the problem.
import { describe, expect, test } from 'vitest';
import { ExplorerDataSchema } from '../../../src/schemas/explorer.ts';

const valid = () => ({
  checked: '2026-12-03',
  inputs: [{ id: 'audio', label: 'Audio', related: [] as string[] }],
  goals: [{ id: 'transcribe', label: 'Transcribe', related: [] as string[] }],
  services: [
    { id: 'transcribe', name: 'Amazon Transcribe', page: 'aws-ai-services', anchor: 'amazon-transcribe' },
    { id: 'polly', name: 'Amazon Polly', page: 'aws-ai-services', anchor: 'amazon-polly' },
  ],
  combinations: [
    {
      have: 'audio',
      want: 'transcribe',
      fits: [{ services: ['transcribe'], why: 'Speech to text, batch or streaming.' }],
      nearMisses: [{ service: 'polly', why: 'The opposite: text to speech.' }],
    },
  ],
});
type Data = ReturnType<typeof valid>;

const messages = (data: unknown) => {
  const result = ExplorerDataSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

test('accepts valid data', () => {
  expect(messages(valid())).toEqual([]);
});

describe('refuses', () => {
  test.each<[string, (data: Data) => void, RegExp]>([
    [
      'an unknown fitting service',
      (d) => (d.combinations[0]!.fits[0]!.services = ['transcribe', 'lex']),
      /fits\.0: unknown service "lex"/,
    ],
    [
      'an unknown near miss',
      (d) => (d.combinations[0]!.nearMisses[0]!.service = 'kendra'),
      /nearMisses\.0: unknown service "kendra"/,
    ],
    [
      'a service that both fits and is a near miss',
      (d) => (d.combinations[0]!.nearMisses[0]!.service = 'transcribe'),
      /"transcribe" both fits and is a near miss/,
    ],
    ['an unknown input', (d) => (d.combinations[0]!.have = 'smell'), /have: unknown input "smell"/],
    ['an unknown goal', (d) => (d.combinations[0]!.want = 'dance'), /want: unknown goal "dance"/],
    [
      'a combination listed twice',
      (d) => d.combinations.push(structuredClone(d.combinations[0]!)),
      /audio\/transcribe is listed twice/,
    ],
    [
      'a combination with nothing to say',
      (d) => ((d.combinations[0]!.fits = []), (d.combinations[0]!.nearMisses = [])),
      /says nothing/,
    ],
    [
      'an unknown related input',
      (d) => (d.inputs[0]!.related = ['video']),
      /inputs\.0\.related: unknown related id "video"/,
    ],
    [
      'a duplicate service id',
      (d) => d.services.push({ ...d.services[0]! }),
      /services\.2: duplicate service "transcribe"/,
    ],
    ['an empty why', (d) => (d.combinations[0]!.fits[0]!.why = ''), /fits\.0\.why/],
    [
      'a why that is not a sentence',
      (d) => (d.combinations[0]!.nearMisses[0]!.why = 'The opposite direction'),
      /full stop/,
    ],
    [
      'a chain of four services',
      (d) => (d.combinations[0]!.fits[0]!.services = ['transcribe', 'transcribe', 'transcribe', 'transcribe']),
      /fits\.0\.services/,
    ],
    ['an anchor that is not an id', (d) => (d.services[0]!.anchor = '#Amazon Transcribe'), /services\.0\.anchor/],
    [
      'a status source that is not https',
      (d) => Object.assign(d.services[0]!, { status: 'closed', statusSource: 'http://x.test/' }),
      /services\.0\.statusSource/,
    ],
    [
      'a missing near-miss list',
      (d) => delete (d.combinations[0] as { nearMisses?: unknown }).nearMisses,
      /nearMisses/,
    ],
  ])('%s', (_, change, message) => {
    const data = valid();
    change(data);
    expect(messages(data).join('\n')).toMatch(message);
  });
});
