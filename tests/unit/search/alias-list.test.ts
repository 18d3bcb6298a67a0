import { describe, expect, test } from 'vitest';
import { aliasListText, withoutAliasLists } from '../../../src/lib/search/alias-list.ts';
import { toSearchRows } from '../../../src/lib/search/results.ts';

// Excerpts below are shaped like Pagefind's: a window of about 30 words, matches wrapped in <mark>.
describe('withoutAliasLists', () => {
  test('drops a whole alias line and keeps the text and marks around it', () => {
    const excerpt =
      'from human feedback <mark>(RLHF).</mark> ⟦ Also searched as: <mark>RLHF,</mark> human feedback. ⟧ Reinforcement learning from human feedback <mark>(RLHF)</mark> uses';
    expect(withoutAliasLists(excerpt)).toBe(
      'from human feedback <mark>(RLHF).</mark> Reinforcement learning from human feedback <mark>(RLHF)</mark> uses',
    );
  });

  test('an alias line cut by the start of the window is dropped up to its close', () => {
    expect(withoutAliasLists('cross entropy, <mark>perplexity.</mark> ⟧ Perplexity measures')).toBe(
      'Perplexity measures',
    );
  });

  test('a window that opens on the close fence keeps what follows it', () => {
    expect(withoutAliasLists('⟧ Perplexity measures how well')).toBe('Perplexity measures how well');
  });

  test('an alias line cut by the end of the window is dropped to the end', () => {
    expect(withoutAliasLists('Ways to evaluate a model. ⟦ <mark>Also</mark> searched as: Model evaluation')).toBe(
      'Ways to evaluate a model.',
    );
  });

  test('a window that starts and ends inside two different alias lines keeps the text between them', () => {
    expect(withoutAliasLists('PPL. ⟧ Perplexity is exp(H). Cross-entropy. ⟦ Also searched as: CE')).toBe(
      'Perplexity is exp(H). Cross-entropy.',
    );
  });

  test('an excerpt without alias lines is returned unchanged', () => {
    const excerpt = 'The <mark>harmonic</mark> mean of precision and recall.';
    expect(withoutAliasLists(excerpt)).toBe(excerpt);
  });

  test('the text the build writes is removed whole', () => {
    const line = aliasListText(['Top-p', 'nucleus sampling', 'Top-p']);
    expect(line).toContain('Also searched as: Top-p, nucleus sampling.');
    expect(withoutAliasLists(`Top-p. ${line} Top-p keeps`)).toBe('Top-p. Top-p keeps');
  });
});

test('search rows never show an alias line', () => {
  const rows = toSearchRows({
    url: '/evaluating-models/',
    excerpt: '',
    meta: { title: 'Evaluating foundation models | AIF-C01 Study Guide' },
    sub_results: [
      {
        title: 'Perplexity',
        url: '/evaluating-models/#perplexity',
        excerpt:
          '<mark>Perplexity.</mark> ⟦ Also searched as: <mark>Perplexity,</mark> PPL. ⟧ <mark>Perplexity</mark> measures',
        weighted_locations: [{ weight: 1, balanced_score: 3 }],
      },
    ],
  });
  expect(rows.map((row) => row.excerpt.map((segment) => segment.text).join(''))).toEqual([
    'Perplexity. Perplexity measures',
  ]);
});
