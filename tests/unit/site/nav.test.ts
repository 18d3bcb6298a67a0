import { describe, expect, test } from 'vitest';
import { neighbors, sortByStudyOrder, type NavEntry } from '../../../src/lib/site/nav.ts';

const topic = (slug: string, order: number, title = slug): NavEntry => ({ slug, title, order });

describe('sortByStudyOrder', () => {
  test('sorts topics by study order, not by title or input order', () => {
    const entries = [topic('zeta', 2), topic('alpha', 10), topic('mid', 1)];
    expect(sortByStudyOrder(entries).map((entry) => entry.slug)).toEqual(['mid', 'zeta', 'alpha']);
  });

  test('orders topics of the same study order by title', () => {
    const entries = [topic('c', 3, 'Prompting'), topic('b', 3, 'Embeddings'), topic('a', 1, 'Zero')];
    expect(sortByStudyOrder(entries).map((entry) => entry.slug)).toEqual(['a', 'b', 'c']);
  });

  test('leaves the list it is given as it was', () => {
    const entries = [topic('b', 2), topic('a', 1)];
    sortByStudyOrder(entries);
    expect(entries.map((entry) => entry.slug)).toEqual(['b', 'a']);
  });
});

describe('neighbors', () => {
  const entries = [topic('third', 3), topic('first', 1), topic('fourth', 4), topic('second', 2)];

  test('gives the topics before and after a topic in study order', () => {
    const { previous, next } = neighbors(entries, 'second');
    expect(previous?.slug).toBe('first');
    expect(next?.slug).toBe('third');
  });

  test('has no previous topic for the first one and no next topic for the last one', () => {
    expect(neighbors(entries, 'first')).toEqual({ previous: undefined, next: entries[3] });
    expect(neighbors(entries, 'fourth')).toEqual({ previous: entries[0], next: undefined });
  });

  test('has neither for a topic that is not in the list', () => {
    expect(neighbors(entries, 'unknown')).toEqual({ previous: undefined, next: undefined });
    expect(neighbors([], 'first')).toEqual({ previous: undefined, next: undefined });
  });
});
