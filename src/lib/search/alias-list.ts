// The hidden "also searched as" lines that give Pagefind a term's other names (added after headings by
// src/plugins/rehype-search-aliases.mjs). They must be indexed, but a learner should not read them in a
// result's excerpt, so they are fenced by two marks that Pagefind keeps in excerpts but does not index
// (a word with no letters or digits), and the excerpt drops what lies between them. Pure; ships to the browser.

export const ALIAS_LIST_OPEN = '⟦';
export const ALIAS_LIST_CLOSE = '⟧';

/** The text of a hidden alias line. Example: aliasListText(['RAG', 'retrieval augmented generation']) */
export function aliasListText(names: readonly string[]): string {
  return `${ALIAS_LIST_OPEN} Also searched as: ${[...new Set(names)].join(', ')}. ${ALIAS_LIST_CLOSE}`;
}

/**
 * Removes alias lines from an excerpt (Pagefind's HTML with <mark>), including one cut by the excerpt's
 * window: a close mark with no open mark before it means the list began before the window; an open mark
 * with no close after it, that it runs past the window's end.
 * Example: withoutAliasLists('RAG. ⟦ Also searched as: <mark>RAG</mark>. ⟧ RAG finds') -> 'RAG. RAG finds'
 */
export function withoutAliasLists(excerpt: string): string {
  if (!excerpt.includes(ALIAS_LIST_OPEN) && !excerpt.includes(ALIAS_LIST_CLOSE)) return excerpt;
  let text = excerpt;
  for (;;) {
    const close = text.indexOf(ALIAS_LIST_CLOSE);
    const open = text.indexOf(ALIAS_LIST_OPEN);
    if (close === -1 && open === -1) break;
    const start = open !== -1 && (close === -1 || open < close) ? open : 0;
    const end = close !== -1 && close >= start ? close + ALIAS_LIST_CLOSE.length : text.length;
    text = `${text.slice(0, start)} ${text.slice(end)}`;
  }
  // Pagefind marks single words and the fences are words of their own, so a cut never splits a <mark>.
  return text.replace(/\s+/g, ' ').trim();
}
