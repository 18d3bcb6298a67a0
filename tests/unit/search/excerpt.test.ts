import { describe, expect, test } from 'vitest';
import { decodeEntities, parseExcerpt } from '../../../src/lib/search/excerpt.ts';

describe('parseExcerpt', () => {
  test.each([
    ['plain text', 'plain text', [{ text: 'plain text', mark: false }]],
    [
      'a match in the middle',
      'the <mark>brevity</mark> penalty',
      [
        { text: 'the ', mark: false },
        { text: 'brevity', mark: true },
        { text: ' penalty', mark: false },
      ],
    ],
    ['escaped markup stays text', '&lt;script&gt;x&lt;/script&gt;', [{ text: '<script>x</script>', mark: false }]],
    [
      'other tags are dropped',
      'a <b>bold</b> <img src=x onerror=alert(1)>word',
      [{ text: 'a bold word', mark: false }],
    ],
  ])('splits %s into text segments', (_name, html, expected) => {
    expect(parseExcerpt(html)).toEqual(expected);
  });
});

describe('decodeEntities', () => {
  test('decodes named, decimal and hex entities and leaves unknown ones alone', () => {
    expect(decodeEntities('&amp; &#39; &#x27; &quot; &unknown; &#0;')).toBe(`& ' ' " &unknown; &#0;`);
  });
});
