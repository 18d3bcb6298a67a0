// Shapes Pagefind results into the rows the search list shows: one row per matching section,
// grouped under its page. Pure; ships to the browser.
import { parseExcerpt, type ExcerptSegment } from './excerpt.ts';
import { withoutAliasLists } from './alias-list.ts';

/** An excerpt as text segments, without the hidden alias lines a learner should not read. */
function excerptSegments(html: string): ExcerptSegment[] {
  return parseExcerpt(withoutAliasLists(html));
}

/** The parts of Pagefind's result data this site uses (see Pagefind's JS API). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /**
   * Set on a glossary term's record (src/lib/search/glossary-records.ts): `page` is the glossary's title
   * and `explained` the URL of the section that explains the term.
   */
  meta: { title?: string; page?: string; explained?: string };
  sub_results?: PagefindSubResult[];
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Where the query matched in this section, with Pagefind's score for each match. */
  weighted_locations?: { weight: number; balanced_score: number }[];
}

/** How well a section matched: the sum of its matches' scores (Pagefind lists sections in page order). */
export function sectionScore(section: PagefindSubResult): number {
  return (section.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
}

export interface SearchRow {
  /** The page's title. */
  readonly page: string;
  /** The section's heading, or the page title when the match is above the first heading. */
  readonly section: string;
  readonly url: string;
  readonly excerpt: ExcerptSegment[];
}

/**
 * Rows for one page: its best-matching sections (at most `maxSections`), or the page itself. A record
 * that is one section of a page (a glossary term) gives one row: that page, titled by the section.
 */
export function toSearchRows(data: PagefindResultData, maxSections = 3): SearchRow[] {
  if (data.meta.page !== undefined) {
    const section = data.meta.title ?? data.url;
    return [{ page: data.meta.page, section, url: data.url, excerpt: excerptSegments(data.excerpt) }];
  }
  const page = data.meta.title?.replace(/ \| AIF-C01 Study Guide$/, '') ?? data.url;
  const sections = [...(data.sub_results ?? [])]
    .sort((a, b) => sectionScore(b) - sectionScore(a))
    .slice(0, maxSections);
  if (sections.length === 0) return [{ page, section: page, url: data.url, excerpt: excerptSegments(data.excerpt) }];
  return sections.map((sub) => ({ page, section: sub.title, url: sub.url, excerpt: excerptSegments(sub.excerpt) }));
}
