// The BLEU calculator's notes, lengths line and limits, on short sentences worked by hand (nltk's
// tokens: split on whitespace, case-sensitive).
import { describe, expect, test } from 'vitest';
import { BLEU_MAX_REFERENCES, BLEU_MAX_TOKENS, bleuView } from '../../../src/lib/calculators/bleu.ts';
import { elements, textOf } from './svg.ts';

const view = (references: string, candidate: string, smooth = '') => bleuView({ references, candidate, smooth });
const note = (v: ReturnType<typeof bleuView>) => textOf(v.regions['note'] ?? '');

describe('the BLEU notes', () => {
  test('name the one order without a match, singular, with and without smoothing', () => {
    // "a b c d" against "a b c x": 4 of 4 unigrams, 2 of 3 bigrams, 1 of 2 trigrams, 0 of 1 4-gram.
    expect(note(view('a b c d', 'a b c x'))).toMatch(/^p₄ has no match, so the plain geometric mean would be 0\./);
    expect(note(view('a b c d', 'a b c x', 'on'))).toMatch(/^p₄ has no match\. With smoothing \(nltk method1\)/);
    expect(elements(view('a b c d', 'a b c x').regions['note'])[0]?.attrs['class']).toBe('bleu-note');
  });

  test('name several orders without a match, plural', () => {
    // "a b x y" against "a b c d": bigram "a b" matches; no trigram or 4-gram does.
    expect(note(view('a b c d', 'a b x y'))).toMatch(/^p₃, p₄ have no match, so/);
    expect(note(view('a b c d', 'a b x y', 'on'))).toMatch(/^p₃, p₄ have no match\. With smoothing/);
  });

  test('say BLEU is 0 at once when no token matches, and nothing when every order matches', () => {
    expect(note(view('The cat', 'the dog'))).toMatch(/^No token of the candidate appears in any reference/);
    expect(view('a b c d', 'a b c d').regions['note']).toBe('');
  });
});

describe('the BLEU lengths line', () => {
  test('lists the reference lengths, the first ten only, and names the closest', () => {
    const refs = Array.from({ length: 11 }, (_, i) => Array.from({ length: i + 1 }, () => 'a').join(' ')).join('\n');
    expect(view(refs, 'a a a').outputs['lengths']).toBe(
      'c = 3 candidate tokens; reference lengths 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …: the closest is r = 3 (ties go to the shorter)',
    );
    const ten = Array.from({ length: 10 }, (_, i) => Array.from({ length: i + 1 }, () => 'a').join(' ')).join('\n');
    expect(view(ten, 'a a a').outputs['lengths']).toBe(
      'c = 3 candidate tokens; reference lengths 1, 2, 3, 4, 5, 6, 7, 8, 9, 10: the closest is r = 3 (ties go to the shorter)',
    );
  });

  test('splits on any run of whitespace', () => {
    expect(view('a  b\t c', 'a b c').outputs['lengths']).toBe('c = 3 candidate tokens; r = 3 reference tokens');
  });
});

describe('the BLEU limits', () => {
  const tokens = (count: number) => Array.from({ length: count }, () => 'a').join(' ');

  test('accept the largest inputs and refuse one more', () => {
    expect(view(tokens(BLEU_MAX_TOKENS), tokens(BLEU_MAX_TOKENS)).errors).toEqual({});
    expect(view(tokens(BLEU_MAX_TOKENS + 1), 'a').errors['references']).toBe(
      `That is ${(BLEU_MAX_TOKENS + 1).toLocaleString('en-US')} tokens; this calculator compares at most ${BLEU_MAX_TOKENS.toLocaleString('en-US')} per text.`,
    );
    expect(view('a', tokens(BLEU_MAX_TOKENS + 1)).errors['candidate']).toMatch(/^That is .* tokens;/);
    const refs = (count: number) => Array.from({ length: count }, () => 'a').join('\n');
    expect(view(refs(BLEU_MAX_REFERENCES), 'a').errors).toEqual({});
    expect(view(refs(BLEU_MAX_REFERENCES + 1), 'a').errors['references']).toBe(
      `That is ${BLEU_MAX_REFERENCES + 1} references; the limit is ${BLEU_MAX_REFERENCES}.`,
    );
  });

  test('name a missing reference and a missing candidate', () => {
    expect(view('\n \n', ' ').errors).toEqual({
      references: 'Enter at least one reference, one per line.',
      candidate: 'Enter the candidate sentence.',
    });
  });
});
