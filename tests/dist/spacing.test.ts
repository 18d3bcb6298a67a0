import { describe, expect, test } from 'vitest';
import { SITES, listPages, readPage } from './built-site.ts';

// Astro's compiler drops the line break between a word and an element that starts the next source
// line ("read the<a ...>"), which glues words together on the page. Catch it in the built HTML.
const site = SITES[0]!;
const GLUED = /[\p{L}\p{N},.;:·)]<(a|strong|em|kbd|code)\b(?![^>]*class="heading-anchor")[^>]*>/gu;

describe.each(listPages(site))('%s', (page) => {
  test('has no word glued to the link or emphasis after it', () => {
    const html = readPage(site, page)
      .replace(/<pre[\s\S]*?<\/pre>/g, '')
      .replace(/<(script|style|svg|math|annotation)[\s\S]*?<\/\1>/g, '')
      .replace(/<span class="katex[\s\S]*?<\/span><\/span><\/span>/g, '');
    const glued = [...html.matchAll(GLUED)].map((match) => html.slice(Math.max(0, match.index - 30), match.index + 40));
    expect(glued).toEqual([]);
  });
});
