// Orders search rows. Pagefind ranks pages by how often they use the words; a learner looking up
// "foundation model" wants the section that explains foundation models. So, in order: the glossary's
// best bets for the query, sections whose heading names the query, then Pagefind's own order.
// Pure; ships to the browser.
import { matchBestBets, type BestBet } from './best-bets.ts';
import { parseExcerpt } from './excerpt.ts';
import { toSearchRows, type PagefindResultData, type SearchRow } from './results.ts';
import { wordsOf } from './words.ts';

/**
 * True when consecutive words of `title` spell the query, ignoring spaces, hyphens and a plural ending:
 * "fine tuning" names "What fine-tuning is"; "foundation model" names "Foundation models"; "pt" does not
 * name "Prompt templates".
 */
export function titleNamesQuery(title: string, query: string): boolean {
  const target = wordsOf(query).join('');
  const words = wordsOf(title);
  if (!target) return false;
  for (let start = 0; start < words.length; start++) {
    let joined = '';
    for (let end = start; end < words.length && joined.length < target.length; end++) {
      joined += words[end];
      if (joined === target || (joined.startsWith(target) && /^(s|es)$/.test(joined.slice(target.length)))) return true;
    }
  }
  return false;
}

/** Adds the query as ?highlight= terms (as Pagefind does for its own result links), before any #anchor. */
export function withHighlight(url: string, query: string): string {
  const [path = '', hash] = url.split('#');
  const params = new URLSearchParams();
  for (const term of query.trim().split(/\s+/).filter(Boolean)) params.append('highlight', term);
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}${hash === undefined ? '' : `#${hash}`}`;
}

function betRow(bet: BestBet, query: string): SearchRow {
  const excerpt = parseExcerpt(bet.definition.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  return { page: bet.page, section: bet.section, url: withHighlight(bet.url, query), excerpt };
}

/** Rows for Pagefind's results (in its page order), best bets and sections named by the query first. */
export function rankRows(
  pages: readonly PagefindResultData[],
  query: string,
  bets: readonly BestBet[] = [],
  limit = 12,
): SearchRow[] {
  const strip = (url: string) => url.replace(/\?[^#]*/, '');
  const betRows = matchBestBets(bets, query).map((bet) => betRow(bet, query));
  // A heading that is exactly the query ("Foundation models") beats one that contains it.
  const isExactly = (title: string) => [target, `${target}s`, `${target}es`].includes(wordsOf(title).join(''));
  const target = wordsOf(query).join('');
  const named = pages
    .flatMap((page) => toSearchRows(page, Number.POSITIVE_INFINITY))
    .filter((row) => titleNamesQuery(row.section, query))
    .sort((a, b) => Number(isExactly(b.section)) - Number(isExactly(a.section)));
  const rows: SearchRow[] = [];
  const seen = new Set<string>();
  for (const row of [...betRows, ...named, ...pages.flatMap((page) => toSearchRows(page))]) {
    if (seen.has(strip(row.url))) continue;
    seen.add(strip(row.url));
    rows.push(row);
  }
  return rows.slice(0, limit);
}
