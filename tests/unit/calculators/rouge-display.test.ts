// The ROUGE calculator's highlighted token lines, match lists and LCS line, on small texts worked by
// hand (tokens are rouge-score's: lower case, a–z and 0–9 only).
import { describe, expect, test } from 'vitest';
import {
  gramName,
  ROUGE_DEFAULTS,
  ROUGE_MAX_TOKENS,
  ROUGE_SHOWN_TOKENS,
  rougeView,
} from '../../../src/lib/calculators/rouge.ts';
import type { VElement, VNode } from '../../../src/lib/calculators/vnode.ts';
import { byClass, elements, textOf } from './svg.ts';

const view = (changes: Record<string, string> = {}) => rougeView({ ...ROUGE_DEFAULTS, ...changes });
/** A token line as text, with [brackets] around highlighted runs. */
const line = (p: VElement) =>
  p.children
    .map((child) => (typeof child === 'string' ? child : child.tag === 'mark' ? `[${textOf(child)}]` : textOf(child)))
    .join('');
const lines = (node: VNode | undefined) => byClass(node, 'rouge-tokens').map(line);

describe('the n-gram display', () => {
  test('highlights matched bigrams in both texts and lists them', () => {
    // Reference "a b c d", candidate "b c x d": the one shared bigram is "b c".
    const display = view({ reference: 'a b c d', candidate: 'b c x d', n: '2' }).regions['ngrams'];
    expect(lines(display)).toEqual(['Reference a [b c] d', 'Candidate [b c] x d']);
    expect(byClass(display, 'rouge-who').map(textOf)).toEqual(['Reference', 'Candidate']);
    expect(textOf(byClass(display, 'rouge-list')[0]!)).toBe('Matched bigram (1): “b c”.');
    expect(textOf(byClass(display, 'rouge-caption')[0]!)).toBe(
      'Tokens as compared; highlighted: matched bigrams (each occurrence counted at most as often as in the other text).',
    );
    expect(elements(display)[0]?.attrs['class']).toBe('rouge-display');
  });

  test('counts a repeated match, says when nothing matches, and shows unigrams on request', () => {
    const repeated = view({ reference: 'go go stop', candidate: 'go go', n: '1' }).regions['ngrams'];
    expect(textOf(byClass(repeated, 'rouge-list')[0]!)).toBe('Matched unigrams (2): “go” ×2.');
    const none = view({ reference: 'a b', candidate: 'c d', n: '1' }).regions['ngrams'];
    expect(textOf(byClass(none, 'rouge-list')[0]!)).toBe('No unigrams of the candidate is in the reference.');
    expect(lines(none)).toEqual(['Reference a b', 'Candidate c d']);
    const unigrams = view({ reference: 'a b c', candidate: 'a c', n: '3', highlight: '1' }).regions['ngrams'];
    expect(lines(unigrams)).toEqual(['Reference [a] b [c]', 'Candidate [a c]']);
    expect(textOf(view({ stem: 'on' }).regions['ngrams']!)).toContain('Tokens as compared, stemmed;');
  });

  test('lists at most 30 matched n-grams and counts the rest', () => {
    const words = Array.from({ length: 32 }, (_, i) => `w${i}`).join(' ');
    const display = view({ reference: words, candidate: words, n: '1' }).regions['ngrams'];
    expect(textOf(byClass(display, 'rouge-list')[0]!)).toMatch(
      /^Matched unigrams \(32\): “w0”, .*“w29”, and 2 more\.$/,
    );
    const thirty = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
    expect(
      textOf(byClass(view({ reference: thirty, candidate: thirty, n: '1' }).regions['ngrams'], 'rouge-list')[0]!),
    ).toMatch(/“w29”\.$/);
  });

  test('says when a text has no tokens, and shows at most 600 tokens of a long one', () => {
    const empty = view({ reference: '¿¡ —', candidate: 'a' }).regions['ngrams'];
    expect(lines(empty)[0]).toBe('Reference(no tokens: nothing here is a–z or 0–9)');
    const long = Array.from({ length: ROUGE_SHOWN_TOKENS + 5 }, () => 'x').join(' ');
    const shown = lines(view({ reference: long, candidate: 'y' }).regions['ngrams'])[0]!;
    expect(shown).toBe(
      `Reference ${Array.from({ length: ROUGE_SHOWN_TOKENS }, () => 'x').join(' ')} … and 5 more tokens (not shown)`,
    );
    const exact = Array.from({ length: ROUGE_SHOWN_TOKENS }, () => 'x').join(' ');
    expect(lines(view({ reference: exact, candidate: 'y' }).regions['ngrams'])[0]).toBe(`Reference ${exact}`);
  });
});

