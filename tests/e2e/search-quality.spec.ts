// Search quality through Pagefind's own API in Chromium: each query must return one of its target
// sections among the first 3 rows of the search list. The rows are made by the same code the search
// element uses (toSearchRows), applied here to Pagefind's raw results.
import { readGlossary } from '../unit/content/content-files.ts';
import { test, expect, type Page } from '@playwright/test';
import { RESULT_PAGES, rankRows } from '../../src/lib/search/rank.ts';
import { americanSpelling } from '../../src/lib/search/spelling.ts';
import type { PagefindResultData } from '../../src/lib/search/results.ts';
import type { BestBet } from '../../src/lib/search/best-bets.ts';
import { SEARCH_QUERIES } from './search-queries.ts';

interface GlossaryEntry {
  term: string;
  page: string;
  anchor?: string;
}

const glossary: GlossaryEntry[] = readGlossary();
let page: Page;
let bets: BestBet[];

test.beforeAll(async ({ browser, baseURL }) => {
  page = await browser.newPage(baseURL ? { baseURL } : {});
  await page.goto('search/');
  // The best bets the site serves (built from the glossary), as the search element fetches them.
  const response = await page.request.get('search-aliases.json');
  expect(response.ok()).toBe(true);
  bets = (await response.json()) as BestBet[];
});
test.afterAll(async () => page.close());

/** Site-relative URLs of the first 3 rows the search list would show for `query`. */
async function topThree(typed: string): Promise<string[]> {
  // As the search element does: the guide is in American English.
  const query = americanSpelling(typed);
  const pages = await page.evaluate(
    async ([q, count]) => {
      const w = window as unknown as {
        pf?: Promise<{ search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> }>;
      };
      w.pf ??= import(/* @vite-ignore */ new URL('../pagefind/pagefind.js', window.location.href).href);
      const response = await (await w.pf).search(q);
      return Promise.all(response.results.slice(0, count).map((result) => result.data()));
    },
    [query, RESULT_PAGES] as const,
  );
  return rankRows(pages as PagefindResultData[], query, bets, 3).map((row) =>
    row.url.replace(/^\//, '').replace(/\?[^#]*/, ''),
  );
}

for (const [query, targets] of SEARCH_QUERIES) {
  test(`"${query}" finds ${targets[0]} in the top 3`, async () => {
    const rows = await topThree(query);
    expect(
      rows.some((row) => targets.includes(row)),
      `top 3 were: ${rows.join(', ')}`,
    ).toBe(true);
  });
}

test('the query table has at least 60 queries', () => {
  expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(60);
});

for (const entry of glossary) {
  const target = `${entry.page}/${entry.anchor ? `#${entry.anchor}` : ''}`;
  test(`glossary term "${entry.term}" finds ${target} in the top 3`, async () => {
    const rows = await topThree(entry.term);
    expect(
      rows.some((row) => row === target || (!entry.anchor && row.startsWith(target))),
      `top 3 were: ${rows.join(', ')}`,
    ).toBe(true);
  });
}

test('formula markup is not in the index: excerpts hold words, not KaTeX output', async () => {
  for (const query of ['precision', 'F1 score', 'perplexity', 'brevity penalty', 'softmax temperature']) {
    const excerpts = await page.evaluate(async (q) => {
      const w = window as unknown as {
        pf?: Promise<{ search(q: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }> }>;
      };
      w.pf ??= import(/* @vite-ignore */ new URL('../pagefind/pagefind.js', window.location.href).href);
      const response = await (await w.pf).search(q);
      const pages = await Promise.all(response.results.slice(0, 5).map((result) => result.data()));
      return pages.flatMap((data) => [data.excerpt, ...(data.sub_results ?? []).map((sub) => sub.excerpt)]);
    }, query);
    expect(excerpts.length, query).toBeGreaterThan(0);
    // LaTeX source (\frac, braces) or KaTeX's flattened text ("TP+FPTP") would mean formulas leaked in.
    const leaked = excerpts
      .map((text) => text.replace(/<\/?mark>/g, ''))
      .filter((text) => /\\[a-z]+|[{}]|TP\+FPTP/.test(text));
    expect(leaked, query).toEqual([]);
  }
});
