import { describe, expect, test } from 'vitest';
import { parseExplorerState, serializeExplorerState } from '../../../src/lib/explorer/state.ts';

const INPUTS = ['text', 'audio', 'company-data'];
const GOALS = ['extract', 'transcribe'];

describe('parseExplorerState', () => {
  test.each([
    ['both known ids', '?explorer.have=audio&explorer.want=transcribe', { have: 'audio', want: 'transcribe' }],
    ['an id with a hyphen', '?explorer.have=company-data', { have: 'company-data' }],
    ['only the goal', '?explorer.want=extract', { want: 'extract' }],
    ['no parameters', '', {}],
    ['other parameters only', '?cm.tp=40&highlight=sagemaker', {}],
    ['an unknown input', '?explorer.have=smell&explorer.want=extract', { want: 'extract' }],
    ['an unknown goal', '?explorer.have=text&explorer.want=dance', { have: 'text' }],
    ['a goal given as the input', '?explorer.have=extract', {}],
    ['markup', '?explorer.have=%3Cscript%3Ealert(1)%3C/script%3E', {}],
    ['different case', '?explorer.have=Audio', {}],
    ['padding', '?explorer.have=%20audio%20', {}],
    ['an empty value', '?explorer.have=&explorer.want=', {}],
    ['broken percent-encoding', '?explorer.have=%E0%A4%A&explorer.want=extract', { want: 'extract' }],
    ['a parameter without the prefix', '?have=audio&want=extract', {}],
    ['a huge value', `?explorer.have=${'a'.repeat(100_000)}`, {}],
  ])('keeps only known ids: %s', (_, search, expected) => {
    expect(parseExplorerState(search, INPUTS, GOALS)).toEqual(expected);
  });

  test('takes the first of repeated parameters', () => {
    expect(parseExplorerState('?explorer.have=text&explorer.have=audio', INPUTS, GOALS)).toEqual({ have: 'text' });
  });
});

describe('serializeExplorerState', () => {
  test('writes both choices under the explorer prefix', () => {
    expect(serializeExplorerState('', { have: 'audio', want: 'transcribe' })).toBe(
      '?explorer.have=audio&explorer.want=transcribe',
    );
  });

  test('replaces an earlier choice and keeps other parameters', () => {
    expect(
      serializeExplorerState('?highlight=polly&explorer.have=text&explorer.want=extract&cm.tp=4', {
        have: 'company-data',
        want: 'transcribe',
      }),
    ).toBe('?highlight=polly&cm.tp=4&explorer.have=company-data&explorer.want=transcribe');
  });

  test('round-trips through parseExplorerState', () => {
    const state = { have: 'company-data', want: 'extract' };
    expect(parseExplorerState(serializeExplorerState('?x=1', state), INPUTS, GOALS)).toEqual(state);
  });
});
