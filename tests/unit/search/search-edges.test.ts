// Edge cases of the search helpers that mutation testing showed no other test pinned down: each test
// names the rule it holds (see docs/mutation.md).
import { describe, expect, test } from 'vitest';
import { withoutAliasLists } from '../../../src/lib/search/alias-list.ts';
import { matchBestBets, squash, type BestBet } from '../../../src/lib/search/best-bets.ts';
import { decodeEntities, parseExcerpt } from '../../../src/lib/search/excerpt.ts';
import { glossaryRecord } from '../../../src/lib/search/glossary-records.ts';
import { findTermRanges } from '../../../src/lib/search/highlight-terms.ts';
import { rankRows, titleNamesQuery } from '../../../src/lib/search/rank.ts';
import { sectionScore, toSearchRows, type PagefindResultData } from '../../../src/lib/search/results.ts';
import { wordsOf } from '../../../src/lib/search/words.ts';

describe('withoutAliasLists', () => {
  test('returns an excerpt without fences untouched, spacing included', () => {
    expect(withoutAliasLists('a  b ')).toBe('a  b ');
  });

  test('drops a list cut at the start of the window, then a whole one after it', () => {
    expect(withoutAliasLists('a ⟧ b ⟦ c ⟧ d')).toBe('b d');
  });

  test('drops a list whose close mark is the second character', () => {
    expect(withoutAliasLists('a⟧ b')).toBe('b');
  });
});

describe('squash and best bets', () => {
  test('drops question words only at the start, however they are spaced', () => {
    expect(squash('  what  is  a  RAG')).toBe('rag');
    expect(squash('definition  of  the  RAG')).toBe('rag');
    expect(squash('meaning  of  RAG')).toBe('rag');
    expect(squash('tell me what is RAG')).toBe('tellmewhatisrag');
  });

  const bets: BestBet[] = [{ names: ['Embedding'], url: '/e/#embeddings', page: 'Embeddings', section: 'Embeddings' }];
  const plural: BestBet[] = [
    { names: ['Embeddings'], url: '/e/#embeddings', page: 'Embeddings', section: 'Embeddings' },
  ];
  test('forgive a plural s on either side', () => {
    expect(matchBestBets(bets, 'embeddings')).toEqual(bets);
    expect(matchBestBets(plural, 'embedding')).toEqual(plural);
    expect(matchBestBets(bets, 'embeddingx')).toEqual([]);
  });

  test('match nothing for a query without letters or digits, even a name without any', () => {
    const symbol: BestBet[] = [{ names: ['?'], url: '/q/', page: 'Q', section: 'Q' }];
    expect(matchBestBets(symbol, '?')).toEqual([]);
  });
});

describe('decodeEntities and parseExcerpt', () => {
  test('decode upper- and lower-case hex, the apostrophe and the no-break space', () => {
    expect(decodeEntities('&#X41;&#x62;&#99;&apos;&nbsp;')).toBe("Abc'\u00a0");
  });

  test('decode the last code point and leave one beyond it as written', () => {
    expect(decodeEntities('&#x10FFFF;')).toBe('\u{10FFFF}');
    expect(decodeEntities('&#x110000;')).toBe('&#x110000;');
  });

  test('leave no empty segments around marks', () => {
    expect(parseExcerpt('<mark>a</mark>')).toEqual([{ text: 'a', mark: true }]);
  });
});

describe('glossaryRecord', () => {
  test('is a whole HTML document and escapes quotes in the term', () => {
    const entry = { id: 'x', term: 'The "best" term', aliases: [], definition: 'A definition long enough.', page: 'p' };
    const { content } = glossaryRecord(entry, undefined, '/');
    expect(content.startsWith('<html lang="en"><body>')).toBe(true);
    expect(content).toContain('<h1 data-pagefind-ignore data-pagefind-meta="title">The &quot;best&quot; term</h1>');
  });
});

test('findTermRanges finds each of several terms', () => {
  expect(findTermRanges('top p sampling', ['sampling', 'top'])).toEqual([
    { start: 0, end: 3 },
    { start: 6, end: 14 },
  ]);
});