describe('the LCS display', () => {
  test('highlights one longest common subsequence and writes it out', () => {
    // "a b c d" and "a x c d": the LCS is "a c d".
    const display = view({ reference: 'a b c d', candidate: 'a x c d' }).regions['lcs'];
    expect(lines(display)).toEqual(['Reference [a] b [c d]', 'Candidate [a] x [c d]']);
    expect(textOf(byClass(display, 'rouge-list')[0]!)).toBe('LCS (3 tokens): “a c d”.');
    expect(textOf(byClass(display, 'rouge-caption')[0]!)).toBe(
      'Highlighted: one longest common subsequence (same order, gaps allowed).',
    );
  });

  test('says when the texts share nothing or one token, and shortens a long LCS', () => {
    expect(textOf(byClass(view({ reference: 'a', candidate: 'b' }).regions['lcs'], 'rouge-list')[0]!)).toBe(
      'The texts share no token, so the LCS is empty.',
    );
    expect(textOf(byClass(view({ reference: 'a b', candidate: 'b c' }).regions['lcs'], 'rouge-list')[0]!)).toBe(
      'LCS (1 token): “b”.',
    );
    const long = Array.from({ length: 201 }, (_, i) => `w${i}`).join(' ');
    const text = textOf(byClass(view({ reference: long, candidate: long }).regions['lcs'], 'rouge-list')[0]!);
    expect(text).toMatch(/^LCS \(201 tokens\): “w0 w1 .* w199 …”\.$/);
    const two = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ');
    expect(textOf(byClass(view({ reference: two, candidate: two }).regions['lcs'], 'rouge-list')[0]!)).toMatch(
      / w199”\.$/,
    );
  });
});

describe('the ROUGE outputs and limits', () => {
  test('write ratios with a singular for one gram and an empty text as "no ... s"', () => {
    const one = view({ reference: 'a', candidate: 'a', n: '1' }).outputs;
    expect(one['r1p']).toBe('overlap 1 / 1 candidate unigram = 1');
    expect(one['rlp']).toBe('LCS 1 / 1 candidate token = 1');
    expect(one['r2p']).toBe('overlap 0, no candidate bigrams: 0');
    expect(one['r2f']).toBe('P + R = 0, so F = 0');
    expect(one['nLabel']).toBe('ROUGE-1');
  });

  test('name n-grams in words up to 3, then with digits', () => {
    expect([1, 2, 3, 4].map((n) => gramName(n))).toEqual(['unigrams', 'bigrams', 'trigrams', '4-grams']);
    expect(gramName(3, 1)).toBe('trigram');
  });

  test('accept up to 5,000 tokens and refuse more, naming each empty text', () => {
    const many = (count: number) => Array.from({ length: count }, () => 'a').join(' ');
    expect(view({ reference: many(ROUGE_MAX_TOKENS) }).errors).toEqual({});
    expect(view({ reference: many(ROUGE_MAX_TOKENS + 1) }).errors['reference']).toBe(
      'That is 5,001 tokens; this calculator compares at most 5,000.',
    );
    expect(view({ reference: ' ', candidate: '', n: '0' }).errors).toEqual({
      reference: 'Enter the reference text.',
      candidate: 'Enter the candidate text.',
      n: 'Enter a number of at least 1.',
    });
  });
});
