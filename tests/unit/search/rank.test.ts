import { describe, expect, test } from 'vitest';
import { matchBestBets, squash, type BestBet } from '../../../src/lib/search/best-bets.ts';
import { explainedFirst, rankRows, titleNamesQuery, withHighlight } from '../../../src/lib/search/rank.ts';
import type { PagefindResultData } from '../../../src/lib/search/results.ts';

describe('titleNamesQuery', () => {
  test.each([
    ['What fine-tuning is', 'fine tuning', true],
    ['Foundation models', 'foundation model', true],
    ['Top-p', 'top p', true],
    ['Top-p', 'topp', true],
    ['R-squared: variance explained', 'R squared', true],
    ['Prompt templates', 'PT', false],
    ['Classification', 'class', false],
    ['Accuracy, precision, recall and F1', 'f1', true],
  ])('"%s" named by "%s" is %s', (title, query, expected) => {
    expect(titleNamesQuery(title, query)).toBe(expected);
  });
});

const bets: BestBet[] = [
  {
    names: ['Retrieval augmented generation (RAG)', 'RAG'],
    url: '/rag/#what-rag-is',
    page: 'RAG',
    section: 'What RAG is',
  },
  {
    names: ['Perplexity'],
    url: '/eval/#perplexity',
    page: 'Evaluating',
    section: 'Perplexity',
  },
];

describe('best bets', () => {
  test('squash drops question words, punctuation and case', () => {
    expect(squash('What is ROUGE-L?')).toBe('rougel');
    expect(squash('define  Top P')).toBe('topp');
  });

  test('match a name exactly, forgiving a plural s, and nothing for a partial word', () => {
    expect(matchBestBets(bets, 'rag').map((bet) => bet.url)).toEqual(['/rag/#what-rag-is']);
    expect(matchBestBets(bets, 'what is perplexity').map((bet) => bet.url)).toEqual(['/eval/#perplexity']);
    expect(matchBestBets(bets, 'perplexities')).toEqual([]);
    expect(matchBestBets(bets, 'ra')).toEqual([]);
    expect(matchBestBets(bets, '   ')).toEqual([]);
  });
});

const page = (url: string, title: string, sections: [string, string, number][]): PagefindResultData => ({
  url,
  excerpt: 'page <mark>excerpt</mark>',
  meta: { title: `${title} | AIF-C01 Study Guide` },
  sub_results: sections.map(([heading, anchor, score]) => ({
    title: heading,
    url: `${url}?highlight=q#${anchor}`,
    excerpt: heading,
    weighted_locations: [{ weight: 1, balanced_score: score }],
  })),
});

describe('rankRows', () => {
  const pages = [
    page('/eval/', 'Evaluating', [
      ['Ways to evaluate a foundation model', 'ways', 5],
      ['Metrics', 'metrics', 9],
    ]),
    page('/genai/', 'Generative AI', [
      ['Where it sits', 'where', 1],
      ['Foundation models', 'foundation-models', 2],
    ]),
  ];

  test('puts a section whose heading names the query before better-scored pages', () => {
    const rows = rankRows(pages, 'foundation model');
    expect(rows[0]?.url).toBe('/genai/?highlight=q#foundation-models');
    expect(rows.map((row) => row.section)).toContain('Metrics');
  });

  test('orders other sections of a page by score and strips the site name from titles', () => {
    const rows = rankRows(pages, 'zebra');
    expect(rows.slice(0, 2).map((row) => row.section)).toEqual(['Metrics', 'Ways to evaluate a foundation model']);
    expect(rows[0]?.page).toBe('Evaluating');
  });

  test('puts best bets first, with the query to highlight', () => {
    const rows = rankRows(pages, 'RAG', bets, 3);
    expect(rows[0]).toMatchObject({ url: '/rag/?highlight=RAG#what-rag-is', section: 'What RAG is', excerpt: [] });
    expect(rows).toHaveLength(3);
  });

  test("gives a best bet the excerpt of Pagefind's row for the same section", () => {
    const found = [page('/rag/', 'RAG', [['What RAG is', 'what-rag-is', 3]])];
    expect(rankRows(found, 'rag', bets)[0]?.excerpt).toEqual([{ text: 'What RAG is', mark: false }]);
  });

  test('puts a best bet before a different section whose heading names the query, then the rest', () => {
    const found = [
      page('/metrics/', 'Metrics', [
        ['Precision', 'precision', 9],
        ['Perplexity', 'perplexity-in-short', 1],
      ]),
    ];
    const rows = rankRows(found, 'perplexity', bets);
    expect(rows.map((row) => row.url)).toEqual([
      '/eval/?highlight=perplexity#perplexity',
      '/metrics/?highlight=q#perplexity-in-short',
      '/metrics/?highlight=q#precision',
    ]);
    expect(rows.map((row) => row.page)).toEqual(['Evaluating', 'Metrics', 'Metrics']);
  });

  test('does not list the same section twice', () => {
    const sameAsBet = [page('/rag/', 'RAG', [['What RAG is', 'what-rag-is', 3]])];
    const rows = rankRows(sameAsBet, 'rag', bets);
    expect(rows.filter((row) => row.url.endsWith('#what-rag-is'))).toHaveLength(1);
  });
});

describe('glossary term records', () => {
  const term: PagefindResultData = {
    url: '/glossary/?highlight=harmonic#f1-score',
    excerpt: 'F1 score. The <mark>harmonic</mark> mean of precision and recall.',
    meta: { title: 'F1 score', page: 'Glossary', explained: '/metrics/#the-formulas' },
    sub_results: [
      {
        title: 'F1 score',
        url: '/glossary/?highlight=harmonic#f1-score',
        excerpt: 'F1 score.',
        weighted_locations: [],
      },
    ],
  };
  const eval_ = page('/eval/', 'Evaluating', [['BLEU', 'bleu', 5]]);
  const metrics = page('/metrics/', 'Metrics', [['The formulas', 'the-formulas', 4]]);

  test('give one row: the glossary, titled by the term, linking to its anchor', () => {
    expect(rankRows([term], 'harmonic')).toEqual([
      {
        page: 'Glossary',
        section: 'F1 score',
        url: '/glossary/?highlight=harmonic#f1-score',
        excerpt: [
          { text: 'F1 score. The ', mark: false },
          { text: 'harmonic', mark: true },
          { text: ' mean of precision and recall.', mark: false },
        ],
      },
    ]);
  });

  test("move the page explaining the first term found before Pagefind's other pages", () => {
    expect(explainedFirst([eval_, term, metrics]).map((data) => data.url)).toEqual([
      '/metrics/',
      '/eval/',
      '/glossary/?highlight=harmonic#f1-score',
    ]);
    expect(rankRows([eval_, term, metrics], 'harmonic mean', [], 1)[0]?.url).toBe('/metrics/?highlight=q#the-formulas');
  });

  test('leave the order alone when no term is found', () => {
    expect(explainedFirst([eval_, metrics])).toEqual([eval_, metrics]);
  });
});

test('withHighlight adds each term before the anchor', () => {
  expect(withHighlight('/a/#b', 'top p')).toBe('/a/?highlight=top&highlight=p#b');
  expect(withHighlight('/a/', '  ')).toBe('/a/');
});
