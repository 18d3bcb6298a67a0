// Orders search rows. Pagefind ranks pages by how often they use the words; a learner looking up
// "foundation model" wants the section that explains foundation models. So, in order: the glossary's
// best bets for the query, sections whose heading names the query, then Pagefind's own order, except that
// the page explaining the best-matching glossary definition comes first.
// Pure; ships to the browser.
import { matchBestBets, type BestBet } from './best-bets.ts';
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

/** Pages whose sections the search list shows; each costs one fragment download the first time. */
export const RESULT_PAGES = 4;

/** A URL without its ?query (Pagefind adds ?highlight=...), for comparing sections. */
const withoutQuery = (url: string) => url.replace(/\?[^#]*/, '');

/** A best bet's row; its excerpt comes from Pagefind's row for the same section, if there is one. */
function betRow(bet: BestBet, query: string, found: readonly SearchRow[]): SearchRow {
  const same = found.find((row) => withoutQuery(row.url) === bet.url);
  return { page: bet.page, section: bet.section, url: withHighlight(bet.url, query), excerpt: same?.excerpt ?? [] };
}

/** The path of a URL, without its ?query and #anchor. */
const pathOf = (url: string) => url.replace(/[?#].*$/, '');

/**
 * Pagefind's results with the page that explains the first glossary term among them moved first:
 * a definition that matches the query ("harmonic mean" is in F1's) leads to the page that explains it.
 */
export function explainedFirst(pages: readonly PagefindResultData[]): PagefindResultData[] {
  const explained = pages.find((page) => page.meta.explained !== undefined)?.meta.explained;
  if (explained === undefined) return [...pages];
  const isExplaining = (page: PagefindResultData) => Number(pathOf(page.url) === pathOf(explained));
  return [...pages].sort((a, b) => isExplaining(b) - isExplaining(a));
}

/** Rows for Pagefind's results (in its page order), best bets and sections named by the query first. */
export function rankRows(
  found: readonly PagefindResultData[],
  query: string,
  bets: readonly BestBet[] = [],
  limit = 12,
): SearchRow[] {
  const pages = explainedFirst(found);
  const all = pages.flatMap((page) => toSearchRows(page, Number.POSITIVE_INFINITY));
  const betRows = matchBestBets(bets, query).map((bet) => betRow(bet, query, all));
  // A heading that is exactly the query ("Foundation models") beats one that contains it.
  const isExactly = (title: string) => [target, `${target}s`, `${target}es`].includes(wordsOf(title).join(''));
  const target = wordsOf(query).join('');
  const named = all
    .filter((row) => titleNamesQuery(row.section, query))
    .sort((a, b) => Number(isExactly(b.section)) - Number(isExactly(a.section)));
  const rows: SearchRow[] = [];
  const seen = new Set<string>();
  for (const row of [...betRows, ...named, ...pages.flatMap((page) => toSearchRows(page))]) {
    if (seen.has(withoutQuery(row.url))) continue;
    seen.add(withoutQuery(row.url));
    rows.push(row);
  }
  return rows.slice(0, limit);
}