test('wordsOf keeps no empty word around punctuation', () => {
  expect(wordsOf('(nucleus)')).toEqual(['nucleus']);
});

describe('titleNamesQuery', () => {
  test.each([
    ['a blank query', 'Anything', '  '],
    ['a query longer than the title', 'Top', 'top undefined'],
    ['a word that only starts with the query', 'Modelless', 'model'],
    ['an ending that is not a plural', 'Modelsx', 'model'],
    ['a plural split over words', 'Modele s', 'model'],
  ])('is false for %s', (_case, title, query) => {
    expect(titleNamesQuery(title, query)).toBe(false);
  });
});

describe('toSearchRows', () => {
  test('gives a page without sections one row titled by the page, or by its URL without a title', () => {
    const page: PagefindResultData = {
      url: '/p/',
      excerpt: 'a <mark>b</mark>',
      meta: { title: 'P | AIF-C01 Study Guide' },
    };
    expect(toSearchRows(page)).toEqual([
      {
        page: 'P',
        section: 'P',
        url: '/p/',
        excerpt: [
          { text: 'a ', mark: false },
          { text: 'b', mark: true },
        ],
      },
    ]);
    expect(toSearchRows({ ...page, meta: {} })[0]?.page).toBe('/p/');
  });

  test('strips the site name only at the end of a title, and keeps at most maxSections sections', () => {
    const sub = (title: string, score: number) => ({
      title,
      url: `/p/#${title}`,
      excerpt: title,
      weighted_locations: [{ weight: 1, balanced_score: score }],
    });
    const page: PagefindResultData = {
      url: '/p/',
      excerpt: '',
      meta: { title: 'A | AIF-C01 Study Guide notes' },
      sub_results: [sub('low', 1), sub('high', 5)],
    };
    const rows = toSearchRows(page, 1);
    expect(rows.map((row) => [row.page, row.section])).toEqual([['A | AIF-C01 Study Guide notes', 'high']]);
  });
});

test('rankRows puts a heading that is exactly the query (plural -es included) before one that contains it', () => {
  const page: PagefindResultData = {
    url: '/b/',
    excerpt: '',
    meta: { title: 'Bias' },
    sub_results: [
      { title: 'Bias and fairness', url: '/b/#bias-and-fairness', excerpt: '', weighted_locations: [] },
      { title: 'Biases', url: '/b/#biases', excerpt: '', weighted_locations: [] },
    ],
  };
  expect(rankRows([page], 'bias').map((row) => row.section)).toEqual(['Biases', 'Bias and fairness']);
});

describe('gaps named by mutation testing', () => {
  test('rankRows puts a heading that contains the query before better-scored sections that do not name it', () => {
    const page: PagefindResultData = {
      url: '/e/',
      excerpt: '',
      meta: { title: 'Evaluating' },
      sub_results: [
        { title: 'Metrics', url: '/e/#metrics', excerpt: '', weighted_locations: [{ weight: 1, balanced_score: 9 }] },
        {
          title: 'Ways to evaluate a foundation model',
          url: '/e/#ways',
          excerpt: '',
          weighted_locations: [{ weight: 1, balanced_score: 5 }],
        },
      ],
    };
    expect(rankRows([page], 'foundation model').map((row) => row.section)).toEqual([
      'Ways to evaluate a foundation model',
      'Metrics',
    ]);
  });

  test('glossaryRecord writes no "Also:" line for a term without other names', () => {
    const entry = { id: 'x', term: 'Term', aliases: [], definition: 'A definition long enough.', page: 'p' };
    const { content } = glossaryRecord(entry, undefined, '/');
    expect(content).not.toContain('Also:');
    expect(content).toContain('<p>Term.</p><p>A definition long enough.</p></main>');
  });

  test('a section without match locations scores 0', () => {
    expect(sectionScore({ title: 'T', url: '/t/', excerpt: '' })).toBe(0);
  });
});
