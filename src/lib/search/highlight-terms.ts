// Finds where search terms occur in a text, for highlighting the query on the page a result opens.
// Case-insensitive, whole-word prefix matches (Pagefind matches word prefixes too). Ships to the browser.

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Terms of at least 2 characters, lower-cased, longest first so longer matches win. */
export function normalizeTerms(terms: readonly string[]): string[] {
  const cleaned = terms.flatMap((term) => term.toLowerCase().split(/\s+/)).filter((term) => term.length >= 2);
  return [...new Set(cleaned)].sort((a, b) => b.length - a.length);
}

/**
 * Ranges of `text` that start a word and begin with one of `terms`, not overlapping, in order.
 * Example: findTermRanges('Top-p sampling', ['sampl']) -> [{ start: 6, end: 11 }]
 */
export function findTermRanges(text: string, terms: readonly string[]): TextRange[] {
  const normalized = normalizeTerms(terms);
  if (normalized.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${normalized.map(escapeRegExp).join('|')})`, 'giu');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
