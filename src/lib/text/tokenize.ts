// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
import { porterStem } from './porter-stemmer.ts';

/** Options of {@link tokenize}. */
export interface TokenizeOptions {
  /** Apply the nltk Porter stemmer to tokens longer than 3 characters (rouge-score's rule). Default false. */
  readonly useStemmer?: boolean;
}

const NON_ALPHANUMERIC = /[^a-z0-9]+/g;
const VALID_TOKEN = /^[a-z0-9]+$/;

/**
 * rouge-score's DefaultTokenizer: lower-case, replace every run of characters
 * outside `[a-z0-9]` by a space, split on whitespace, optionally stem tokens
 * longer than 3 characters, keep tokens matching `^[a-z0-9]+$`.
 *
 * Any non-ASCII letter is a separator (`café` → `caf`), so CJK-only text has no
 * tokens. Empty or punctuation-only text → `[]`. Never throws.
 *
 * @example tokenize("Don't stop-believing!") // ['don', 't', 'stop', 'believing']
 */
export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  const pieces = text.toLowerCase().replace(NON_ALPHANUMERIC, ' ').split(/\s+/);
  const tokens: string[] = [];
  // Repeated words are common in long texts; stemming each distinct word once keeps 5,000-token inputs cheap.
  const cache = options.useStemmer === true ? new Map<string, string>() : null;
  for (const piece of pieces) {
    let token = piece;
    if (cache !== null && token.length > 3) {
      let stem = cache.get(token);
      if (stem === undefined) {
        stem = porterStem(token);
        cache.set(token, stem);
      }
      token = stem;
    }
    if (VALID_TOKEN.test(token)) tokens.push(token);
  }
  return tokens;
}
