// "Best bets": the glossary's names for a term (its acronyms, spellings, synonyms) lead straight to the
// section that explains it. Pagefind has no synonyms; this list, built from the glossary at build time,
// supplies them. Pure; ships to the browser.
import { wordsOf } from './words.ts';

export interface BestBet {
  /** The term and every alias, as written in the glossary. */
  readonly names: readonly string[];
  /** Site-absolute URL of the explaining section. */
  readonly url: string;
  /** Title of the page that explains the term. */
  readonly page: string;
  /** Heading of that section (or the page title). */
  readonly section: string;
}

// Question wrappers a learner may type around a term: "what is perplexity", "define RAG".
const QUESTION = /^(what\s+(is|are|does)|what's|define|definition\s+of|meaning\s+of|explain)\s+(an?\s+|the\s+)?/i;

/** The comparable form of a term or query: question words dropped, letters and digits only, lower case. */
export function squash(text: string): string {
  return wordsOf(text.trim().replace(QUESTION, '').replace(/\?+$/, '')).join('');
}

/** The bets one of whose names is the query (a trailing plural "s" is forgiven), in list order. */
export function matchBestBets(bets: readonly BestBet[], query: string): BestBet[] {
  const target = squash(query);
  if (!target) return [];
  const matches = (name: string) => {
    const candidate = squash(name);
    return candidate === target || candidate === `${target}s` || `${candidate}s` === target;
  };
  return bets.filter((bet) => bet.names.some(matches));
}
