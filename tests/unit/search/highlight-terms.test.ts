import { expect, test } from 'vitest';
import { findTermRanges, normalizeTerms } from '../../../src/lib/search/highlight-terms.ts';

test('finds word-start matches of each term, case-insensitively', () => {
  const text = 'Top-p sampling samples; resampling is not a match.';
  expect(findTermRanges(text, ['sampl']).map((r) => text.slice(r.start, r.end))).toEqual(['sampl', 'sampl']);
  expect(findTermRanges(text, ['TOP']).map((r) => r.start)).toEqual([0]);
});

test('ignores one-letter terms and treats regex characters literally', () => {
  expect(normalizeTerms(['a', 'F1', 'f1', 'x.y'])).toEqual(['x.y', 'f1']);
  expect(findTermRanges('x.y and xzy', ['x.y'])).toEqual([{ start: 0, end: 3 }]);
  expect(findTermRanges('anything', [])).toEqual([]);
});
