import { describe, expect, test } from 'vitest';
import { SITES, listPages, readPage } from './built-site.ts';

// Astro's compiler drops the line break between a word and an element that starts the next source
// line ("read the<a ...>"), which glues words together on the page. Catch it in the built HTML.
const site = SITES[0]!;
const GLUED = /[\p{L}\p{N},.;:·)]<(a|strong|em|kbd|code)\b(?![^>]*class="heading-anchor")[^>]*>/gu;
// The same between two sibling spans of text ("9 of 9</span><span>A startup"): CSS may show them on two
// lines, but search and screen readers read "9A startup". KaTeX's spans (classes m…) and hidden ones are skipped.
const GLUED_SPANS = /[\p{L}\p{N},.;:)]<\/span><span(?:\s+class="(?!m)[^"]*")?>[\p{L}\p{N}]/gu;

describe.each(listPages(site))('%s', (page) => {
  test('has no word glued to the link or emphasis after it', () => {
    const html = readPage(site, page)
      .replace(/<pre[\s\S]*?<\/pre>/g, '')
      .replace(/<(script|style|svg|math|annotation)[\s\S]*?<\/\1>/g, '')
      .replace(/<span class="katex[\s\S]*?<\/span><\/span><\/span>/g, '');
    const glued = [...html.matchAll(GLUED), ...html.matchAll(GLUED_SPANS)].map((match) =>
      html.slice(Math.max(0, match.index - 30), match.index + 40),
    );
    expect(glued).toEqual([]);
  });
});
