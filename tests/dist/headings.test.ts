// Headings are a page's outline for screen-reader users: every built page has one h1, and going down
// the outline never skips a level (an h3 straight after an h1 hides where it belongs). Lighthouse's
// heading-order audit found such a skip on the question lists; this checks every page on every build.
import { describe, expect, test } from 'vitest';
import { SITES, listPages, readPage } from './built-site.ts';

const site = SITES[0]!;

/** The levels of a page's headings in document order, the sidebar's and header's included. */
const levels = (html: string) => [...html.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));

describe.each(listPages(site))('%s', (page) => {
  const html = readPage(site, page);

  test('has one h1 and never skips a heading level going down', () => {
    // The sidebar's headings (h2) come before the h1 in the source: the outline is checked from the h1 on.
    const all = levels(html);
    expect(all.filter((level) => level === 1)).toHaveLength(1);
    const outline = all.slice(all.indexOf(1));
    const skips = outline.flatMap((level, i) => (i > 0 && level > outline[i - 1]! + 1 ? [`h${outline[i - 1]} → h${level}`] : []));
    expect(skips).toEqual([]);
  });
});
